import type { ReportSection, Workspace } from '../../schema/workspace';
import { activitySection } from './activity';
import { agendaSection } from './agenda';
import { reportContext, type ReportOptions } from './context';
import { coverSection } from './cover';
import { escapeHtml } from './escape';
import { findingsSection } from './findings';
import { linksSection } from './links';
import { nextStepsSection } from './next-steps';
import { progressSection } from './progress';
import { REPORT_CSS, REPORT_PREVIEW_CSS } from './style';
import { summarySection } from './summary';
import { sectionTitles } from './summary-data';
import { themesSection } from './themes';

export type { ReportOptions } from './context';
export { escapeHtml, safeLogo } from './escape';
export { summarizeReport, type ReportDigest } from './summary-data';
export { REPORT_TEXT, type ReportText } from './text';

/**
 * Nothing in the document may run or load: no script at all, styles and
 * images only from the document itself. Guards against any escaping slip.
 */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export interface ReportParts {
  /** The document's title: "Coaching report — client". */
  title: string;
  /** The sections' markup (what goes in <body>): our own output, every user text escaped. */
  body: string;
  /** The standalone document's style sheet (A4 page box, print colours). */
  css: string;
  /** The style sheet for showing `body` inside a shadow root, its sections grouped into `.sheet` elements. */
  previewCss: string;
}

/** The report's pieces: renderReport assembles them into a document, the app previews them. */
export function renderReportParts(ws: Workspace, opts: ReportOptions): ReportParts {
  const ctx = reportContext(ws, opts);
  const shown = (s: ReportSection) => !ws.report.hidden.includes(s);
  const body = [
    coverSection(ctx, sectionTitles(ctx)),
    summarySection(ctx),
    shown('nextSteps') ? nextStepsSection(ctx) : '',
    shown('findings') ? findingsSection(ctx) : '',
    shown('links') ? linksSection(ctx) : '',
    shown('themes') ? themesSection(ctx) : '',
    shown('plan') ? agendaSection(ctx) : '',
    shown('regularity') ? activitySection(ctx) : '',
    shown('progress') ? progressSection(ctx) : '',
  ].filter((x) => x !== '').join('\n');
  return { title: `${ctx.t.docTitle} — ${ws.name}`, body, css: REPORT_CSS, previewCss: REPORT_PREVIEW_CSS };
}

/** The coaching report for a client, as a standalone printable A4 HTML document. */
export function renderReport(ws: Workspace, opts: ReportOptions): string {
  const { title, body, css } = renderReportParts(ws, opts);
  return `<!DOCTYPE html>
<html lang="${opts.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

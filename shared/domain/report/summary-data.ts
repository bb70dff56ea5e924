import { scoreBand, type ScoreBand } from './charts';
import { reportContext, type ReportContext } from './context';
import { hasScore } from './cover';
import { byPriority } from './finding-item';
import { strengths } from './summary';
import type { ReportSection } from '../../schema/workspace';

/** The report's key points as plain text, for a screen that cannot show the document itself. */
export interface ReportDigest {
  score: number | null;
  band: ScoreBand;
  /** The band's label in the report's language. */
  bandLabel: string;
  strengths: string[];
  /** The first fixes in priority order, with the profile (or whole presence) they concern. */
  topFixes: { message: string; subject: string }[];
  /** Section titles, in order. */
  sections: string[];
}

const DIGEST_FIXES = 5;

export function sectionTitles(ctx: ReportContext): string[] {
  const { t } = ctx;
  const shown = (s: ReportSection) => !ctx.ws.report.hidden.includes(s);
  const optional: [ReportSection, string][] = [
    ['nextSteps', t.nextStepsTitle], ['findings', t.findingsTitle], ['links', t.linksTitle], ['themes', t.themesTitle],
    ['plan', t.planTitle], ['regularity', t.regularityTitle], ['progress', t.progressTitle],
  ];
  const withNote = optional.filter(([s]) => s !== 'nextSteps' || ctx.ws.report.nextSteps.trim() !== '');
  return [t.strengthsTitle, t.fixesTitle, ...withNote.filter(([s]) => shown(s)).map(([, title]) => title)];
}

export function reportDigest(ctx: ReportContext): ReportDigest {
  const score = hasScore(ctx) ? ctx.review.score : null;
  const band = scoreBand(score);
  const fixes = ctx.review.findings.filter((f) => f.severity !== 'info').sort(byPriority).slice(0, DIGEST_FIXES);
  return {
    score,
    band,
    bandLabel: ctx.t.band[band],
    strengths: strengths(ctx),
    topFixes: fixes.map((f) => ({ message: f.message[ctx.opts.lang], subject: f.profileId === null ? ctx.t.wholePresence : ctx.profile(f.profileId) })),
    sections: sectionTitles(ctx),
  };
}

/** The digest of the report renderReport(ws, opts) would produce. */
export function summarizeReport(...args: Parameters<typeof reportContext>): ReportDigest {
  return reportDigest(reportContext(...args));
}


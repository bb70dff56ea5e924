import { describe, expect, it } from 'vitest';
import { renderReport, renderReportParts, REPORT_TEXT, type ReportOptions } from '../../../shared/domain/report';
import type { Lang } from '../../../shared/schema/text';
import { clientWorkspace, hostileWorkspace, NOW } from '../../fixtures/report/client';

const options = (lang: Lang, consultant: ReportOptions['consultant'] = null): ReportOptions => ({ lang, now: NOW, consultant, weekStartsOn: 1 });
const hostileConsultant = { name: '<img src=x onerror=alert(1)>', logo: null };

describe('renderReportParts', () => {
  it('is what renderReport assembles: one source of truth', () => {
    const parts = renderReportParts(clientWorkspace(), options('fr'));
    const html = renderReport(clientWorkspace(), options('fr'));
    expect(html).toContain(`<body>\n${parts.body}\n</body>`);
    expect(html).toContain(`<style>${parts.css}</style>`);
    expect(parts.title).toBe(`${REPORT_TEXT.fr.docTitle} — Camille Martin`);
  });

  it('gives the body alone: sections, no document wrapper, in the chosen language', () => {
    for (const lang of ['fr', 'en'] as const) {
      const { body } = renderReportParts(clientWorkspace(), options(lang));
      expect(body).not.toMatch(/<(html|head|body|style|meta)\b/i);
      expect(body.trimStart().startsWith('<section class="cover">')).toBe(true);
      expect(body).toContain(REPORT_TEXT[lang].strengthsTitle);
    }
  });

  it('keeps page-box and print rules out of the preview style sheet, and the content rules in both', () => {
    const { css, previewCss } = renderReportParts(clientWorkspace(), options('en'));
    expect(css).toMatch(/@page\s*{\s*size: A4/);
    expect(css).toContain('print-color-adjust: exact');
    expect(previewCss).not.toMatch(/@page|@media|print-color-adjust/);
    // Nothing targets the document's html or body: a shadow root has neither.
    expect(previewCss).not.toMatch(/(^|[\s,}])(html|body)\s*[{,]/m);
    expect(previewCss).toMatch(/:host\s*{/);
    expect(previewCss).toMatch(/\.sheet\s*{[^}]*width: 210mm;[^}]*min-height: 297mm;/);
    for (const rule of ['.cover h1 { font-size: 32pt;', '.matrix td {', '.finding.sev-error {']) {
      expect(css).toContain(rule);
      expect(previewCss).toContain(rule);
    }
    // Self-contained: nothing to fetch.
    expect(`${css}${previewCss}`).not.toMatch(/@import|url\(/i);
  });

  it('has no script and no inline event handler in the body, even from hostile text', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const ws of [clientWorkspace(), hostileWorkspace()]) {
        const { body } = renderReportParts(ws, options(lang, hostileConsultant));
        expect(body).not.toMatch(/<script/i);
        // Attribute names of every tag (quoted values blanked: escaped text cannot close a quote), not just known handlers.
        const tags = (body.match(/<[a-z][^>]*>/gi) ?? []).map((tag) => tag.replace(/"[^"]*"/g, '""'));
        expect(tags.length).toBeGreaterThan(20);
        for (const tag of tags) expect(tag).not.toMatch(/\s(on[a-z]+|style)\s*=/i);
      }
    }
  });
});

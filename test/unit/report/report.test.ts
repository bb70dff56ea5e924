import { describe, expect, it } from 'vitest';
import { renderReport, REPORT_TEXT, summarizeReport, type ReportOptions } from '../../../shared/domain/report';
import type { Lang } from '../../../shared/schema/text';
import { Workspace } from '../../../shared/schema/workspace';
import { clientWorkspace, hostileWorkspace, NOW } from '../../fixtures/report/client';

const options = (lang: Lang, consultant: ReportOptions['consultant'] = null): ReportOptions => ({ lang, now: NOW, consultant, weekStartsOn: 1 });
const PNG_LOGO = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('renderReport', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`has every section in ${lang}`, () => {
      const t = REPORT_TEXT[lang];
      const html = renderReport(clientWorkspace(), options(lang));
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain(`<html lang="${lang}">`);
      for (const title of [t.docTitle, t.strengthsTitle, t.fixesTitle, t.findingsTitle, t.linksTitle, t.themesTitle, t.planTitle, t.regularityTitle, t.progressTitle]) {
        expect(html).toContain(title.replace(/’/g, '’'));
      }
      expect(html).toContain('Camille Martin');
      // The score gauge, the heatmaps and the history line are inline SVG with a text alternative.
      expect(html).toMatch(/<svg class="gauge"[^>]*role="img" aria-label="[^"]+"/);
      expect(count(html, '<svg class="heatmap"')).toBe(2);
      expect(html).toContain('<svg class="sparkline"');
      expect(html).toContain('<table class="matrix">');
      expect(html).toContain('La prévention au comptoir');
      expect(html).toContain('break-before: page');
      expect(html).toContain('print-color-adjust: exact');
    });
  }

  it('marks each link of the matrix as seen in a file (naming it) or declared, in glyph and words', () => {
    const ws = clientWorkspace();
    const pdf = { kind: 'linkedin-pdf', at: '2025-02-20', label: 'Profile.pdf' } as const;
    const li = ws.profiles[0]!;
    ws.profiles[0] = { ...li, facts: { ...li.facts, links: { state: 'known', source: pdf } }, seenLinks: li.links.map((url) => ({ url, source: pdf })) };
    const html = renderReport(ws, options('en'));
    expect(html).toContain('title="Direct link — Seen in LinkedIn’s PDF of 20 February 2025 (Profile.pdf)">✓<span class="evidence">◉</span>');
    // X's link to LinkedIn was typed, not seen.
    expect(html).toContain('title="Direct link — Declared (typed), not seen yet">✓<span class="evidence">○</span>');
    expect(html).toContain('◉</span> Seen in a file of the profile');
    expect(renderReport(ws, options('fr'))).toContain('Lien direct — Vu dans le PDF LinkedIn du 20 février 2025 (Profile.pdf)');
  });

  it('formats dates in the report language', () => {
    expect(renderReport(clientWorkspace(), options('fr'))).toContain('12 mars 2025');
    expect(renderReport(clientWorkspace(), options('en'))).toContain('12 March 2025');
  });

  it('lists errors first among the top fixes', () => {
    const html = renderReport(clientWorkspace(), options('en'));
    const fixes = html.slice(html.indexOf('<ol class="fixes">'), html.indexOf('</ol>', html.indexOf('<ol class="fixes">')));
    const severities = [...fixes.matchAll(/<li class="finding sev-(\w+)">/g)].map((m) => m[1]);
    expect(severities.length).toBeGreaterThan(2);
    expect(severities[0]).toBe('error');
    expect(severities.lastIndexOf('error')).toBeLessThan(severities.indexOf('warning'));
  });

  it('shows progress since the previous audit', () => {
    const html = renderReport(clientWorkspace(), options('en'));
    expect(html).toMatch(/61 on 20 February 2025 → \d+ today/);
  });

  it('loads nothing from outside and runs nothing', () => {
    const html = renderReport(clientWorkspace(), options('en', { name: 'Azur Coaching', logo: PNG_LOGO }));
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">');
    expect(html).not.toMatch(/<script|<link|@import|url\(/i);
    expect([...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]?.slice(0, 11))).toEqual(['data:image/']);
  });

  it('escapes hostile text everywhere', () => {
    for (const lang of ['fr', 'en'] as const) {
      const html = renderReport(hostileWorkspace(), options(lang, { name: '<img src=x onerror=alert(1)>', logo: null }));
      expect(html).not.toContain('<img src=x');
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(count(html, '</style>')).toBe(1);
      expect(html).not.toMatch(/"onload=/);
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;onload=&#39;x&#39;&lt;/style&gt;&lt;script&gt;');
    }
  });

  it('handles an empty workspace', () => {
    const ws = Workspace.parse({ id: 'empty', name: 'Nouveau client', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' });
    for (const lang of ['fr', 'en'] as const) {
      const t = REPORT_TEXT[lang];
      const html = renderReport(ws, options(lang));
      for (const text of [t.noScore, t.strengthNone, t.noProfiles, t.linksEmpty, t.noPlan, t.noPosts, t.progressFirst]) expect(html).toContain(text.replace(/’/g, '’'));
      expect(html).not.toMatch(/NaN|undefined|\[object/);
    }
  });

  it('prints the consultant only when given', () => {
    const without = renderReport(clientWorkspace(), options('en'));
    expect(without).not.toContain('Prepared by');
    expect(without).not.toMatch(/<img/);
    const named = renderReport(clientWorkspace(), options('en', { name: 'Azur Coaching', logo: null }));
    expect(named).toContain('Prepared by Azur Coaching');
    expect(named).not.toMatch(/<img/);
    const withLogo = renderReport(clientWorkspace(), options('en', { name: 'Azur Coaching', logo: PNG_LOGO }));
    expect(withLogo).toContain(`<img class="logo" src="${PNG_LOGO}" alt="Azur Coaching">`);
  });

  it('shows a malicious SVG logo only as an image, and drops a logo that is not an image data URL', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>';
    const svgLogo = `data:image/svg+xml;base64,${btoa(svg)}`;
    const html = renderReport(clientWorkspace(), options('en', { name: 'Azur', logo: svgLogo }));
    expect(html).toContain(`<img class="logo" src="${svgLogo}"`);
    expect(html).not.toMatch(/<script|onload="alert/);
    for (const logo of ['javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', `data:image/svg+xml,${svg}`, 'data:image/png;base64,AAA" onerror="alert(1)', 'https://evil.example/logo.png']) {
      expect(renderReport(clientWorkspace(), options('en', { name: 'Azur', logo }))).not.toMatch(/<img/);
    }
  });
});

describe('summarizeReport', () => {
  it('gives the score, strengths and errors-first fixes in the chosen language', () => {
    const fr = summarizeReport(clientWorkspace(), options('fr'));
    expect(fr.score).toBeGreaterThan(0);
    expect(fr.bandLabel).toBe(REPORT_TEXT.fr.band[fr.band]);
    expect(fr.sections[0]).toBe(REPORT_TEXT.fr.strengthsTitle);
    expect(fr.strengths.length).toBeGreaterThan(0);
    expect(fr.topFixes[0]?.message).toBe('Pas de photo sur Malt.');
    expect(fr.topFixes[0]?.subject).toBe('Malt — camillemartin');
    expect(summarizeReport(clientWorkspace(), options('en')).topFixes[0]?.message).toBe('No photo on Malt.');
  });

  it('has no score for an empty workspace', () => {
    const ws = Workspace.parse({ id: 'empty', name: 'Nouveau', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' });
    expect(summarizeReport(ws, options('en'))).toMatchObject({ score: null, band: 'none', strengths: [], topFixes: [] });
  });
});

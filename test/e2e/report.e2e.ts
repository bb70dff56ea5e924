import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from '../support/app-harness';
import { clientWorkspace } from '../fixtures/report/client';

afterAll(closeBrowser);

const OUT = path.resolve(__dirname, '../../test-output/report');

type Api = Record<string, (i?: unknown) => Promise<{ ok: boolean; value: { id: string; name: string } }>>;

/** The bundled demo client; our own fictional client when the demo is not bundled in this build. */
async function openClient(page: Page): Promise<string> {
  const demo = await page.evaluate(async () => (window.vitrine as unknown as Api).workspaceOpenDemo!());
  let name = demo.ok ? demo.value.name : '';
  if (!demo.ok) {
    const ws = clientWorkspace();
    name = await page.evaluate(async (seed) => {
      const api = window.vitrine as unknown as Api;
      const created = (await api.workspaceCreate!({ name: seed.name })).value;
      await api.workspaceSave!({ workspace: { ...seed, id: created.id } });
      await api.workspaceActivate!({ id: created.id });
      return seed.name;
    }, JSON.parse(JSON.stringify(ws)) as typeof ws);
  }
  await page.reload();
  await page.getByTestId('nav-reports').waitFor();
  return name;
}

describe('reports screen', () => {
  it('previews the report and exports a PDF through the real channel', async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const app = await launchApp({ systemLocale: 'fr-FR' });
    try {
      const { page } = app;
      const client = await openClient(page);
      await page.getByTestId('nav-reports').click();
      const summary = page.getByTestId('report-summary');
      await summary.waitFor();
      expect(await summary.locator('h2').textContent()).toContain(client);
      expect(Number(await page.getByTestId('report-score').textContent())).toBeGreaterThan(0);
      await app.screenshot('report-01-screen-fr');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-export-pdf').click()]);
      expect(download.suggestedFilename()).toMatch(/-rapport\.pdf$/);
      const pdf = path.join(OUT, 'report-fr.pdf');
      await download.saveAs(pdf);
      // Lower-cased: the cover's kicker is printed in capitals.
      const text = execFileSync('/usr/bin/pdftotext', [pdf, '-'], { encoding: 'utf8' }).toLowerCase();
      for (const title of [client, 'Rapport de coaching', 'Ce qui est déjà bien', 'Les priorités, dans l’ordre', 'Profil par profil', 'Les liens entre les profils', 'Un thème par réseau', 'Les 8 prochaines semaines', 'Régularité de publication', 'Progrès depuis le dernier audit']) {
        expect(text).toContain(title.toLowerCase());
      }
      execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', pdf, path.join(OUT, 'fr-page')]);
      const pages = readdirSync(OUT).filter((f) => f.startsWith('fr-page') && f.endsWith('.png'));
      expect(pages.length).toBeGreaterThanOrEqual(4);
      for (const p of pages) expect(statSync(path.join(OUT, p)).size).toBeGreaterThan(2000);

      await page.getByTestId('report-lang').selectOption('en');
      await expect.poll(() => summary.locator('h3').first().textContent()).toBe('What is already good');
      const [html] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-export-html').click()]);
      expect(html.suggestedFilename()).toMatch(/-report\.html$/);
      await html.saveAs(path.join(OUT, 'report-en.html'));
    } finally {
      await app.close();
    }
  });
});

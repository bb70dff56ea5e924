import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateLibrary } from '../fixtures/audit/generate-library';
import { closeBrowser, launchApp } from '../support/app-harness';
import { writeLibraryFile } from '../support/library-file';
import { formatViolations, isBlocking, runAxe } from '../support/axe';

afterAll(closeBrowser);

/** Issue 13, items 3, 4 and 6: the consultant's client table, the numbered matrix, and a demo that reads well today. */

/** Four clients with known scores, error counts and last sessions. */
function library(): string {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vitrine-consultant-'));
  const figures = [
    { name: 'Bruno Lefèvre', score: 72, errors: 1, at: '2025-01-10T09:00:00.000Z' },
    { name: 'alice Martin', score: 41, errors: 4, at: '2025-03-02T09:00:00.000Z' },
    { name: 'Émile Roux', score: 88, errors: 0, at: '2025-02-14T09:00:00.000Z' },
    { name: 'Zoé Garcia', score: 63, errors: 2, at: '2025-02-01T09:00:00.000Z' },
  ];
  const workspaces = generateLibrary({ clients: figures.length }).map((ws, i) => {
    const f = figures[i]!;
    return { ...ws, name: f.name, updatedAt: f.at, scoreHistory: [{ at: f.at, score: f.score, errors: f.errors }] };
  });
  writeLibraryFile(dataDir, workspaces);
  return dataDir;
}

describe('the consultant\'s client table', () => {
  it('has column headers that sort by name, score, errors and last session, with aria-sort, by mouse and keyboard', { timeout: 90_000 }, async () => {
    const app = await launchApp({ dataDir: library(), systemLocale: 'fr-FR' });
    try {
      const { page } = app;
      await page.getByTestId('client-row').first().waitFor();
      const names = () => page.getByTestId('client-open').allTextContents();
      const sortOf = (key: string) => page.getByTestId(`client-col-${key}`).getAttribute('aria-sort');
      expect(await page.getByRole('columnheader').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('Client'), expect.stringContaining('Score'), expect.stringContaining('Couverture'), expect.stringContaining('Erreurs'), expect.stringContaining('Dernière séance'), expect.stringContaining('Prochain post')]),
      );
      // Opens on the latest session first.
      expect(await sortOf('lastSession')).toBe('descending');
      expect(await names()).toEqual(['alice Martin', 'Émile Roux', 'Zoé Garcia', 'Bruno Lefèvre']);

      await page.getByTestId('client-col-score').getByRole('button').click();
      expect(await sortOf('score')).toBe('ascending');
      expect(await sortOf('lastSession')).toBe('none');
      expect(await names()).toEqual(['alice Martin', 'Zoé Garcia', 'Bruno Lefèvre', 'Émile Roux']);
      expect((await page.getByTestId('client-score').allTextContents()).map((x) => x.trim())).toEqual(['41', '63', '72', '88']);

      await page.getByTestId('client-col-errors').getByRole('button').click();
      expect(await sortOf('errors')).toBe('descending');
      expect((await page.getByTestId('client-errors').allTextContents()).map((x) => x.trim())).toEqual(['4', '2', '1', '0']);

      // Keyboard: focus the name header's button and press Enter, then Space to turn the order round.
      await page.getByTestId('client-col-name').getByRole('button').focus();
      await page.keyboard.press('Enter');
      expect(await sortOf('name')).toBe('ascending');
      expect(await names()).toEqual(['alice Martin', 'Bruno Lefèvre', 'Émile Roux', 'Zoé Garcia']);
      await page.keyboard.press('Space');
      expect(await sortOf('name')).toBe('descending');
      expect(await names()).toEqual(['Zoé Garcia', 'Émile Roux', 'Bruno Lefèvre', 'alice Martin']);

      // Coverage: the share of the facts checked, from the same function as the audit screen.
      for (const cell of await page.getByTestId('client-coverage').allTextContents()) expect(cell.trim()).toMatch(/^\d{1,3} %$/);
      await app.screenshot('consultant-01-client-table');
      const serious = (await runAxe(page)).filter(isBlocking);
      expect(formatViolations(serious)).toBe('');
    } finally {
      await app.close();
    }
  });
});

describe('the demo and its cross-link matrix', () => {
  it('opens on a plan mostly kept; the matrix numbers its profiles, with a key and full names on focus', { timeout: 90_000 }, async () => {
    const app = await launchApp({ systemLocale: 'en-GB' });
    try {
      const { page } = app;
      await page.getByTestId('open-demo').click();
      await page.getByTestId('profile-row').first().waitFor();

      // The demo's newest post is from the past week, whatever today is, and the plan reads as mostly kept.
      const ws = app.vault.data.workspaces[0]!;
      const newest = Math.max(...ws.posts.filter((p) => p.status === 'published').map((p) => Date.parse(p.date)));
      expect(Date.now() - newest).toBeLessThan(7 * 86_400_000);
      expect(Date.now() - newest).toBeGreaterThan(0);
      await page.getByTestId('nav-plan').click();
      await page.getByTestId('plan-tab-regularity').click();
      const adherence = await page.getByTestId('adherence-overall').locator('strong').textContent();
      expect(Number.parseInt(adherence ?? '0', 10)).toBeGreaterThanOrEqual(70);

      await page.getByTestId('nav-audit').click();
      const matrix = page.getByTestId('link-matrix');
      await matrix.waitFor();
      const columns = matrix.getByTestId('matrix-col');
      const count = await columns.count();
      expect(count).toBeGreaterThanOrEqual(3);
      const key = await page.getByTestId('matrix-key').locator('li').allTextContents();
      expect(key).toHaveLength(count);
      for (let i = 0; i < count; i++) {
        const header = columns.nth(i);
        // The number is shown; the full name is read out and appears on keyboard focus.
        expect(await header.locator('.matrix-num').textContent()).toBe(String(i + 1));
        const full = key[i]!.replace(/^\d+/, '');
        expect(await header.locator('.visually-hidden').textContent()).toBe(full);
        expect(await header.locator('.matrix-tip').isVisible()).toBe(false);
        await header.locator('.matrix-head').focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        expect(await header.locator('.matrix-tip').isVisible()).toBe(true);
        expect(await header.locator('.matrix-tip').textContent()).toBe(full);
      }
      expect(key[0]).toContain('LinkedIn — camille-moreau-demo');
      // No slanted, cut labels any more.
      expect(await page.locator('.link-matrix [transform*="rotate"]').count()).toBe(0);
      expect(await page.locator('.link-matrix').textContent()).not.toContain('…');
      await page.locator('.cross-links').screenshot({ path: path.join(__dirname, '../../test-output/screenshots/consultant-02-matrix.png') });
      const serious = (await runAxe(page)).filter(isBlocking);
      expect(formatViolations(serious)).toBe('');
    } finally {
      await app.close();
    }
  });
});

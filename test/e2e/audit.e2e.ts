import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, type AppUnderTest } from '../support/app-harness';

afterAll(closeBrowser);

/** Opens the bundled demo client (as the Clients screen's button does) and goes to the audit. */
async function openDemoAudit(page: Page): Promise<void> {
  await page.evaluate(() => window.vitrine!.workspaceOpenDemo());
  await page.reload();
  await page.getByTestId('nav-audit').click();
  await page.getByTestId('audit-score').waitFor();
}

const score = async (page: Page) => Number(await page.getByTestId('audit-score').getAttribute('data-score'));

/** A full-height picture of the screen (the main pane scrolls, so grow the window first). */
async function fullShot(app: AppUnderTest, name: string): Promise<void> {
  const height = await app.page.evaluate(() => document.querySelector('main')!.scrollHeight);
  await app.page.setViewportSize({ width: 1360, height: Math.min(6000, height + 60) });
  await app.screenshot(name);
  await app.page.setViewportSize({ width: 1360, height: 860 });
}

describe('audit screen (demo client)', () => {
  it('Fix it opens the editor on the field; fixing it raises the score without a reload', { timeout: 60_000 }, async () => {
    const app = await launchApp({ systemLocale: 'fr-FR' });
    try {
      const { page } = app;
      await openDemoAudit(page);
      const before = await score(page);
      expect(before).toBeGreaterThan(0);
      expect(before).toBeLessThan(100);
      await fullShot(app, 'audit-01-light-fr');
      await page.locator('.cross-links').screenshot({ path: 'test-output/screenshots/audit-02-matrix.png' });

      const finding = page.locator('[data-testid=finding]:is([data-code=missing-photo], [data-code=missing-headline])').first();
      const code = await finding.getAttribute('data-code');
      const key = await finding.getAttribute('data-key');
      await finding.getByTestId('fix-it').click();
      const field = page.locator(code === 'missing-photo' ? '#field-photo' : '#field-headline');
      await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
      // A known missing photo is fixed by checking the live profile again: "it is there".
      if (code === 'missing-photo') await page.getByTestId('fact-photo-known').check();
      else await field.fill('Développeuse React freelance');
      await page.keyboard.press('Escape');
      await page.getByTestId('profile-editor').waitFor({ state: 'detached' });

      await page.getByTestId('nav-audit').click();
      await expect.poll(() => score(page)).toBeGreaterThan(before);
      expect(await page.locator(`[data-testid=finding][data-key="${key}"]`).count()).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('dismisses a finding with a reason and restores it; dark theme', { timeout: 60_000 }, async () => {
    const app = await launchApp({ systemLocale: 'en-GB' });
    try {
      const { page } = app;
      await page.evaluate(() => window.vitrine!.settingsUpdate({ theme: 'dark' }));
      await openDemoAudit(page);
      const before = await score(page);
      const finding = page.locator('[data-testid=finding]').filter({ has: page.locator('.finding-points') }).first();
      const key = await finding.getAttribute('data-key');
      const same = page.locator(`[data-testid=finding][data-key="${key}"]`);
      await finding.getByTestId('dismiss').click();
      await page.getByTestId('dismiss-reason').fill('Client’s choice, agreed in session');
      await page.getByTestId('dismiss-confirm').click();
      await expect.poll(() => same.count()).toBe(0);
      await expect.poll(() => score(page)).toBeGreaterThanOrEqual(before);

      const dismissed = page.getByTestId('dismissed');
      await dismissed.locator('summary').click();
      const row = dismissed.locator(`[data-key="${key}"]`);
      expect(await row.textContent()).toContain('Client’s choice, agreed in session');
      await fullShot(app, 'audit-03-dark-en');
      await row.getByTestId('restore').click();
      await expect.poll(() => same.count()).toBe(1);
      await expect.poll(() => score(page)).toBe(before);

      await page.getByTestId('audit-mode-all').click();
      await page.getByTestId('client-score-row').first().waitFor();
      await app.screenshot('audit-04-all-clients');
    } finally {
      await app.close();
    }
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, type AppUnderTest } from '../support/app-harness';
import { formatViolations, isBlocking, runAxe, type AxeViolation } from '../support/axe';

afterAll(closeBrowser);

type Theme = 'light' | 'dark';

/** Opens the bundled demo client in the given theme (settings apply on load). */
async function openDemo(page: Page, theme: Theme): Promise<void> {
  await page.evaluate(async (th) => {
    await window.vitrine.workspaceOpenDemo();
    await window.vitrine.settingsUpdate({ theme: th });
  }, theme);
  await page.reload();
  await page.waitForSelector('.app');
  await expect.poll(() => page.getByTestId('current-client').textContent()).not.toBe('Aucun client ouvert');
}

async function goTo(page: Page, view: string): Promise<void> {
  await page.getByTestId(`nav-${view}`).click();
  await page.locator('main h1').first().waitFor();
}

type Check = (screen: string) => Promise<void>;

/** Opens a modal dialog, checks it, and closes it with Escape. */
async function checkDialog(page: Page, check: Check, screen: string, open: () => Promise<void>): Promise<void> {
  await open();
  await page.locator('dialog[open]').waitFor();
  await check(screen);
  await page.keyboard.press('Escape');
  await page.locator('dialog[open]').waitFor({ state: 'detached' });
}

/** Every main screen and its main dialogs, each as the user reaches it; `check` runs axe on what is shown. */
async function visitAll(page: Page, check: Check): Promise<void> {
  await goTo(page, 'clients');
  await page.getByTestId('client-search').waitFor();
  await check('clients');
  await checkDialog(page, check, 'clients › new client', () => page.getByTestId('client-create').click());
  await checkDialog(page, check, 'quick switch (Ctrl+K)', () => page.keyboard.press('Control+k'));

  await goTo(page, 'inventory');
  await page.getByTestId('profile-row').first().waitFor();
  await check('inventory');
  await checkDialog(page, check, 'inventory › profile editor', () => page.getByTestId('profile-edit').first().click());

  await goTo(page, 'audit');
  await page.getByTestId('audit-score').waitFor();
  await check('audit');
  await checkDialog(page, check, 'audit › dismiss', () => page.getByTestId('dismiss').first().click());

  await goTo(page, 'plan');
  for (const tab of ['calendar', 'setup', 'posts', 'regularity']) {
    await page.getByTestId(`plan-tab-${tab}`).click();
    await expect.poll(() => page.getByTestId(`plan-tab-${tab}`).getAttribute('aria-selected')).toBe('true');
    await check(`plan › ${tab}`);
    if (tab === 'calendar') {
      await checkDialog(page, check, 'plan › slot', () => page.getByTestId('cal-item').first().click());
      for (const view of ['week', 'agenda']) {
        await page.getByTestId(`cal-view-${view}`).click();
        await check(`plan › calendar › ${view}`);
      }
      await page.getByTestId('cal-view-month').click();
    }
    if (tab === 'posts') await checkDialog(page, check, 'plan › new post', () => page.getByTestId('post-add').click());
  }

  await goTo(page, 'reports');
  await page.getByTestId('report-summary').waitFor();
  await check('reports');

  await goTo(page, 'settings');
  await page.getByTestId('settings-language').waitFor();
  await check('settings');
}

async function auditTheme(app: AppUnderTest, theme: Theme): Promise<Map<string, AxeViolation[]>> {
  const found = new Map<string, AxeViolation[]>();
  await openDemo(app.page, theme);
  await visitAll(app.page, async (screen) => {
    found.set(screen, await runAxe(app.page));
  });
  return found;
}

/** Fails on serious and critical violations; lists the others in the test log. */
function assertNoBlocking(where: string, found: Map<string, AxeViolation[]>): void {
  const blocking: string[] = [];
  for (const [screen, violations] of found) {
    const minor = violations.filter((v) => !isBlocking(v));
    if (minor.length > 0) console.info(`a11y (${where}) ${screen} — moderate/minor:\n${formatViolations(minor)}`);
    const serious = violations.filter(isBlocking);
    if (serious.length > 0) blocking.push(`── ${screen} (${where})\n${formatViolations(serious)}`);
  }
  expect(blocking.join('\n'), 'serious or critical axe violations').toBe('');
}

describe('accessibility (axe-core, WCAG 2.1 AA, French UI, demo client)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`every main screen has no serious or critical violation — ${theme} theme`, { timeout: 120_000 }, async () => {
      const app = await launchApp({ systemLocale: 'fr-FR' });
      try {
        expect(await app.page.locator('html').getAttribute('lang')).toBe('fr');
        const found = await auditTheme(app, theme);
        expect([...found.keys()]).toHaveLength(17);
        assertNoBlocking(`${theme} theme`, found);
      } finally {
        await app.close();
      }
    });
  }

  it('the English interface, and the dialogs reached less often (import preview, delete confirmation, a new network), have no serious or critical violation', { timeout: 120_000 }, async () => {
    const app = await launchApp({ systemLocale: 'en-US' });
    try {
      const { page } = app;
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      const found = await auditTheme(app, 'light');
      const check = async (screen: string) => { found.set(screen, await runAxe(page)); };

      await goTo(page, 'inventory');
      const resume = path.join(mkdtempSync(path.join(tmpdir(), 'vitrine-a11y-')), 'resume.json');
      writeFileSync(resume, JSON.stringify({ basics: { name: 'Camille Moreau', label: 'UX designer', profiles: [{ network: 'GitHub', username: 'cmoreau-ux' }] } }));
      await page.getByTestId('import-open').click();
      const dialog = page.getByTestId('import-dialog');
      await dialog.getByTestId('import-files-input').setInputFiles(resume);
      await dialog.getByTestId('import-preview').waitFor();
      await check('inventory › import preview');
      await dialog.getByTestId('import-cancel').click();
      await dialog.waitFor({ state: 'detached' });

      await page.locator('.networks-details summary').click();
      await page.getByTestId('net-add').click();
      await page.getByTestId('network-form').waitFor();
      await check('inventory › new network');

      await goTo(page, 'clients');
      await page.getByTestId('client-menu').first().click();
      await page.getByTestId('client-delete').filter({ visible: true }).click();
      await page.getByTestId('confirm-dialog').waitFor();
      await check('clients › delete confirmation');
      await page.keyboard.press('Escape');
      await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
      expect(app.vault.data.workspaces).toHaveLength(1);

      expect([...found.keys()]).toHaveLength(20);
      assertNoBlocking('English', found);
    } finally {
      await app.close();
    }
  });

  it('the first-start screen (no client yet) has no serious or critical violation, in both themes', { timeout: 60_000 }, async () => {
    const app = await launchApp({ systemLocale: 'fr-FR' });
    try {
      const found = new Map<string, AxeViolation[]>();
      for (const theme of ['light', 'dark'] as const) {
        await app.page.evaluate((th) => window.vitrine.settingsUpdate({ theme: th }), theme);
        await app.page.reload();
        await app.page.getByTestId('clients-welcome').waitFor();
        await app.page.keyboard.press('Tab');
        await app.screenshot(`a11y-welcome-skip-link-${theme}`);
        found.set(`welcome (${theme})`, await runAxe(app.page));
      }
      assertNoBlocking('first start', found);
    } finally {
      await app.close();
    }
  });

  it('is keyboard operable: skip link first, then the nav; Ctrl+1…6; Escape closes the editor and returns focus', { timeout: 60_000 }, async () => {
    const app = await launchApp({ systemLocale: 'fr-FR' });
    try {
      const { page } = app;
      await openDemo(page, 'light');
      const focused = () => page.evaluate(() => {
        const el = document.activeElement;
        return el ? (el.getAttribute('data-testid') ?? el.className) : '';
      });

      await page.keyboard.press('Tab');
      expect(await focused()).toBe('skip-link');
      expect(await page.locator('.skip-link').textContent()).toBe('Aller au contenu');
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('nav-clients');
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('nav-inventory');

      // The skip link lands in the main pane.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

      const views = ['clients', 'inventory', 'audit', 'plan', 'reports', 'settings'];
      for (const [i, view] of views.entries()) {
        await page.keyboard.press(`Control+${i + 1}`);
        await expect.poll(() => page.getByTestId(`nav-${view}`).getAttribute('aria-current')).toBe('page');
      }

      await page.keyboard.press('Control+2');
      const opener = page.getByTestId('profile-edit').first();
      await opener.focus();
      await page.keyboard.press('Enter');
      const editor = page.getByTestId('profile-editor');
      await editor.waitFor();
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
      await page.keyboard.press('Escape');
      await editor.waitFor({ state: 'detached' });
      await expect.poll(() => opener.evaluate((el) => el === document.activeElement)).toBe(true);
    } finally {
      await app.close();
    }
  });
});

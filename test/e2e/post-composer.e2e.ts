import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from '../support/app-harness';
import { formatViolations, isBlocking, runAxe } from '../support/axe';

afterAll(closeBrowser);

const cases = [
  { locale: 'fr-FR', theme: 'light', over: 'caractères de trop', seeMore: 'voir plus', day: /^\d{2}\/\d{2}\/\d{4}$/, time: /^\d{2}:\d{2}$/ },
  { locale: 'en-US', theme: 'dark', over: 'characters too many', seeMore: 'see more', day: /^\d{2}\/\d{2}\/\d{4}$/, time: /^\d{1,2}:\d{2} [AP]M$/ },
] as const;

describe('post composer', () => {
  for (const c of cases) {
    it(`counts against the network's limit, follows the network's theme, previews LinkedIn's fold — ${c.locale}, ${c.theme}`, { timeout: 90_000 }, async () => {
      const app = await launchApp({ systemLocale: c.locale });
      try {
        const { page } = app;
        await page.evaluate((t) => window.vitrine!.settingsUpdate({ theme: t }), c.theme);
        await page.evaluate(() => window.vitrine!.workspaceOpenDemo());
        await page.reload();
        await page.getByTestId('nav-plan').click();
        await page.getByTestId('plan-tab-posts').click();
        await page.getByTestId('post-add').click();
        const dialog = page.getByTestId('post-dialog');

        // Day and time in the app's language, as text fields (not the browser's native pickers).
        expect(await dialog.getByTestId('post-date').getAttribute('type')).toBe('text');
        expect(await dialog.getByTestId('post-date').inputValue()).toMatch(c.day);
        expect(await dialog.getByTestId('post-time').inputValue()).toMatch(c.time);

        // LinkedIn: its theme, its limit and source, and the fold.
        await dialog.getByTestId('post-network').selectOption('linkedin');
        const linkedinTheme = await dialog.getByTestId('post-theme').inputValue();
        expect(await dialog.getByTestId('post-limit-source').textContent()).toMatch(/3[\s\u202f ,]?000/);
        const long = `${'Trois leçons tirées de dix ans de métier, et ce qu’elles changent pour vous. '.repeat(5)}\nFin.`;
        await dialog.getByTestId('post-text').fill(long);
        const fold = dialog.getByTestId('post-fold');
        expect(await fold.textContent()).toContain(c.seeMore);
        await dialog.screenshot({ path: `test-output/screenshots/post-composer-linkedin-${c.locale}-${c.theme}.png` });

        // X: the theme follows, and 400 characters warn against 280.
        await dialog.getByTestId('post-network').selectOption('x');
        const xTheme = await dialog.getByTestId('post-theme').inputValue();
        expect(xTheme).not.toBe(linkedinTheme);
        await dialog.getByTestId('post-text').fill('x'.repeat(400));
        const counter = dialog.locator('.char-counter');
        expect(await counter.textContent()).toContain('400 / 280');
        expect(await counter.textContent()).toContain(c.over);
        expect(await dialog.getByTestId('post-text').getAttribute('aria-invalid')).toBe('true');
        expect(await dialog.getByTestId('post-fold').count()).toBe(0);
        const violations = (await runAxe(page, { include: ['[data-testid=post-dialog]'] })).filter(isBlocking);
        expect(formatViolations(violations)).toBe('');
        await dialog.screenshot({ path: `test-output/screenshots/post-composer-x-${c.locale}-${c.theme}.png` });

        // A bad date is refused with the expected form, and nothing is saved.
        await dialog.getByTestId('post-date').fill('31/02/2025');
        expect(await dialog.getByTestId('post-date').getAttribute('aria-invalid')).toBe('true');
        await dialog.getByTestId('post-save').click();
        await dialog.locator('[role=alert]').first().waitFor();
        expect(await dialog.isVisible()).toBe(true);

        // A valid one saves; the post shows on the calendar with its text and the network's initial.
        await dialog.getByTestId('post-date').fill(c.locale === 'fr-FR' ? new Date().toLocaleDateString('fr-FR') : new Date().toLocaleDateString('en-US', { month: '2-digit', day: '2-digit', year: 'numeric' }));
        await dialog.getByTestId('post-text').fill('Mon premier fil sur X : trois outils que j’utilise chaque jour.');
        await dialog.getByTestId('post-save').click();
        await dialog.waitFor({ state: 'detached' });
        await page.getByTestId('plan-tab-calendar').click();
        await page.getByTestId('cal-view-week').click();
        const item = page.locator('[data-testid=cal-item][data-network=x]').filter({ hasText: 'Mon premier fil' });
        await item.waitFor();
        expect(await item.getByTestId('cal-badge').textContent()).toBe('X');
        const calViolations = (await runAxe(page, { include: ['.calendar'] })).filter(isBlocking);
        expect(formatViolations(calViolations)).toBe('');
        await app.screenshot(`calendar-items-${c.locale}-${c.theme}`);

        // Ideas are listed under each profile's theme.
        await page.getByTestId('plan-tab-setup').click();
        await page.getByTestId('theme-ideas').waitFor();
        await app.screenshot(`plan-setup-ideas-${c.locale}-${c.theme}`);
      } finally {
        await app.close();
      }
    });
  }
});

import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from '../support/app-harness';
import { formatViolations, isBlocking, runAxe } from '../support/axe';

afterAll(closeBrowser);

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('Settings › consultant logo', () => {
  it('is chosen with a button in the app’s language, previewed, refused when too large, and removed', { timeout: 60_000 }, async () => {
    const app = await launchApp({ systemLocale: 'fr-FR' });
    try {
      const { page } = app;
      await page.getByTestId('nav-settings').click();
      const choose = page.getByTestId('settings-logo-choose');
      // Not the system's "Choose File": the app's own words, named by the field's label.
      expect(await choose.textContent()).toBe('Choisir une image…');
      expect(await choose.getAttribute('id')).toBe(await page.locator('label', { hasText: 'Logo du consultant' }).getAttribute('for'));

      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), choose.click()]);
      await chooser.setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
      await page.getByTestId('settings-logo-preview').waitFor();
      await expect.poll(() => app.vault.data.settings.consultantLogo).toBe(`data:image/png;base64,${PNG.toString('base64')}`);

      // Over 500 KB: refused with a message, the logo already there kept.
      const [again] = await Promise.all([page.waitForEvent('filechooser'), choose.click()]);
      await again.setFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.concat([PNG, Buffer.alloc(600 * 1024)]) });
      await expect.poll(() => page.getByRole('alert').filter({ hasText: 'trop lourd' }).count()).toBe(1);
      expect(app.vault.data.settings.consultantLogo).toContain(PNG.toString('base64'));

      const blocking = (await runAxe(page, { include: ['main'] })).filter(isBlocking);
      expect(blocking, formatViolations(blocking)).toEqual([]);
      await app.screenshot('settings-01-logo-fr');

      await page.getByTestId('settings-logo-remove').click();
      await expect.poll(() => app.vault.data.settings.consultantLogo).toBeNull();
      expect(await page.getByTestId('settings-logo-preview').count()).toBe(0);
    } finally {
      await app.close();
    }
  });
});

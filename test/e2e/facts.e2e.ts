import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from '../support/app-harness';
import { formatViolations, isBlocking, runAxe } from '../support/axe';
import { createClient } from '../support/e2e-steps';

afterAll(closeBrowser);

/** The coverage percent the audit header shows ("… · 14% checked"). */
const coverageOf = (text: string | null) => Number(/(\d+)\s*%/.exec(text ?? '')?.[1] ?? NaN);

describe('facts: unknown is not missing', () => {
  it('a profile added from a URL shows "to verify" and no error; confirming its photo raises the coverage', { timeout: 120_000 }, async () => {
    const app = await launchApp({ systemLocale: 'en-GB' });
    try {
      const { page } = app;
      await createClient(app, 'Nadia Benali');
      await page.getByTestId('paste-profile').fill('https://www.linkedin.com/in/nadia-benali');
      await page.getByTestId('paste-add').click();
      await expect.poll(() => page.getByTestId('profile-photo').textContent()).toBe('? photo to verify');

      await page.getByTestId('nav-audit').click();
      const toVerify = page.locator('[data-testid="finding"][data-code="to-verify"]');
      await toVerify.first().waitFor();
      expect(await toVerify.count()).toBe(1);
      expect(await toVerify.locator('.finding-message').textContent()).toMatch(/^To verify on the live LinkedIn profile: the display name, the headline, the photo/);
      expect(await page.locator('[data-testid="finding"].sev-error').count()).toBe(0);
      expect(await page.getByTestId('audit-score-line').textContent()).toBe('No score yet · 0% checked');
      await app.screenshot('facts-01-audit-to-verify-en');
      const violations = (await runAxe(page)).filter(isBlocking);
      expect(formatViolations(violations), 'axe on the audit screen').toBe('');

      // "Fix it" on the to-verify item opens the editor on the first fact to look at.
      await toVerify.getByTestId('fix-it').click();
      const editor = page.getByTestId('profile-editor');
      await editor.waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-displayName');
      await editor.getByTestId('fact-photo-known').check();
      await expect.poll(() => editor.getByTestId('fact-photo-source').textContent()).toMatch(/^typed on \d{1,2} \w+ \d{4}$/);
      await editor.getByTestId('fact-photo-known').scrollIntoViewIfNeeded();
      await app.screenshot('facts-02-editor-photo-checked-en');
      const editorViolations = (await runAxe(page)).filter(isBlocking);
      expect(formatViolations(editorViolations), 'axe on the profile editor').toBe('');
      await page.keyboard.press('Escape');
      await editor.waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('profile-photo').textContent()).toBe('✓ photo');

      await page.getByTestId('nav-audit').click();
      await expect.poll(async () => coverageOf(await page.getByTestId('audit-score-line').textContent())).toBe(14);
      expect(await page.getByTestId('audit-score-line').textContent()).toMatch(/^\d+\/100 · 14% checked$/);
      expect(await toVerify.locator('.finding-message').textContent()).not.toContain('the photo');
    } finally {
      await app.close();
    }
  });

  it('"Fix it" on a theme finding opens the plan on that profile', { timeout: 120_000 }, async () => {
    const app = await launchApp({ systemLocale: 'fr-FR' });
    try {
      const { page } = app;
      await page.evaluate(async () => {
        const api = window.vitrine as unknown as Record<string, (i?: unknown) => Promise<{ ok: boolean; value: { id: string } }>>;
        const created = (await api.workspaceCreate!({ name: 'Jeanne Dupont' })).value;
        const known = { state: 'known', source: { kind: 'typed', at: null, label: '' } };
        const profile = (id: string, network: string, url: string, handle: string) => ({
          id, network, url, handle, displayName: 'Jeanne Dupont', headline: 'Pharmacienne', facts: { photo: known },
          theme: { title: 'Officine', keywords: ['officine'] },
        });
        await api.workspaceSave!({
          workspace: {
            ...created,
            person: { displayName: 'Jeanne Dupont', headline: 'Pharmacienne' },
            profiles: [
              profile('p-linkedin', 'linkedin', 'https://www.linkedin.com/in/jeanne-dupont', 'jeanne-dupont'),
              profile('p-malt', 'malt', 'https://www.malt.fr/profile/jeannedupont', 'jeannedupont'),
            ],
          },
        });
        await api.workspaceActivate!({ id: created.id });
      });
      await page.reload();
      await page.getByTestId('nav-audit').click();
      const theme = page.locator('[data-testid="finding"][data-code="duplicate-theme"]').first();
      await theme.waitFor();
      const key = await theme.getAttribute('data-key');
      const profileId = /duplicate-theme:([\w-]+)/.exec(key ?? '')?.[1];
      await theme.getByTestId('fix-it').click();
      await page.getByTestId('plan-tab-setup').waitFor();
      expect(await page.getByTestId('plan-tab-setup').getAttribute('aria-selected')).toBe('true');
      expect(await page.getByTestId('profile-editor').count()).toBe(0);
      expect(profileId).toBeDefined();
      await app.screenshot('facts-03-fix-theme-opens-plan-fr');
      expect(await page.locator('[data-testid="plan-profile"][aria-current="true"]').getAttribute('data-profile')).toBe(profileId);
    } finally {
      await app.close();
    }
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, launchApp } from '../support/app-harness';

afterAll(closeBrowser);

/** A small fictional client: one LinkedIn profile lacks its photo, Malt links nowhere. */
const SEED = {
  person: { displayName: 'Jeanne Dupont', headline: 'Pharmacienne d’officine', trade: 'pharmacist', goal: 'job-search', websites: ['https://jeanne-dupont.example'] },
  profiles: [
    {
      id: 'p-linkedin', network: 'linkedin', url: 'https://www.linkedin.com/in/jeanne-dupont', handle: 'jeanne-dupont', displayName: 'Jeanne Dupont',
      headline: 'Pharmacienne d’officine à Lyon', summary: 'Pharmacienne depuis dix ans, je conseille les patients sur leurs traitements et la prévention. '.repeat(4),
      photo: { present: false }, links: ['https://www.malt.fr/profile/jeannedupont', 'https://jeanne-dupont.example'], keywords: ['officine', 'conseil', 'prévention'],
      followOpen: true, lastReviewed: new Date().toISOString().slice(0, 10),
    },
    {
      id: 'p-malt', network: 'malt', url: 'https://www.malt.fr/profile/jeannedupont', handle: 'jeannedupont', displayName: 'Jeanne Dupont',
      headline: '', summary: 'Missions de conseil en pharmacie et formation des équipes officinales, partout en France. '.repeat(3),
      photo: { present: true }, links: [], lastReviewed: new Date().toISOString().slice(0, 10),
    },
    {
      id: 'p-github', network: 'github', url: 'https://github.com/jdupont', handle: 'jdupont', displayName: 'Jeanne Dupont', headline: 'Outils pour officines',
      photo: { present: true }, links: ['https://www.linkedin.com/in/jeanne-dupont'], lastReviewed: new Date().toISOString().slice(0, 10),
    },
  ],
};

async function seed(page: Page): Promise<void> {
  await page.evaluate(async (seedWs) => {
    const api = window.vitrine as unknown as Record<string, (i?: unknown) => Promise<{ ok: boolean; value: { id: string } }>>;
    const created = (await api.workspaceCreate!({ name: 'Jeanne Dupont' })).value;
    await api.workspaceSave!({ workspace: { ...created, ...seedWs } });
    await api.workspaceActivate!({ id: created.id });
  }, SEED);
  await page.reload();
  await page.getByTestId('nav-audit').waitFor();
}

const score = async (page: Page) => Number(await page.getByTestId('audit-score').getAttribute('data-score'));

describe('audit screen', () => {
  it('shows the score, fixes a missing photo from its finding, and the score rises at once', async () => {
    const app = await launchApp({ systemLocale: 'fr-FR' });
    try {
      const { page } = app;
      await seed(page);
      await page.getByTestId('nav-audit').click();
      await page.getByTestId('audit-score').waitFor();
      const before = await score(page);
      expect(before).toBeGreaterThan(0);
      expect(before).toBeLessThan(100);
      await app.screenshot('audit-01-light');
      await page.locator('[data-testid=link-matrix]').scrollIntoViewIfNeeded();
      await page.locator('.cross-links').screenshot({ path: 'test-output/screenshots/audit-02-matrix.png' });

      const photo = page.locator('[data-testid=finding][data-code=missing-photo]');
      await photo.getByTestId('fix-it').click();
      await page.getByTestId('nav-inventory').and(page.locator('[aria-current=page]')).waitFor();
    } finally {
      await app.close();
    }
  });

  it('dismisses a finding with a reason and restores it', async () => {
    const app = await launchApp({ systemLocale: 'en-GB' });
    try {
      const { page } = app;
      await seed(page);
      await page.getByTestId('nav-audit').click();
      const before = await score(page);
      const finding = page.locator('[data-testid=finding][data-code=missing-photo]');
      const key = await finding.getAttribute('data-key');
      await finding.getByTestId('dismiss').click();
      await page.getByTestId('dismiss-reason').fill('No photo wanted on LinkedIn');
      await page.getByTestId('dismiss-confirm').click();
      await expect.poll(() => finding.count()).toBe(0);
      await expect.poll(() => score(page)).toBeGreaterThan(before);
      const dismissed = page.getByTestId('dismissed');
      await dismissed.locator('summary').click();
      const row = dismissed.locator(`[data-key="${key}"]`);
      expect(await row.textContent()).toContain('No photo wanted on LinkedIn');
      await row.getByTestId('restore').click();
      await expect.poll(() => finding.count()).toBe(1);
      await expect.poll(() => score(page)).toBe(before);
    } finally {
      await app.close();
    }
  });
});

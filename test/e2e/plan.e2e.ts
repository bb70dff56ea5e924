import { readFileSync } from 'node:fs';
import { addDays, format, subDays } from 'date-fns';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from '../support/app-harness';

afterAll(closeBrowser);

const DAY = 86_400_000;
/** Published LinkedIn posts spread over the past year, all before the cadence starts. */
function pastPosts(): object[] {
  const out: object[] = [];
  for (let i = 0; i < 40; i++) {
    const date = new Date(Date.now() - (30 + i * 8 + (i % 3)) * DAY);
    date.setUTCHours(8, 30, 0, 0);
    out.push({ id: `post-${i}`, profileId: 'p-linkedin', network: 'linkedin', date: date.toISOString(), status: 'published', theme: 'Officine', text: `Conseil n°${i}` });
  }
  return out;
}

const SEED = {
  person: { displayName: 'Jeanne Dupont', headline: 'Pharmacienne' },
  profiles: [
    { id: 'p-linkedin', network: 'linkedin', url: 'https://www.linkedin.com/in/jeanne-dupont', handle: 'jeanne-dupont', displayName: 'Jeanne Dupont', facts: { photo: { state: 'known' } } },
    { id: 'p-malt', network: 'malt', url: 'https://www.malt.fr/profile/jeannedupont', handle: 'jeannedupont', displayName: 'Jeanne Dupont', facts: { photo: { state: 'known' } } },
  ],
  posts: pastPosts(),
};

async function seed(page: Page): Promise<void> {
  await page.evaluate(async (seedWs) => {
    const api = window.vitrine as unknown as Record<string, (i?: unknown) => Promise<{ ok: boolean; value: { id: string } }>>;
    const created = (await api.workspaceCreate!({ name: 'Jeanne Dupont' })).value;
    await api.workspaceSave!({ workspace: { ...created, ...seedWs } });
    await api.workspaceActivate!({ id: created.id });
  }, SEED);
  await page.reload();
  await page.getByTestId('nav-plan').waitFor();
}

const adherence = (page: Page) => page.getByTestId('adherence-overall').textContent();

describe('plan screen', () => {
  it('sets a cadence, shows its slots, marks one done, updates adherence and exports an ICS that parses', async () => {
    const app = await launchApp({ systemLocale: 'en-GB' });
    try {
      const { page } = app;
      await page.setViewportSize({ width: 1360, height: 1100 });
      await seed(page);
      await page.getByTestId('nav-plan').click();

      // Cadence: recommended defaults, then 3 a week starting three weeks ago.
      await page.getByTestId('plan-tab-setup').click();
      await page.locator('[data-testid=plan-profile][data-profile=p-linkedin]').click();
      await page.getByTestId('theme-title').fill('Pharmacy advice');
      await page.getByTestId('theme-keywords').fill('pharmacy, prevention, advice');
      await page.getByTestId('cadence-recommended').click();
      await page.getByTestId('cadence-count').fill('3');
      await page.getByTestId('cadence-start').fill(format(subDays(new Date(), 21), 'yyyy-MM-dd'));
      await app.screenshot('plan-01-setup');

      await page.getByTestId('plan-tab-regularity').click();
      const before = await adherence(page);
      expect(before).toMatch(/0%/);

      // Calendar: slots are there; last week's are all past (missed).
      await page.getByTestId('plan-tab-calendar').click();
      await page.locator('[data-testid=cal-item]').first().waitFor();
      await app.screenshot('plan-02-calendar-month');
      await page.getByTestId('cal-view-week').click();
      await page.getByRole('button', { name: 'Previous period' }).click();
      const missed = page.locator('[data-testid=cal-item][data-state=missed]');
      const missedCount = await missed.count();
      expect(missedCount).toBeGreaterThanOrEqual(1);
      await missed.first().click();
      await page.getByTestId('slot-done').click();
      await expect.poll(() => missed.count()).toBe(missedCount - 1);
      expect(await page.locator('[data-testid=cal-item][data-state=done]').count()).toBe(1);

      await page.getByTestId('plan-tab-regularity').click();
      await expect.poll(() => adherence(page)).not.toBe(before);
      expect(await adherence(page)).toMatch(/\(1\/\d+\)/);
      await page.getByTestId('heatmap-linkedin').scrollIntoViewIfNeeded();
      await page.getByTestId('heatmap-linkedin').screenshot({ path: 'test-output/screenshots/plan-03-heatmap.png' });
      await app.screenshot('plan-04-regularity');

      // ICS of the next 4 weeks, read back with ical.js.
      await page.getByTestId('ics-weeks').selectOption('4');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ics-export').click()]);
      expect(download.suggestedFilename()).toMatch(/\.ics$/);
      const text = readFileSync((await download.path()) as string, 'utf8');
      const calendar = new ICAL.Component(ICAL.parse(text));
      const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
      expect(events.length).toBeGreaterThanOrEqual(10);
      expect(events.length).toBeLessThanOrEqual(15);
      for (const e of events) {
        expect(e.summary).toContain('LinkedIn');
        expect(e.startDate.toJSDate().getTime()).toBeGreaterThanOrEqual(subDays(new Date(), 1).getTime());
        expect(e.startDate.toJSDate().getTime()).toBeLessThanOrEqual(addDays(new Date(), 29).getTime());
      }
    } finally {
      await app.close();
    }
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, launchApp, type AppUnderTest } from '../support/app-harness';

afterAll(closeBrowser);

/**
 * A fixed clock, for the app (page clock) and its handlers alike: Wednesday
 * 12 March 2025, noon UTC. The cadence is in UTC too, so the days drawn do not
 * depend on the machine's zone beyond the browser sharing the test's zone.
 */
const NOW = new Date('2025-03-12T12:00:00Z');
const DAY = 86_400_000;

/** LinkedIn: 3 a week (Mon/Wed/Fri 09:00 UTC) from Monday 3 March; X: no cadence, a few recent posts. */
function seedWorkspace() {
  const xPosts = [2, 5, 9, 14, 20].map((daysAgo, i) => ({
    id: `x-${i}`, profileId: 'p-x', network: 'x', date: new Date(NOW.getTime() - daysAgo * DAY).toISOString(),
    status: 'published', theme: 'Officine', text: `Conseil ${i}`, promotional: i === 0,
  }));
  return {
    person: { displayName: 'Jeanne Dupont', headline: 'Pharmacienne' },
    profiles: [
      {
        id: 'p-linkedin', network: 'linkedin', url: 'https://www.linkedin.com/in/jeanne-dupont', handle: 'jeanne-dupont', displayName: 'Jeanne Dupont',
        theme: { title: 'Pharmacy advice', keywords: ['pharmacy', 'prevention', 'advice'] },
        cadence: { count: 3, per: 'week', weekdays: [1, 3, 5], timeWindows: [{ start: '09:00', end: '10:00' }], timeZone: 'UTC', startDate: '2025-03-03' },
      },
      { id: 'p-x', network: 'x', url: 'https://x.com/jeannedupont', handle: 'jeannedupont', displayName: 'Jeanne Dupont' },
    ],
    posts: xPosts,
  };
}

interface Clocked { app: AppUnderTest; page: Page; setNow: (d: Date) => Promise<void> }

/** The app on the fixed clock with the seeded client open on the plan screen. */
async function openPlan(systemLocale = 'en-GB'): Promise<Clocked> {
  let now = NOW;
  const app = await launchApp({ systemLocale, now: () => now });
  const { page } = app;
  await page.setViewportSize({ width: 1360, height: 1000 });
  await page.clock.setFixedTime(now);
  await page.evaluate(async (seedWs) => {
    const api = window.vitrine as unknown as Record<string, (i?: unknown) => Promise<{ ok: boolean; value: { id: string } }>>;
    const created = (await api.workspaceCreate!({ name: 'Jeanne Dupont' })).value;
    await api.workspaceSave!({ workspace: { ...created, ...seedWs } });
    await api.workspaceActivate!({ id: created.id });
  }, seedWorkspace());
  const setNow = async (d: Date) => {
    // Pending edits are saved before the reload, as on quitting.
    await page.evaluate(() => (window as { __vitrineFlush?: () => Promise<void> }).__vitrineFlush?.());
    now = d;
    await page.clock.setFixedTime(d);
    await page.reload();
    await page.getByTestId('nav-plan').click();
  };
  await setNow(NOW);
  return { app, page, setNow };
}

const item = (page: Page, day: string, state?: string) =>
  page.locator(`[data-testid=cal-item][data-day="${day}"]${state ? `[data-state=${state}]` : ''}`);

async function adherence(page: Page): Promise<string> {
  await page.getByTestId('plan-tab-regularity').click();
  return (await page.getByTestId('adherence-overall').textContent()) ?? '';
}

describe('plan flows', () => {
  it('reschedules a missed slot: moved on its day, planned on the new one, due once the new time has passed', { timeout: 60_000 }, async () => {
    const { app, page, setNow } = await openPlan();
    try {
      // Due so far: Mon 3, Wed 5, Fri 7, Mon 10 and Wed 12 (09:00, before noon).
      expect(await adherence(page)).toContain('(0/5)');
      await page.getByTestId('plan-tab-calendar').click();
      await item(page, '2025-03-05', 'missed').click();
      await page.getByTestId('slot-reschedule').click();
      await page.getByTestId('slot-when').fill('13/03/2025');
      await page.getByTestId('slot-when-time').fill('10:30');
      await page.getByTestId('slot-move-confirm').click();
      await page.getByTestId('slot-dialog').waitFor({ state: 'detached' });

      await item(page, '2025-03-05', 'rescheduled').waitFor();
      const moved = item(page, '2025-03-13', 'upcoming');
      await moved.waitFor();
      expect(await moved.textContent()).toContain('10:30');
      expect(await moved.textContent()).toMatch(/moved from Wednesday 5 March/i);
      await page.locator('[data-testid=calendar-grid] tbody tr').nth(1).screenshot({ path: 'test-output/screenshots/plan-08-moved.png' });
      // Not due while its new time is ahead.
      expect(await adherence(page)).toContain('(0/4)');

      // The next day, past 10:30: it is due again, and shows as missed on its new day.
      await setNow(new Date('2025-03-13T12:00:00Z'));
      expect(await adherence(page)).toContain('(0/5)');
      await page.getByTestId('plan-tab-calendar').click();
      await item(page, '2025-03-13', 'missed').click();
      await page.getByTestId('slot-done').click();
      // Done where it really went out; nothing left on the planned day.
      await item(page, '2025-03-13', 'done').waitFor();
      expect(await item(page, '2025-03-05').count()).toBe(0);
      expect(await adherence(page)).toContain('(1/5)');
    } finally {
      await app.close();
    }
  });

  it('skips a slot: shown as skipped and no longer due', async () => {
    const { app, page } = await openPlan();
    try {
      expect(await adherence(page)).toContain('(0/5)');
      await page.getByTestId('plan-tab-calendar').click();
      await item(page, '2025-03-07', 'missed').click();
      await page.getByTestId('slot-skip').click();
      await item(page, '2025-03-07', 'skipped').waitFor();
      expect(await item(page, '2025-03-07', 'skipped').textContent()).toContain('Skipped');
      expect(await adherence(page)).toContain('(0/4)');
    } finally {
      await app.close();
    }
  });

  it('logs a post from idea to published, edits it, and sees it in the list, the heatmap and the promo warning (plan and audit)', async () => {
    const { app, page } = await openPlan();
    try {
      const heatLabel = () => page.getByTestId('heatmap-x').locator('svg[role=img]').getAttribute('aria-label');
      await page.getByTestId('plan-tab-regularity').click();
      expect(await heatLabel()).toContain('5 post');
      expect(await page.locator('[data-testid=plan-warnings] [data-code=promo-ratio-high]').count()).toBe(0);

      await page.getByTestId('plan-tab-posts').click();
      await page.getByTestId('post-add').click();
      const dialog = page.getByTestId('post-dialog');
      await dialog.getByTestId('post-network').selectOption('x');
      await dialog.getByTestId('post-date').fill('11/03/2025');
      await dialog.getByTestId('post-time').fill('14:15');
      expect(await dialog.getByTestId('post-status').inputValue()).toBe('idea');
      await dialog.getByLabel('Theme').fill('Prevention');
      await dialog.getByTestId('post-text').fill('Spring allergy season: five questions to ask your pharmacist.');
      await dialog.getByLabel('Link').fill('https://example.org/allergies');
      await dialog.getByLabel('Promotional post').check();
      await dialog.getByLabel('Notes').fill('Reuse the infographic');
      await app.screenshot('plan-07-post-dialog');
      await dialog.getByTestId('post-save').click();
      await dialog.waitFor({ state: 'detached' });

      const row = page.locator('[data-testid=post-row]', { hasText: 'Spring allergy' });
      await row.waitFor();
      expect(await row.textContent()).toContain('Idea');
      expect(await row.textContent()).toContain('promo');

      // idea → draft (and the text edited), then draft → published.
      await row.getByRole('button', { name: /Edit/ }).click();
      expect(await dialog.getByLabel('Notes').inputValue()).toBe('Reuse the infographic');
      expect(await dialog.getByLabel('Link').inputValue()).toBe('https://example.org/allergies');
      await dialog.getByTestId('post-status').selectOption('draft');
      await dialog.getByTestId('post-text').fill('Spring allergies: five questions to ask your pharmacist.');
      await dialog.getByTestId('post-save').click();
      const edited = page.locator('[data-testid=post-row]', { hasText: 'Spring allergies:' });
      await expect.poll(() => edited.textContent()).toContain('Draft');
      await page.getByTestId('plan-tab-regularity').click();
      expect(await heatLabel()).toContain('5 post');

      // A dated draft shows on the calendar on its day, as in preparation, and opens the post.
      await page.getByTestId('plan-tab-calendar').click();
      await page.getByTestId('cal-view-agenda').click();
      const draft = page.getByTestId('agenda').locator('[data-testid=cal-item][data-day="2025-03-11"][data-state=draft]');
      // Its name is its visible text (time, network), then the state, read from a visually hidden end.
      expect(await draft.textContent()).toMatch(/14:15 .*X \(Twitter\).*, In preparation$/);
      await app.screenshot('plan-07b-draft-on-calendar');
      await draft.click();
      expect(await dialog.getByTestId('post-text').inputValue()).toBe('Spring allergies: five questions to ask your pharmacist.');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('cal-view-month').click();

      await page.getByTestId('plan-tab-posts').click();
      await edited.getByRole('button', { name: /Edit/ }).click();
      await dialog.getByTestId('post-status').selectOption('published');
      await dialog.getByTestId('post-save').click();
      await expect.poll(() => edited.textContent()).toContain('Published');

      // In the list view of the calendar, on its day, as posted outside the plan.
      await page.getByTestId('plan-tab-calendar').click();
      await page.getByTestId('cal-view-agenda').click();
      await page.getByTestId('agenda').locator('[data-testid=cal-item][data-day="2025-03-11"][data-state=logged]').waitFor();

      // Heatmap counts it; 2 promotional of 6 in 30 days is over 30 %.
      await page.getByTestId('plan-tab-regularity').click();
      expect(await heatLabel()).toContain('6 post');
      const warning = page.locator('[data-testid=plan-warnings] [data-code=promo-ratio-high]');
      await warning.waitFor();
      expect(await warning.textContent()).toMatch(/2 promotional posts out of 6/);
      await warning.screenshot({ path: 'test-output/screenshots/plan-11-promo-warning.png' });

      await page.getByTestId('nav-audit').click();
      const finding = page.locator('[data-testid=finding][data-code=promo-ratio-high]');
      await finding.waitFor();
      expect(await finding.textContent()).toMatch(/2 promotional posts out of 6/);
    } finally {
      await app.close();
    }
  });

  it('week and list views show the same slots as the month view for that week', async () => {
    const { app, page } = await openPlan();
    try {
      await page.getByTestId('plan-tab-calendar').click();
      const weekDays = ['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14', '2025-03-15', '2025-03-16'];
      const inWeek = async () => {
        const out: string[] = [];
        for (const d of weekDays) for (const x of await item(page, d).all()) out.push(`${d} ${await x.getAttribute('data-state')} ${await x.locator('.cal-time').textContent()}`);
        return out;
      };
      const month = await inWeek();
      expect(month).toEqual(['2025-03-10 missed 09:00', '2025-03-10 logged 12:00', '2025-03-12 missed 09:00', '2025-03-14 upcoming 09:00']);

      await page.getByTestId('cal-view-week').click();
      await expect.poll(inWeek).toEqual(month);
      await app.screenshot('plan-05-week');

      await page.getByTestId('cal-view-agenda').click();
      await page.getByTestId('agenda').waitFor();
      await expect.poll(inWeek).toEqual(month);
      await app.screenshot('plan-06-list');
    } finally {
      await app.close();
    }
  });

  it('starts the month grid on Sunday on an en-US system and on Monday (lundi) on fr-FR', async () => {
    for (const [locale, first, title] of [['en-US', 'Sun', 'Sunday'], ['fr-FR', 'lun.', 'lundi']] as const) {
      const { app, page, setNow } = await openPlan(locale);
      try {
        if (locale === 'fr-FR') {
          await page.evaluate(() => window.vitrine!.settingsUpdate({ theme: 'dark' }));
          await setNow(NOW);
        }
        await page.getByTestId('plan-tab-calendar').click();
        const head = page.getByTestId('calendar-grid').locator('thead th').first();
        expect(await head.textContent()).toBe(first);
        expect(await head.locator('abbr').getAttribute('title')).toBe(title);
        // The grid's first cell is the Sunday / Monday before 1 March 2025 (a Saturday).
        const firstDay = page.getByTestId('calendar-grid').locator('tbody td').first();
        expect(await firstDay.getAttribute('data-day')).toBe(locale === 'en-US' ? '2025-02-23' : '2025-02-24');
        await page.getByTestId('cal-view-week').click();
        expect(await head.textContent()).toBe(locale === 'en-US' ? 'Sun9' : 'lun.10');
        await app.screenshot(`plan-09-week-${locale}`);
        await page.getByTestId('cal-view-agenda').click();
        await page.getByTestId('agenda').waitFor();
        await app.screenshot(`plan-10-list-${locale}`);
      } finally {
        await app.close();
      }
    }
  });
});

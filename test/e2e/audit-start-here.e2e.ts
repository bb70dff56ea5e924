import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, type AppUnderTest } from '../support/app-harness';
import { formatViolations, isBlocking, runAxe } from '../support/axe';

afterAll(closeBrowser);

async function openDemoAudit(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((t) => window.vitrine!.settingsUpdate({ theme: t }), theme);
  await page.evaluate(() => window.vitrine!.workspaceOpenDemo());
  await page.reload();
  await page.getByTestId('nav-audit').click();
  await page.getByTestId('audit-score').waitFor();
}

async function fullShot(app: AppUnderTest, name: string, width: number): Promise<void> {
  const height = await app.page.evaluate(() => document.querySelector('main')!.scrollHeight);
  await app.page.setViewportSize({ width, height: Math.min(8000, height + 60) });
  await app.screenshot(name);
  await app.page.setViewportSize({ width: 1360, height: 860 });
}

const cases = [
  { locale: 'fr-FR', theme: 'light', title: 'Commencez ici', width: 1024 },
  { locale: 'en-US', theme: 'dark', title: 'Start here', width: 1360 },
] as const;

describe('audit: start here, findings by points lost, why/how once per rule', () => {
  for (const c of cases) {
    it(`${c.locale}, ${c.theme}`, { timeout: 90_000 }, async () => {
      const app = await launchApp({ systemLocale: c.locale });
      try {
        const { page } = app;
        await page.setViewportSize({ width: c.width, height: 760 });
        await openDemoAudit(page, c.theme);
        const start = page.getByTestId('start-here');
        expect(await start.locator('h2').textContent()).toBe(c.title);
        // "Start here" comes before anything else of the audit, the findings before the profile cards.
        const order = await page.evaluate(() => {
          const at = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().top ?? -1;
          return { start: at('[data-testid=start-here]'), score: at('.audit-overview'), finding: at('[data-testid=finding]'), profiles: at('[data-testid=profile-score]') };
        });
        expect(order.start).toBeLessThan(order.score);
        expect(order.finding).toBeLessThan(order.profiles);

        const fixes = start.getByTestId('start-here-fix');
        const n = await fixes.count();
        expect(n).toBeGreaterThan(0);
        expect(n).toBeLessThanOrEqual(3);
        const gains = await fixes.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-gain'))));
        expect(gains).toEqual([...gains].sort((a, b) => b - a));

        // In each severity group, −15 before −10 before −5.
        for (const group of await page.locator('.finding-group').all()) {
          const points = await group.getByTestId('finding').evaluateAll((els) => els.map((e) => Number(e.querySelector('.finding-points')?.textContent?.replace(/\D/g, '') ?? 0)));
          expect(points).toEqual([...points].sort((a, b) => b - a));
        }
        // Why/how open once per rule, folded after.
        const explained = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => ({ code: e.getAttribute('data-code'), open: (e.querySelector('details') as HTMLDetailsElement).open })));
        const openCodes = explained.filter((e) => e.open).map((e) => e.code);
        expect(new Set(openCodes).size).toBe(openCodes.length);
        expect(new Set(openCodes)).toEqual(new Set(explained.map((e) => e.code)));

        // The whole-presence card keeps its text on a readable line (was one word per line).
        const widths = await page.locator('[data-testid=workspace-breakdown] .breakdown-text, .breakdown .breakdown-text > li').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
        for (const w of widths) expect(w).toBeGreaterThan(150);

        const violations = (await runAxe(page, { include: ['.audit'] })).filter(isBlocking);
        expect(formatViolations(violations)).toBe('');
        await page.screenshot({ path: `test-output/screenshots/audit-start-here-top-${c.locale}-${c.theme}-${c.width}.png` });
        await fullShot(app, `audit-start-here-${c.locale}-${c.theme}-${c.width}`, c.width);

        // The first fix's button opens the editor on that profile's field.
        const before = await page.getByTestId('audit-score').getAttribute('data-score');
        await start.getByTestId('start-here-fix-it').first().click();
        await page.getByTestId('profile-editor').waitFor();
        expect(before).not.toBeNull();
      } finally {
        await app.close();
      }
    });
  }
});

import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { closeBrowser, launchApp, ROOT, type AppUnderTest } from '../support/app-harness';

afterAll(closeBrowser);

/**
 * Issue 13: every main screen works from 1024×700 up. Each screen is visited
 * at the smallest and a common size, in both themes and both languages; the
 * page must not scroll sideways, no main container may overflow its box, and
 * no text may spill out of a cell, button or chip onto its neighbours.
 * Every visit is saved to test-output/screenshots/layout-*.png to be looked at.
 */

const SIZES = [{ width: 1024, height: 700 }, { width: 1440, height: 900 }] as const;
type Lang = 'fr' | 'en';
type Theme = 'light' | 'dark';

/** What sticks out, in words; empty when the screen fits. Runs in the page. */
function findOverflow(): string[] {
  const problems: string[] = [];
  const name = (el: Element) => {
    const id = el.getAttribute('data-testid');
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.textContent ?? '').trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id ? ` data-testid="${id}"` : ''}${cls}> "${text}"`;
  };
  const root = document.documentElement;
  const widest = (within: Element, right: number) => [...within.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > right + 1).slice(-1)[0];
  if (root.scrollWidth > root.clientWidth + 1) {
    const offender = widest(document.body, root.clientWidth);
    problems.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})${offender ? `: ${name(offender)}` : ''}`);
  }
  const main = document.querySelector('main');
  if (!main) return ['no <main>'];
  if (main.scrollWidth > main.clientWidth + 1) {
    const offender = widest(main, main.getBoundingClientRect().right);
    problems.push(`<main> overflows sideways (${main.scrollWidth} > ${main.clientWidth})${offender ? `: ${name(offender)}` : ''}`);
  }
  // Boxes whose content spills over their edge (overflow visible): names over the next column, badges over counts.
  const boxes = [...document.querySelectorAll('main .screen, main .card, main .toolbar, main button, main .chip, main th, main td, main [role="cell"], main [role="columnheader"], main .client-item, main .post-row, dialog[open]')];
  for (const el of boxes) {
    if (!(el instanceof HTMLElement) || el.offsetParent === null) continue;
    const style = getComputedStyle(el);
    if (style.overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1) problems.push(`spills sideways ${el.scrollWidth - el.clientWidth}px: ${name(el)}`);
    if (style.overflowY === 'visible' && style.height !== 'auto' && el.style.height !== '' && el.scrollHeight > el.clientHeight + 1) {
      problems.push(`spills downwards ${el.scrollHeight - el.clientHeight}px: ${name(el)}`);
    }
  }
  // A modal dialog lives in the top layer: it must fit the window.
  const dialog = document.querySelector('dialog[open]');
  if (dialog) {
    const r = dialog.getBoundingClientRect();
    if (r.left < -1 || r.right > window.innerWidth + 1) problems.push(`the dialog is wider than the window: ${name(dialog)}`);
  }
  return problems;
}

/**
 * The cramped layouts issue 13 found at 1024 px, each checked on its screen:
 * "New client" pushed to a second line, theme fields squeezed to ~140 px, the
 * posts log without room for the text, the year's heatmap cut off at today's end.
 */
function findCramped(screen: string): string[] {
  const problems: string[] = [];
  const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
  if (screen === 'clients') {
    const search = box('[data-testid="client-search"]');
    const create = box('[data-testid="client-create"]');
    if (!search || !create) problems.push('no search box or "New client" button');
    else if (Math.abs(search.top + search.height / 2 - (create.top + create.height / 2)) > 4) problems.push('"New client" is not on the search line');
  }
  if (screen === 'plan-setup') {
    for (const field of document.querySelectorAll('.plan-setup-editors .card:first-child :is(input[type="text"], textarea)')) {
      const width = field.getBoundingClientRect().width;
      if (width < 240) problems.push(`a theme field is ${Math.round(width)} px wide`);
    }
  }
  if (screen === 'posts-log') {
    for (const text of document.querySelectorAll('.post-body')) {
      if (text.getBoundingClientRect().width < 160) problems.push(`a post's text has ${Math.round(text.getBoundingClientRect().width)} px`);
    }
  }
  if (screen === 'heatmap') {
    for (const svg of document.querySelectorAll('[data-testid^="heatmap-"] svg[role="img"]')) {
      const card = svg.closest('.card')!.getBoundingClientRect();
      if (svg.getBoundingClientRect().right > card.right + 1) problems.push('a heatmap is cut off on the right (today\'s end)');
    }
  }
  return problems;
}

interface Visit { screen: string; problems: string[] }

async function setUp(app: AppUnderTest, lang: Lang, theme: Theme): Promise<void> {
  const { page } = app;
  await page.evaluate(async ([l, th]) => {
    await window.vitrine.workspaceOpenDemo();
    await window.vitrine.settingsUpdate({ locale: l, theme: th });
  }, [lang, theme] as const);
  await page.reload();
  await page.waitForSelector('.app');
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
}

async function goTo(page: Page, view: string): Promise<void> {
  await page.getByTestId(`nav-${view}`).click();
  await page.locator('main h1').first().waitFor();
}

async function planTab(page: Page, tab: string): Promise<void> {
  await page.getByTestId(`plan-tab-${tab}`).click();
  await expect.poll(() => page.getByTestId(`plan-tab-${tab}`).getAttribute('aria-selected')).toBe('true');
}

/** Every main screen at the current size; `look` checks and saves each. */
async function visitAll(page: Page, look: (screen: string) => Promise<void>): Promise<void> {
  /** Scrolls a part of the screen into view first, for the screenshot. */
  const lookAt = async (screen: string, selector: string) => {
    await page.locator(selector).first().scrollIntoViewIfNeeded();
    await look(screen);
  };
  await goTo(page, 'clients');
  await page.getByTestId('client-row').first().waitFor();
  await look('clients');

  await goTo(page, 'inventory');
  await page.getByTestId('profile-row').first().waitFor();
  await look('inventory');
  await page.getByTestId('profile-edit').first().click();
  await page.getByTestId('profile-editor').waitFor();
  await look('editor');
  await page.keyboard.press('Escape');
  await page.getByTestId('profile-editor').waitFor({ state: 'detached' });

  await goTo(page, 'audit');
  await page.getByTestId('audit-score').waitFor();
  await look('audit');
  await lookAt('audit-matrix', '[data-testid="link-matrix"]');

  await goTo(page, 'plan');
  await planTab(page, 'setup');
  await look('plan-setup');
  await planTab(page, 'calendar');
  await page.getByTestId('cal-view-month').click();
  await look('calendar-month');
  await page.getByTestId('cal-view-week').click();
  await look('calendar-week');
  await page.getByTestId('cal-view-agenda').click();
  await look('calendar-list');
  await page.getByTestId('cal-view-month').click();
  await planTab(page, 'posts');
  await page.getByTestId('post-row').first().waitFor();
  await look('posts-log');
  await planTab(page, 'regularity');
  await lookAt('heatmap', '[data-testid^="heatmap-"]');

  await goTo(page, 'reports');
  await page.getByTestId('report-summary').waitFor();
  await look('reports');

  await goTo(page, 'settings');
  await page.getByTestId('settings-language').waitFor();
  await look('settings');
}

async function visitEverySize(app: AppUnderTest, lang: Lang, theme: Theme): Promise<Visit[]> {
  const visits: Visit[] = [];
  await setUp(app, lang, theme);
  for (const size of SIZES) {
    await app.page.setViewportSize(size);
    await visitAll(app.page, async (screen) => {
      const problems = [...await app.page.evaluate(findOverflow), ...await app.page.evaluate(findCramped, screen)];
      visits.push({ screen: `${screen} ${size.width}×${size.height} ${lang} ${theme}`, problems });
      await app.page.screenshot({ path: path.join(ROOT, `test-output/screenshots/layout-${screen}-${size.width}-${lang}-${theme}.png`) });
    });
  }
  return visits;
}

describe('layout from 1024×700 up (issue 13)', () => {
  for (const [lang, theme] of [['fr', 'light'], ['en', 'dark'], ['fr', 'dark'], ['en', 'light']] as const) {
    it(`nothing overflows on any main screen — ${lang}, ${theme} theme, 1024×700 and 1440×900`, { timeout: 240_000 }, async () => {
      const app = await launchApp({ systemLocale: lang === 'fr' ? 'fr-FR' : 'en-US' });
      try {
        const visits = await visitEverySize(app, lang, theme);
        expect(visits).toHaveLength(2 * 13);
        const failing = visits.filter((v) => v.problems.length > 0).map((v) => `── ${v.screen}\n   ${v.problems.join('\n   ')}`);
        expect(failing.join('\n'), 'screens that overflow').toBe('');
      } finally {
        await app.close();
      }
    });
  }
});

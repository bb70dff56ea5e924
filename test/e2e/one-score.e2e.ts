import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { putWorkspace, type HandlerDeps } from '../../electron/services/handlers/context';
import { Vault } from '../../electron/services/vault';
import { clientWorkspace } from '../fixtures/report/client';
import { closeBrowser, launchApp, type AppUnderTest } from '../support/app-harness';
import { formatViolations, isBlocking, runAxe } from '../support/axe';

afterAll(closeBrowser);

/**
 * Issue 10, "one score everywhere": the inventory, the audit screen, the clients list, the
 * consultant view (All clients) and the report show the same score, coverage and progress for
 * the same client, and all change together when another main profile is picked.
 */

/** A data folder holding the report's client (LinkedIn, Malt, X, a score history), saved today as the app saves it. */
function seeded(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vitrine-one-score-'));
  const vault = new Vault({ dir, debounceMs: 60_000 });
  const deps: HandlerDeps = {
    vault, info: { version: '0', systemLocale: 'fr-FR', dataDir: dir }, openExternal: async () => undefined,
    newId: () => 'id', now: () => new Date(), demoWorkspaceText: () => '',
  };
  const ws = putWorkspace(deps, clientWorkspace());
  vault.update((data) => ({ ...data, activeWorkspaceId: ws.id }));
  vault.flush();
  return dir;
}

interface Figures {
  score: number;
  coverage: number;
  /** The progress figure: today's score against the last one of an earlier day. */
  delta: number;
}

const int = (text: string | null, re: RegExp): number => {
  const m = re.exec((text ?? '').replace(/\u2212/g, '-'));
  if (!m) throw new Error(`"${text}" does not match ${re}`);
  return Number(m[1]);
};

async function go(page: Page, view: string): Promise<void> {
  await page.getByTestId(`nav-${view}`).click();
}

async function onInventory(page: Page): Promise<Figures> {
  await go(page, 'inventory');
  const line = page.getByTestId('inventory-score');
  await line.waitFor();
  const text = await line.textContent();
  return { score: int(text, /(\d+)\/100/), coverage: int(text, /(\d+) %/), delta: int(await page.getByTestId('inventory-progress').textContent(), /^([+-]?\d+) points/) };
}

async function onAudit(page: Page): Promise<Figures> {
  await go(page, 'audit');
  await page.getByTestId('audit-mode-client').click();
  const text = await page.getByTestId('audit-score-line').textContent();
  return { score: int(text, /^(\d+)\/100/), coverage: int(text, /(\d+) %/), delta: int(await page.getByTestId('audit-progress').textContent(), /^([+-]?\d+) points/) };
}

/** "↑4", "↓3", "→": the clients list's trend arrow. */
const arrow = (text: string | null): number => (text?.startsWith('↓') ? -1 : 1) * (Number(text?.slice(1)) || 0);

async function onClientsList(page: Page): Promise<Figures> {
  await go(page, 'clients');
  const row = page.getByTestId('client-row').first();
  await row.waitFor();
  return {
    score: int(await row.getByTestId('client-score').locator('.chip').textContent(), /^(\d+)$/),
    coverage: int(await row.getByTestId('client-coverage').textContent(), /^(\d+) %$/),
    delta: arrow(await row.getByTestId('client-trend').textContent()),
  };
}

/** "▲ 4", "▼ 3", "=": the consultant view's trend. */
const triangle = (text: string | null): number => (text?.startsWith('▼') ? -1 : 1) * (Number(text?.slice(1).trim()) || 0);

async function onConsultantView(page: Page): Promise<Figures> {
  await go(page, 'audit');
  await page.getByTestId('audit-mode-all').click();
  const row = page.getByTestId('client-score-row').first();
  await row.waitFor();
  const figures = {
    score: int(await row.getByTestId('client-score-ring').locator('.score-ring-number').textContent(), /^(\d+)$/),
    coverage: int(await row.getByTestId('client-score-coverage').textContent(), /^(\d+) %/),
    delta: triangle(await row.getByTestId('client-score-trend').textContent()),
  };
  await page.getByTestId('audit-mode-client').click();
  return figures;
}

async function onReport(page: Page): Promise<Figures> {
  await go(page, 'reports');
  const paper = page.getByTestId('report-paper');
  const cover = paper.locator('.coverage');
  await cover.waitFor();
  const text = await cover.textContent();
  const score = int(text, /^(\d+)\/100/);
  expect(Number(await page.getByTestId('report-score').textContent())).toBe(score);
  expect(int(await paper.locator('.progress-figures .cur').textContent(), /^(\d+)$/)).toBe(score);
  return { score, coverage: int(text, /(\d+) %/), delta: int(await paper.locator('.progress-figures .delta').textContent(), /^([+-]?\d+)$/) };
}

async function fiveScreens(page: Page) {
  return {
    inventory: await onInventory(page),
    audit: await onAudit(page),
    clientsList: await onClientsList(page),
    consultantView: await onConsultantView(page),
    report: await onReport(page),
  };
}

function expectAllEqual(screens: Record<string, Figures>): Figures {
  const audit = screens.audit!;
  for (const [name, figures] of Object.entries(screens)) expect({ screen: name, ...figures }).toEqual({ screen: name, ...audit });
  return audit;
}

/** Which profile each screen names as the main one, and the words it uses. */
async function mainProfileShown(page: Page) {
  await go(page, 'inventory');
  const badge = page.getByTestId('profile-row').filter({ has: page.getByTestId('profile-main') });
  await expect.poll(() => badge.count()).toBe(1);
  const inventory = { id: await badge.getAttribute('data-profile-id'), text: await badge.getByTestId('profile-main').textContent() };
  await go(page, 'audit');
  const line = page.getByTestId('audit-main-profile');
  const audit = { id: await line.getAttribute('data-profile-id'), text: await line.textContent() };
  await go(page, 'reports');
  const cover = page.getByTestId('report-paper').locator('.main-profile');
  const report = { id: await cover.getAttribute('data-profile-id'), text: await cover.textContent() };
  return { inventory, audit, report };
}

/** Profile scores: the inventory's chips and the audit's cards agree. */
async function profileScores(page: Page): Promise<void> {
  await go(page, 'inventory');
  await page.getByTestId('profile-score').first().waitFor();
  const inventory = new Map<string, number>();
  for (const row of await page.getByTestId('profile-row').all()) {
    const chip = row.getByTestId('profile-score');
    if (await chip.count()) inventory.set((await row.getAttribute('data-profile-id'))!, int(await chip.textContent(), /(\d+)/));
  }
  await go(page, 'audit');
  const audit = new Map<string, number>();
  for (const card of await page.locator('[data-testid=profile-score][data-profile]').all()) {
    audit.set((await card.getAttribute('data-profile'))!, Number(await card.locator('.score-ring').getAttribute('data-score')));
  }
  expect(inventory.size).toBeGreaterThanOrEqual(3);
  for (const [id, score] of inventory) expect({ id, score }).toEqual({ id, score: audit.get(id) });
}

async function openEditor(page: Page, profileId: string): Promise<void> {
  await go(page, 'inventory');
  await page.locator(`[data-testid=profile-row][data-profile-id="${profileId}"]`).getByTestId('profile-edit').click();
  await page.getByTestId('profile-editor').waitFor();
}

async function closeEditor(app: AppUnderTest): Promise<void> {
  await app.page.getByTestId('editor-done').click();
  await app.page.getByTestId('profile-editor').waitFor({ state: 'detached' });
}

/** The edit is saved: the clients list and the consultant view read what the last save recorded. */
async function saved(app: AppUnderTest, mainProfileId: string | null): Promise<void> {
  await expect.poll(() => app.vault.data.workspaces[0]?.mainProfileId).toBe(mainProfileId);
  const live = (await onAudit(app.page)).score;
  await expect.poll(async () => (await onClientsList(app.page)).score).toBe(live);
}

describe('one score on five screens', () => {
  it('the inventory, the audit, the clients list, the consultant view and the report agree, and move together when another main profile is picked', { timeout: 180_000 }, async () => {
    const app = await launchApp({ dataDir: seeded(), systemLocale: 'fr-FR' });
    try {
      const { page } = app;
      await page.getByTestId('inventory-title').or(page.getByTestId('client-row').first()).first().waitFor();

      // By default LinkedIn is the main profile: the client is looking for a job.
      const before = expectAllEqual(await fiveScreens(page));
      expect(before.score).toBeGreaterThan(0);
      await profileScores(page);
      expect(await mainProfileShown(page)).toEqual({
        inventory: { id: 'li', text: '★ Profil principal — pour une recherche d’emploi' },
        audit: { id: 'li', text: '★ Profil principal : LinkedIn — pour une recherche d’emploi (compte triple)' },
        report: { id: 'li', text: 'Profil principal : LinkedIn — pour une recherche d’emploi' },
      });

      await page.setViewportSize({ width: 1024, height: 700 });
      await go(page, 'reports');
      await page.getByTestId('report-paper').locator('.cover-score').screenshot({ path: path.join(__dirname, '../../test-output/screenshots/one-score-04-report-cover-fr.png') });
      // LinkedIn's editor says it is the main profile, and why.
      await openEditor(page, 'li');
      expect(await page.getByTestId('main-profile-status').textContent()).toBe('C’est le profil principal, choisi automatiquement pour une recherche d’emploi : il compte trois fois plus que les autres dans le score. Choisissez-en un autre depuis son éditeur si vous préférez.');
      expect(await page.getByTestId('main-profile-pick').count()).toBe(0);
      await page.getByTestId('main-profile-field').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(__dirname, '../../test-output/screenshots/one-score-00-editor-auto-fr.png') });
      await closeEditor(app);

      // Pick X as the main profile from its editor.
      await openEditor(page, 'x');
      const field = page.getByTestId('main-profile-field');
      expect(await field.getByTestId('main-profile-status').textContent()).toBe('Le profil principal est LinkedIn — pour une recherche d’emploi.');
      // By keyboard: the focus moves to the button that goes back, so Enter twice is a round trip.
      await field.getByTestId('main-profile-pick').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => field.getByTestId('main-profile-status').textContent()).toBe('C’est le profil principal, choisi par vous : il compte trois fois plus que les autres dans le score.');
      await expect.poll(() => field.getByTestId('main-profile-auto').evaluate((el) => el === document.activeElement)).toBe(true);
      await field.scrollIntoViewIfNeeded();
      await app.screenshot('one-score-01-editor-main-fr');
      expect(formatViolations((await runAxe(page, { include: ['[data-testid=profile-editor]'] })).filter(isBlocking))).toBe('');
      await closeEditor(app);
      await saved(app, 'x');

      const after = expectAllEqual(await fiveScreens(page));
      expect(after.score).not.toBe(before.score);
      // Same earlier day on every screen: the progress moves by exactly the score's change.
      expect(after.delta - before.delta).toBe(after.score - before.score);
      await profileScores(page);
      expect(await mainProfileShown(page)).toEqual({
        inventory: { id: 'x', text: '★ Profil principal — choisi par vous' },
        audit: { id: 'x', text: '★ Profil principal : X (Twitter) — choisi par vous (compte triple)' },
        report: { id: 'x', text: 'Profil principal : X (Twitter) — choisi par vous' },
      });
      await go(page, 'inventory');
      await app.screenshot('one-score-02-inventory-fr');
      expect(formatViolations((await runAxe(page)).filter(isBlocking))).toBe('');
      await go(page, 'audit');
      await page.locator('.audit-score-card').screenshot({ path: path.join(__dirname, '../../test-output/screenshots/one-score-03-audit-fr.png') });

      // Back to the automatic choice: LinkedIn again, and the first figures again.
      await openEditor(page, 'x');
      const status = page.getByTestId('main-profile-status');
      await page.getByTestId('main-profile-auto').click();
      await expect.poll(() => status.textContent()).toBe('Le profil principal est LinkedIn — pour une recherche d’emploi.');
      expect(await page.getByTestId('main-profile-auto').count()).toBe(0);
      await closeEditor(app);
      await saved(app, null);
      expect(expectAllEqual(await fiveScreens(page))).toEqual(before);

      // Deleting the picked main profile goes back to the automatic choice, and the save goes through.
      await openEditor(page, 'x');
      await page.getByTestId('main-profile-pick').click();
      await page.getByTestId('editor-delete').click();
      await page.getByRole('button', { name: 'Supprimer', exact: true }).click();
      await expect.poll(() => app.vault.data.workspaces[0]?.profiles.some((p) => p.id === 'x')).toBe(false);
      expect(app.vault.data.workspaces[0]?.mainProfileId).toBeNull();
      expect((await mainProfileShown(page)).inventory.id).toBe('li');
    } finally {
      await app.close();
    }
  });
});

import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planStatus } from '../../shared/domain/plan/adherence';
import { reminderRef } from '../../shared/domain/plan/reminders';
import { closeBrowser, launchApp, ROOT, type AppUnderTest } from '../support/app-harness';
import { formatViolations, isBlocking, runAxe } from '../support/axe';

afterAll(closeBrowser);

async function openDemo(app: AppUnderTest): Promise<void> {
  await app.page.getByTestId('open-demo').click();
  await expect.poll(() => app.vault.data.workspaces.length).toBe(1);
}

async function noBlockingAxe(app: AppUnderTest, include: string[]): Promise<void> {
  const blocking = (await runAxe(app.page, { include })).filter(isBlocking);
  expect(blocking, formatViolations(blocking)).toEqual([]);
}

describe('desktop: diagnostics, data folder, reminders, menus, opened files (Chromium bridge)', () => {
  it('Help › Diagnostics shows versions, the store and the last errors, redacted, and saves them as text', async () => {
    const app = await launchApp({ systemLocale: 'en-US', lastErrors: ['2026-11-30T10:00:00.000Z error ipc workspace:save: Error: ENOSPC writing <path>.json'] });
    try {
      await openDemo(app);
      await app.push('menu:command', { command: 'diagnostics' });
      const dialog = app.page.getByTestId('diagnostics-dialog');
      await dialog.getByText('0.0.0-e2e').waitFor();
      const text = await dialog.textContent();
      expect(text).toContain(app.vault.storePath);
      expect(text).toContain('default folder');
      expect(text).toMatch(/Clients\s*1/);
      expect(await dialog.getByTestId('diagnostics-errors').textContent()).toContain('ENOSPC writing <path>.json');
      // The same check as `vitrine doctor`, in counts only.
      expect(text).toContain('clients: 1, profiles: 7');
      expect(text).toMatch(/store: ok, schemaVersion \d+/);
      await noBlockingAxe(app, ['[data-testid="diagnostics-dialog"]']);
      await app.screenshot('desktop-01-diagnostics');
      const [download] = await Promise.all([app.page.waitForEvent('download'), dialog.getByTestId('diagnostics-save').click()]);
      expect(download.suggestedFilename()).toBe('vitrine-diagnostics.txt');
      const saved = readFileSync(await download.path(), 'utf8');
      expect(saved).toContain('Vitrine — Diagnostics');
      expect(saved).toContain('ENOSPC');
      // The demo client's name never appears in what is saved.
      expect(saved).not.toContain(app.vault.data.workspaces[0]!.person.displayName);
    } finally {
      await app.close();
    }
  });

  it('Settings › Data shows the folder, moves it (copy, verify) and keeps the old one; a refused move keeps the old folder in use', async () => {
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'vitrine-move-')), 'Vitrine');
    let choice: string | null = target;
    const app = await launchApp({ systemLocale: 'fr-FR', chooseFolder: () => choice });
    try {
      await openDemo(app);
      await app.page.getByTestId('nav-settings').click();
      const section = app.page.getByTestId('settings-data-folder');
      await expect.poll(() => section.getByTestId('data-dir').textContent()).toBe(app.dataDir);
      await noBlockingAxe(app, ['main']);
      await app.screenshot('desktop-02-settings-data');

      // A folder that already holds Vitrine data is refused: nothing switches.
      choice = app.dataDir + '-other';
      const { mkdirSync, writeFileSync } = await import('node:fs');
      mkdirSync(choice);
      writeFileSync(path.join(choice, 'vitrine.json'), '{}');
      await section.getByTestId('data-move').click();
      await expect.poll(() => section.getByTestId('data-move-message').locator('.plain-error-sentence').textContent()).toMatch(/^Rien n’a été déplacé : ce dossier contient déjà des données Vitrine ; choisissez un dossier vide\. Vitrine continue d’utiliser /);
      // The folder itself, the system's side of it, is under Détails.
      expect(await section.getByTestId('data-move-detail').textContent()).toBe(choice);
      expect(app.restarts).toBe(0);
      await noBlockingAxe(app, ['main']);
      await section.getByTestId('data-move-message').scrollIntoViewIfNeeded();
      await app.screenshot('desktop-02b-settings-data-refused');

      choice = target;
      await section.getByTestId('data-move').click();
      await expect.poll(() => section.getByTestId('data-move-message').textContent()).toContain('copiées et vérifiées');
      expect(app.restarts).toBe(1);
      expect(readdirSync(target).sort()).toEqual(['backups', 'vitrine.json']);
      expect(JSON.parse(readFileSync(path.join(target, 'vitrine.json'), 'utf8')).workspaces).toHaveLength(1);
      // The old folder is kept until the user confirms.
      expect(existsSync(app.vault.storePath)).toBe(true);
      expect(await section.getByTestId('data-previous').textContent()).toBe(app.dataDir);
      await app.screenshot('desktop-03-settings-data-moved');
    } finally {
      await app.close();
    }
  });

  it('Settings › Reminders turns a network off, and the ICS export offers the alarm (off by default)', async () => {
    const app = await launchApp({ systemLocale: 'en-US' });
    try {
      await openDemo(app);
      await app.page.getByTestId('nav-settings').click();
      const reminders = app.page.getByTestId('settings-reminders');
      // The box follows the stored setting once the main process has it.
      await reminders.getByTestId('reminders-network-linkedin').click();
      await expect.poll(() => app.vault.data.settings.reminders.offNetworks).toEqual(['linkedin']);
      await expect.poll(() => reminders.getByTestId('reminders-network-linkedin').isChecked()).toBe(false);
      await reminders.getByTestId('reminders-lead').selectOption('30');
      await expect.poll(() => app.vault.data.settings.reminders.leadMinutes).toBe(30);
      await noBlockingAxe(app, ['[data-testid="settings-reminders"]']);
      await app.page.getByTestId('nav-plan').click();
      const alarm = app.page.getByTestId('ics-alarm');
      expect(await alarm.isChecked()).toBe(false);
      expect(await app.page.locator('.ics-export').textContent()).toContain('30 minutes before');
      await alarm.click();
      const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('ics-export').click()]);
      expect(readFileSync(await download.path(), 'utf8')).toMatch(/BEGIN:VALARM[\s\S]*TRIGGER:-PT30M/);
    } finally {
      await app.close();
    }
  });

  it('a clicked reminder opens its slot with the draft ready to copy, and can be snoozed', async () => {
    const app = await launchApp({ systemLocale: 'fr-FR' });
    try {
      await openDemo(app);
      const ws = app.vault.data.workspaces[0]!;
      const today = new Date().toISOString().slice(0, 10);
      const later = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
      const slot = planStatus(ws, { from: today, to: later }, new Date(), { weekStartsOn: 1 }).slots.find((s) => s.state === 'upcoming')!;
      expect(slot).toBeDefined();
      // A draft for that slot, as the posts log would hold it.
      app.vault.update((d) => ({
        ...d,
        workspaces: d.workspaces.map((w) => (w.id !== ws.id ? w : {
          ...w,
          posts: [...w.posts.filter((p) => p.slotKey !== slot.key), { id: 'draft-e2e', profileId: slot.profileId, network: slot.network, theme: '', text: 'Trois conseils pour votre officine', link: '', promotional: false, notes: '', slotKey: slot.key, source: null, status: 'draft' as const, date: slot.start }],
        })),
      }));
      await app.push('reminder:open', { workspaceId: ws.id, slotKey: slot.key });
      const dialog = app.page.getByTestId('slot-dialog');
      await expect.poll(() => dialog.getByTestId('slot-draft').textContent()).toBe('Trois conseils pour votre officine');
      expect(await dialog.getByTestId('slot-reminder').textContent()).toContain('c’est l’heure de publier');
      await noBlockingAxe(app, ['[data-testid="slot-dialog"]']);
      await app.screenshot('desktop-04-reminder-slot');
      await dialog.getByTestId('slot-snooze').click();
      await expect.poll(() => app.snoozed).toEqual([[reminderRef(ws.id, slot.key), 10]]);
    } finally {
      await app.close();
    }
  });

  it('a .vitrine.json opened from the system shows the import preview; the menu opens About with the licences', async () => {
    const app = await launchApp({ systemLocale: 'en-US' });
    try {
      const bytes = new Uint8Array(readFileSync(path.join(ROOT, 'examples/demo.vitrine.json')));
      await app.push('file:open', { files: [{ name: 'demo.vitrine.json', bytes }] });
      const dialog = app.page.getByTestId('import-dialog');
      await dialog.waitFor();
      await expect.poll(async () => (await dialog.textContent()) ?? '').toMatch(/LinkedIn/);
      await app.screenshot('desktop-05-file-open-preview');
      await dialog.press('Escape');
      // At once, as a quick user would: the import's late 'close' event must not close About.
      await app.push('menu:command', { command: 'about' });
      const about = app.page.getByTestId('about-dialog');
      await about.getByTestId('about-version').waitFor();
      expect(await about.getByTestId('about-version').textContent()).toBe('Version 0.0.0-e2e');
      await expect.poll(async () => (await about.textContent()) ?? '').toMatch(/zod [\d.]+MIT/);
      await noBlockingAxe(app, ['[data-testid="about-dialog"]']);
    } finally {
      await app.close();
    }
  });
});

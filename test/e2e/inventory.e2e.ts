import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../shared/schema/workspace';
import { closeBrowser, launchApp, type AppUnderTest } from '../support/app-harness';
import { createClient } from '../support/e2e-steps';

afterAll(closeBrowser);

async function paste(app: AppUnderTest, text: string): Promise<void> {
  const input = app.page.getByTestId('paste-profile');
  await input.fill(text);
}

const stored = (app: AppUnderTest, name: string): Workspace => {
  const ws = app.vault.data.workspaces.find((w) => w.name === name);
  if (!ws) throw new Error(`no workspace ${name}`);
  return ws;
};

/**
 * Everything but what identifies the copy (id, name) and what every save
 * stamps: updatedAt, and the time of today's score point (one point per day).
 */
function content(ws: Workspace) {
  const { id: _id, name: _name, updatedAt: _at, scoreHistory, ...rest } = ws;
  return { ...rest, scoreHistory: scoreHistory.map((p) => ({ day: p.at.slice(0, 10), score: p.score })) };
}

const HEADLINE_233 = `Pharmacienne titulaire — officine de quartier, conseil en phytothérapie et suivi des patients chroniques. ${'x'.repeat(233)}`.slice(0, 233);

describe('inventory screen', () => {
  it('adds a pasted profile with its network detected, warns over the limit, and keeps it all after a restart', async () => {
    let app = await launchApp({ systemLocale: 'en-GB' });
    try {
      const { page } = app;
      await createClient(app, 'Nadia Benali');
      await page.getByTestId('profiles-empty').waitFor();

      // A look-alike host is refused, with the reason in the UI language.
      await paste(app, 'https://linkedin.com.evil.example/in/nadia');
      await expect.poll(() => page.getByTestId('paste-refused').textContent()).toContain('imitates LinkedIn');
      expect(await page.getByTestId('paste-add').isDisabled()).toBe(true);

      await paste(app, 'https://fr.linkedin.com/in/nadia-benali-pharma/?trk=x');
      await expect.poll(() => page.getByTestId('paste-detected').textContent()).toBe('Recognised: LinkedIn — nadia-benali-pharma');
      await page.keyboard.press('Enter');
      const row = page.getByTestId('group-linkedin').getByTestId('profile-row');
      await row.waitFor();
      expect(await row.textContent()).toContain('nadia-benali-pharma');
      await expect.poll(() => stored(app, 'Nadia Benali').profiles.map((p) => [p.network, p.handle, p.url])).toEqual([
        ['linkedin', 'nadia-benali-pharma', 'https://www.linkedin.com/in/nadia-benali-pharma'],
      ]);

      // The same profile again is spotted as a duplicate.
      await paste(app, 'linkedin.com/in/Nadia-Benali-Pharma');
      await page.getByTestId('paste-duplicate').waitFor();

      // A Mastodon address and an @handle.
      await paste(app, '@nadia@mastodon.social');
      await expect.poll(() => page.getByTestId('paste-detected').textContent()).toContain('Mastodon');
      await page.getByTestId('paste-add').click();
      await page.getByTestId('group-mastodon').waitFor();

      // Over-limit headline: the counter turns red with a clear message.
      await row.getByTestId('profile-edit').click();
      const editor = page.getByTestId('profile-editor');
      await editor.waitFor();
      await editor.getByTestId('field-headline').fill(HEADLINE_233);
      const counter = editor.getByTestId('field-headline-count');
      await expect.poll(() => counter.textContent()).toBe('233 / 220 — LinkedIn headlines are limited to 220 characters');
      expect(await editor.getByTestId('field-headline').getAttribute('aria-invalid')).toBe('true');
      expect(await editor.getByTestId('field-headline').getAttribute('aria-describedby')).toContain('field-headline-count');
      expect(await counter.getAttribute('class')).toContain('error');
      await editor.getByTestId('field-displayName').fill('Nadia Benali');
      await editor.getByTestId('field-keywords').fill('Phytothérapie');
      await page.keyboard.press('Enter');
      await editor.getByTestId('fact-photo-known').check();
      await app.screenshot('inventory-02-editor-over-limit');
      await page.keyboard.press('Escape');
      await editor.waitFor({ state: 'detached' });

      await expect.poll(() => stored(app, 'Nadia Benali').profiles[0]?.headline).toBe(HEADLINE_233);
      app = await app.restart();
      await app.page.getByTestId('nav-inventory').click();
      await app.page.getByTestId('group-linkedin').getByTestId('profile-edit').click();
      const reopened = app.page.getByTestId('profile-editor');
      expect(await reopened.getByTestId('field-headline').inputValue()).toBe(HEADLINE_233);
      expect(await reopened.getByTestId('field-displayName').inputValue()).toBe('Nadia Benali');
      expect(await reopened.getByTestId('fact-photo-known').isChecked()).toBe(true);
      expect(stored(app, 'Nadia Benali').profiles.map((p) => p.network)).toEqual(['linkedin', 'mastodon']);
      expect(stored(app, 'Nadia Benali').profiles[0]?.keywords).toEqual(['Phytothérapie']);
    } finally {
      await app.close();
    }
  }, 60_000);

  it('round-trips a client through a .vitrine.json export and a replace import, and refuses an invalid file untouched', async () => {
    const app = await launchApp({ systemLocale: 'en-GB' });
    try {
      const { page } = app;
      await page.getByTestId('open-demo').click();
      const demoName = 'Camille Moreau (démo)';
      await expect.poll(() => page.getByTestId('inventory-title').textContent()).toBe(demoName);

      // Export through the UI: a download with the client's file.
      const download = page.waitForEvent('download');
      await page.getByTestId('export-menu').click();
      await page.getByTestId('export-vitrine').click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.vitrine\.json$/);
      const dir = mkdtempSync(path.join(tmpdir(), 'vitrine-export-'));
      const exported = path.join(dir, file.suggestedFilename());
      await file.saveAs(exported);
      expect(JSON.parse(readFileSync(exported, 'utf8'))).toMatchObject({ format: 'vitrine-workspace' });

      await createClient(app, 'Copy target');
      await page.getByTestId('import-open').click();
      const dialog = page.getByTestId('import-dialog');
      await dialog.getByTestId('import-mode-replace').check();
      await dialog.getByTestId('import-files-input').setInputFiles(exported);
      await dialog.getByTestId('import-preview').waitFor();
      expect(await dialog.getByTestId('import-changes').textContent()).toContain('LinkedIn');
      await app.screenshot('inventory-03-import-preview');
      await dialog.getByTestId('import-apply').click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('inventory-title').textContent()).toBe(demoName);
      await expect.poll(() => app.vault.data.workspaces.filter((w) => w.name === demoName).length).toBe(2);
      const [original, copy] = app.vault.data.workspaces.filter((w) => w.name === demoName);
      expect(copy!.id).not.toBe(original!.id);
      expect(content(copy!)).toEqual(content(original!));

      // Invalid files: a clear error, and the client is exactly as before.
      const before = JSON.stringify(app.vault.data.workspaces.find((w) => w.id === copy!.id));
      const truncated = path.join(dir, 'truncated.vitrine.json');
      writeFileSync(truncated, '{"format": "vitrine-workspace", "version": 1, "workspace": {"name": ');
      const wrongField = path.join(dir, 'wrong-field.vitrine.json');
      const edited = JSON.parse(readFileSync(exported, 'utf8')) as { workspace: { profiles: { status: string }[] } };
      edited.workspace.profiles[1]!.status = 'sleeping';
      writeFileSync(wrongField, JSON.stringify(edited));
      const cases: [string, RegExp][] = [
        [truncated, /invalid JSON/],
        // The detail names the field and the allowed values.
        [wrongField, /invalid: workspace\.profiles\[1\]\.status: .*allowed: "active"/],
      ];
      for (const [bad, message] of cases) {
        await page.getByTestId('import-open').click();
        await dialog.getByTestId('import-files-input').setInputFiles(bad);
        const error = dialog.getByTestId('import-error');
        await error.waitFor();
        // In plain words first; the technical text only behind Details.
        expect(await dialog.getByTestId('import-error-message').innerText()).toMatch(/^Vitrine recognises this file, but part of it cannot be read\.\s+.*Nothing was changed\.\s*Details$/s);
        expect(await dialog.getByTestId('import-error-detail').textContent()).toMatch(message);
        expect(await dialog.getByTestId('import-apply').isDisabled()).toBe(true);
        if (bad === wrongField) await app.screenshot('inventory-04-import-error');
        await dialog.getByTestId('import-cancel').click();
        await dialog.waitFor({ state: 'detached' });
      }
      expect(JSON.stringify(app.vault.data.workspaces.find((w) => w.id === copy!.id))).toBe(before);
    } finally {
      await app.close();
    }
  }, 60_000);

  it('exports through the channel and re-imports into a new client from the first-start screen', async () => {
    const app = await launchApp({ systemLocale: 'fr-FR' });
    try {
      const { page } = app;
      await page.getByTestId('open-demo').click();
      await page.getByTestId('inventory-title').waitFor();
      const id = app.vault.data.workspaces[0]!.id;
      const exported = await page.evaluate(async (wsId) => {
        const api = (window as unknown as { vitrine: Record<string, (i: unknown) => Promise<{ ok: boolean; value: { base64: string; fileName: string } }>> }).vitrine;
        const res = await api.workspaceExport!({ id: wsId, format: 'vitrine' });
        await api.workspaceDelete!({ id: wsId });
        return res.value;
      }, id);
      const dir = mkdtempSync(path.join(tmpdir(), 'vitrine-export-'));
      const file = path.join(dir, exported.fileName);
      writeFileSync(file, Buffer.from(exported.base64, 'base64'));
      const original = app.vault.data.trash[0]!.workspace;

      await page.reload();
      await page.getByTestId('import-first').click();
      const dialog = page.getByTestId('import-dialog');
      await dialog.getByTestId('import-files-input').setInputFiles(file);
      await dialog.getByTestId('import-preview').waitFor();
      await dialog.getByTestId('import-apply').click();
      await expect.poll(() => page.getByTestId('inventory-title').textContent()).toBe(original.name);
      expect(app.vault.data.workspaces).toHaveLength(1);
      expect(content(app.vault.data.workspaces[0]!)).toEqual(content(original));
    } finally {
      await app.close();
    }
  }, 60_000);

  it("opens the editor on the audit's field (Fix it) and accepts a user-defined network", async () => {
    const app = await launchApp({ systemLocale: 'en-GB' });
    try {
      const { page } = app;
      await createClient(app, 'Marc Leroy');
      await paste(app, 'https://www.linkedin.com/in/marc-leroy');
      await page.getByTestId('paste-add').click();
      await page.getByTestId('group-linkedin').waitFor();

      // A profile added from its address has not been looked at: the audit asks to verify, it does not say "missing".
      // Fix it on that item opens the editor on the first fact to check (the display name).
      await page.getByTestId('nav-audit').click();
      expect(await page.locator('[data-testid="finding"][data-code="missing-headline"]').count()).toBe(0);
      await page.locator('[data-testid="finding"][data-code="to-verify"]').getByTestId('fix-it').click();
      await page.getByTestId('profile-editor').waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-displayName');
      await page.getByTestId('field-headline').fill('Product designer');
      await page.keyboard.press('Escape');
      await expect.poll(() => stored(app, 'Marc Leroy').profiles[0]?.headline).toBe('Product designer');

      // A user-defined network: a host already owned by a built-in is refused with the registry's reason.
      await page.locator('.networks-details summary').click();
      await page.getByTestId('net-add').click();
      await page.getByTestId('net-label').fill('Réseau Kiné');
      expect(await page.getByTestId('net-id').inputValue()).toBe('reseau-kine');
      await page.getByTestId('net-host').fill('linkedin.com');
      await page.getByTestId('net-path').fill('/membres/{handle}');
      await page.getByTestId('network-form').getByTestId('limit-headlineMax').fill('80');
      await page.getByTestId('net-save').click();
      await expect.poll(() => page.getByTestId('network-problems').textContent()).toContain('already belongs to network "linkedin"');
      expect(stored(app, 'Marc Leroy').customNetworks).toEqual([]);

      await page.getByTestId('net-host').fill('https://www.reseau-kine.example/');
      await page.getByTestId('net-save').click();
      await page.getByTestId('custom-networks').getByText('Réseau Kiné').waitFor();
      await expect.poll(() => stored(app, 'Marc Leroy').customNetworks.map((n) => [n.id, n.hosts, n.profilePaths, n.limits])).toEqual([
        ['reseau-kine', ['reseau-kine.example'], ['/membres/{handle}'], { headlineMax: 80 }],
      ]);

      // Its profiles are now recognised when pasted, and its own limit applies in the editor.
      await paste(app, 'reseau-kine.example/membres/marc.leroy');
      await expect.poll(() => page.getByTestId('paste-detected').textContent()).toBe('Recognised: Réseau Kiné — marc.leroy');
      await page.getByTestId('paste-add').click();
      await page.getByTestId('group-reseau-kine').getByTestId('profile-edit').click();
      const editor = page.getByTestId('profile-editor');
      await editor.getByTestId('field-headline').fill('x'.repeat(81));
      await expect.poll(() => editor.getByTestId('field-headline-count').textContent()).toBe('81 / 80 — Réseau Kiné headlines are limited to 80 characters');
      await page.keyboard.press('Escape');

      // A built-in's limit overridden for this client (LinkedIn changed its rules).
      const overrides = page.getByTestId('limit-overrides');
      await overrides.getByTestId('override-network').selectOption('linkedin');
      await overrides.getByTestId('limit-headlineMax').fill('10');
      await expect.poll(() => stored(app, 'Marc Leroy').limitOverrides).toEqual({ linkedin: { headlineMax: 10 } });
      await page.getByTestId('group-linkedin').getByTestId('profile-edit').click();
      await expect.poll(() => editor.getByTestId('field-headline-count').textContent()).toBe('16 / 10 — LinkedIn headlines are limited to 10 characters');
    } finally {
      await app.close();
    }
  }, 60_000);

  it('shows the trade the audit reads from the headline, in French, and lets the user correct it', async () => {
    const app = await launchApp({ systemLocale: 'fr-FR' });
    try {
      const { page } = app;
      await createClient(app, 'Regula Iseli');
      const found = page.getByTestId('person-trade-found');
      await expect.poll(() => found.textContent()).toBe('Aucun métier reconnu : choisissez-en un dans la liste pour des suggestions de réseaux adaptées.');
      await page.locator('#person-headline').fill('Diplomierte Krankenpflegerin');
      await expect.poll(() => found.textContent()).toBe('Métier reconnu : infirmière (d’après le titre). Si ce n’est pas le bon, écrivez-le ci-dessus.');
      await page.getByTestId('person-trade').fill('Sage-femme');
      await expect.poll(() => found.textContent()).toContain('Aucun métier reconnu');
      await page.getByTestId('person-trade').fill('Pharmacien');
      await expect.poll(() => found.textContent()).toBe('Métier reconnu : pharmacien (d’après le métier saisi). Si ce n’est pas le bon, écrivez-le ci-dessus.');
      await expect.poll(() => stored(app, 'Regula Iseli').person.trade).toBe('Pharmacien');
      await page.locator('.person-card').screenshot({ path: 'test-output/screenshots/inventory-person-trade.png' });
    } finally {
      await app.close();
    }
  }, 60_000);
});

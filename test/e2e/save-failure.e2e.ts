import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeFs, type VaultFs } from '../../electron/services/vault-fs';
import { closeBrowser, launchApp } from '../support/app-harness';
import { formatViolations, isBlocking, runAxe } from '../support/axe';
import { createClient } from '../support/e2e-steps';

afterAll(closeBrowser);

/**
 * The real vault over a file system that refuses writes in the data folder
 * while `readOnly` is set, as a read-only folder would (the tests may run as
 * root, for whom chmod does not stop a write).
 */
function switchableFs(dataDir: () => string) {
  const state = { readOnly: false };
  const fs: VaultFs = {
    ...nodeFs,
    openNew: (file, mode) => {
      if (state.readOnly && file.startsWith(dataDir())) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' });
      }
      return nodeFs.openNew(file, mode);
    },
  };
  return { state, fs };
}

describe('save failures are shown (built UI in Chromium, real vault)', () => {
  it('shows a banner that stays while the folder is read-only, saves a copy elsewhere, and goes away after Retry', async () => {
    let dir = '';
    const { state, fs } = switchableFs(() => dir);
    const app = await launchApp({ systemLocale: 'fr-FR', fs, prepare: (d) => void (dir = d) });
    try {
      const { page } = app;
      await createClient(app, 'Jeanne Dupont');
      await expect.poll(() => app.vault.hasUnsavedChanges).toBe(false);
      const before = readFileSync(app.vault.storePath, 'utf8');

      state.readOnly = true;
      await page.getByTestId('nav-clients').click();
      await page.getByTestId('client-create').click();
      await page.getByTestId('client-name-input').fill('Paul Martin');
      await page.getByTestId('client-name-ok').click();

      const banner = page.getByTestId('save-failure');
      await banner.waitFor();
      expect(await banner.textContent()).toContain("Vos modifications ne sont pas enregistrées.");
      expect(await banner.textContent()).toContain('Le dossier des données est protégé en écriture');
      // The technical reason is there, behind Détails.
      expect(await page.getByTestId('save-failure-detail').isVisible()).toBe(false);
      await page.getByText('Détails').click();
      expect(await page.getByTestId('save-failure-detail').textContent()).toMatch(/EACCES/);
      const violations = (await runAxe(page, { include: ['[data-testid="save-failure"]'] })).filter(isBlocking);
      expect(violations, formatViolations(violations)).toEqual([]);
      await app.screenshot('save-failure-01-banner-fr');
      // Nothing reached the disk, and the banner stays on another screen.
      expect(readFileSync(app.vault.storePath, 'utf8')).toBe(before);
      await page.getByTestId('nav-settings').click();
      await banner.waitFor();

      // Retry while still read-only: the banner stays and says so.
      await page.getByTestId('save-failure-retry').click();
      await expect.poll(() => page.getByTestId('save-failure-outcome').textContent()).toBe("Toujours impossible d’enregistrer.");

      // Save a copy elsewhere (the save dialog is stubbed to a folder outside the data folder).
      await page.getByTestId('save-failure-copy').click();
      await expect.poll(() => page.getByTestId('save-failure-outcome').textContent()).toContain(app.copyPath);
      const copy = JSON.parse(readFileSync(app.copyPath, 'utf8'));
      expect(copy.workspaces.map((w: { name: string }) => w.name).sort()).toEqual(['Jeanne Dupont', 'Paul Martin']);

      // Permissions restored: Retry writes, and the banner goes away.
      state.readOnly = false;
      await page.getByTestId('save-failure-retry').click();
      await banner.waitFor({ state: 'detached' });
      await app.screenshot('save-failure-02-after-retry');
      const stored = JSON.parse(readFileSync(app.vault.storePath, 'utf8'));
      expect(stored.workspaces.map((w: { name: string }) => w.name).sort()).toEqual(['Jeanne Dupont', 'Paul Martin']);
      expect(app.vault.hasUnsavedChanges).toBe(false);
      expect(existsSync(path.dirname(app.copyPath))).toBe(true);
    } finally {
      state.readOnly = false;
      await app.close();
    }
  });

  it('shows a failure that happened before the screen opened, in English', async () => {
    let dir = '';
    const { state, fs } = switchableFs(() => dir);
    const app = await launchApp({ systemLocale: 'en-GB', fs, prepare: (d) => void (dir = d) });
    try {
      state.readOnly = true;
      app.vault.update((data) => ({ ...data, settings: { ...data.settings, consultantName: 'Agence' } }));
      expect(app.vault.flush()).toBe(false);
      const restarted = await app.page.reload().then(() => app.page);
      const banner = restarted.getByTestId('save-failure');
      await banner.waitFor();
      expect(await banner.textContent()).toContain('Your changes are not saved. The data folder is write-protected');
      expect(await banner.textContent()).toContain('Save a copy elsewhere…');
      await app.screenshot('save-failure-03-banner-en');
      state.readOnly = false;
      await restarted.getByTestId('save-failure-retry').click();
      await banner.waitFor({ state: 'detached' });
    } finally {
      state.readOnly = false;
      await app.close();
    }
  });
});

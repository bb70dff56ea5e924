import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from '../support/app-harness';
import { ARCHIVE_NAME, archiveZip } from '../fixtures/import/mastodon';

afterAll(closeBrowser);

describe('importing a Mastodon account archive (issue 11)', () => {
  it('previews the zip Mastodon gives, applies it (profile, photo, public posts) and undo restores the client', { timeout: 120_000 }, async () => {
    const app = await launchApp({ systemLocale: 'fr-FR' });
    try {
      const { page } = app;
      await page.evaluate(async () => {
        const created = await window.vitrine.workspaceCreate({ name: 'Zoé Martin' });
        if (!created.ok) throw new Error(created.error.message);
      });
      await page.reload();
      const before = JSON.stringify(app.vault.data.workspaces[0]);

      const file = path.join(mkdtempSync(path.join(tmpdir(), 'vitrine-mastodon-')), ARCHIVE_NAME);
      writeFileSync(file, archiveZip());
      await page.getByTestId('nav-inventory').click();
      await page.getByTestId('import-open').click();
      const dialog = page.getByTestId('import-dialog');
      await dialog.getByTestId('import-files-input').setInputFiles(file);
      await dialog.getByTestId('import-preview').waitFor({ timeout: 60_000 });
      const issues = (await dialog.getByTestId('import-issues').textContent()) ?? '';
      expect(issues).toContain('2 posts réservés aux abonnés ou en message direct, non importés');
      expect(issues).toContain("1 partage (boost) du post d’un autre compte, non importé");
      // The photo line speaks French: the archive shows the account has a picture.
      const photoLine = dialog.getByTestId('import-changes').locator('tr', { hasText: 'photo' });
      expect(await photoLine.locator('td').last().textContent()).toBe('présente');
      expect(JSON.stringify(app.vault.data.workspaces[0])).toBe(before);
      await app.screenshot('import-06-mastodon-preview-fr');
      await dialog.getByTestId('import-apply').click();
      await expect.poll(() => app.vault.data.workspaces[0]!.posts.length).toBe(3);

      const mastodon = app.vault.data.workspaces[0]!.profiles.find((p) => p.network === 'mastodon');
      expect(mastodon).toMatchObject({ handle: 'zoe@pouet.example', displayName: 'Zoé Martin' });
      const row = page.getByTestId('group-mastodon').getByTestId('profile-row').first();
      await row.waitFor();
      // The archive holds the avatar: the photo is known without fetching anything.
      expect(await row.getByTestId('profile-photo').textContent()).toBe('✓ photo');

      await page.getByTestId('toast').getByRole('button').first().click();
      await expect.poll(() => app.vault.data.workspaces[0]!.posts.length).toBe(0);
      const after = app.vault.data.workspaces[0]!;
      expect({ ...after, updatedAt: '' }).toEqual({ ...(JSON.parse(before) as typeof after), updatedAt: '' });
    } finally {
      await app.close();
    }
  });
});

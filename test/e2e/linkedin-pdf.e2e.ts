import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from '../support/app-harness';
import { jeanne } from '../fixtures/import/linkedin-pdf';

afterAll(closeBrowser);

describe("importing LinkedIn's Save-to-PDF profile (issue 11)", () => {
  it('previews the PDF, applies it, and undo restores the client', { timeout: 120_000 }, async () => {
    const app = await launchApp({ systemLocale: 'en-GB' });
    try {
      const { page } = app;
      await page.evaluate(async () => {
        const created = await window.vitrine.workspaceCreate({ name: 'Jeanne Dupont' });
        if (!created.ok) throw new Error(created.error.message);
      });
      await page.reload();
      const before = JSON.stringify(app.vault.data.workspaces[0]);

      const file = path.join(mkdtempSync(path.join(tmpdir(), 'vitrine-pdf-')), 'Profile.pdf');
      writeFileSync(file, await jeanne().bytes());
      await page.getByTestId('nav-inventory').click();
      await page.getByTestId('import-open').click();
      const dialog = page.getByTestId('import-dialog');
      await dialog.getByTestId('import-files-input').setInputFiles(file);
      await dialog.getByTestId('import-preview').waitFor({ timeout: 60_000 });
      expect(await dialog.textContent()).toContain('LinkedIn profile saved as PDF');
      const changes = (await dialog.getByTestId('import-changes').textContent()) ?? '';
      expect(changes).toContain('Pharmacienne, formatrice');
      expect(changes).toContain('Pharmacie du Parc');
      const issues = (await dialog.getByTestId('import-issues').textContent()) ?? '';
      expect(issues).toMatch(/never holds the photo/);
      // Nothing changes until the user accepts.
      expect(JSON.stringify(app.vault.data.workspaces[0])).toBe(before);
      await app.screenshot('import-03-linkedin-pdf-preview');
      await dialog.getByTestId('import-apply').click();
      await expect.poll(() => app.vault.data.workspaces[0]!.person.displayName).toBe('Jeanne Dupont');

      const ws = app.vault.data.workspaces[0]!;
      const linkedin = ws.profiles.find((p) => p.network === 'linkedin');
      expect(linkedin).toMatchObject({ url: 'https://www.linkedin.com/in/jeanne-dupont', headline: 'Pharmacienne, formatrice', links: ['https://jdupont.example'] });
      expect(ws.person.positions.map((p) => p.company)).toEqual(['Pharmacie du Parc']);
      // LinkedIn's facts are known, seen in its PDF of the day it was made; the photo stays to verify.
      const source = { kind: 'linkedin-pdf', at: '2025-06-19', label: 'Profile.pdf' };
      expect(linkedin?.facts).toMatchObject({ headline: { state: 'known', source }, summary: { state: 'known', source }, photo: { state: 'unchecked' } });
      expect(linkedin?.seenLinks).toEqual([{ url: 'https://jdupont.example', source }]);
      const row = page.getByTestId('group-linkedin').getByTestId('profile-row').first();
      await row.waitFor();
      expect(await row.getByTestId('profile-photo').textContent()).toMatch(/photo to verify/);
      await app.screenshot('import-04-linkedin-pdf-applied');

      await page.getByRole('button', { name: /undo/i }).click();
      await expect.poll(() => app.vault.data.workspaces[0]!.person.displayName).toBe('');
      const after = app.vault.data.workspaces[0]!;
      expect(after.profiles.filter((p) => p.network === 'linkedin').every((p) => p.url === '')).toBe(true);
      expect(after.person.positions).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

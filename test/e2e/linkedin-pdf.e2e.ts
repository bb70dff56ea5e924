import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from '../support/app-harness';
import { jeanne } from '../fixtures/import/linkedin-pdf';

afterAll(closeBrowser);

/** "To verify on the live LinkedIn profile: the display name, the photo and the summary." → its items. */
function toVerifyItems(message: string | null): string[] {
  const list = /profile: (.*)\.$/.exec((message ?? '').trim())?.[1] ?? '';
  return list.split(/, | and /).filter((item) => item !== '');
}

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
      // The LinkedIn profile is known by its address only: the audit lists everything to verify on it.
      await page.getByTestId('nav-inventory').click();
      await page.getByTestId('paste-profile').fill('https://www.linkedin.com/in/jeanne-dupont');
      await page.getByTestId('paste-add').click();
      await page.getByTestId('group-linkedin').getByTestId('profile-row').first().waitFor();
      await expect.poll(() => app.vault.data.workspaces[0]!.profiles.length).toBe(1);
      const toVerify = page.locator('[data-testid="finding"][data-code="to-verify"]', { hasText: 'LinkedIn' }).locator('.finding-message');
      await page.getByTestId('nav-audit').click();
      await toVerify.waitFor();
      const verifyBefore = toVerifyItems(await toVerify.textContent());
      expect(verifyBefore).toEqual(expect.arrayContaining(['the display name', 'the headline', 'the photo', 'the summary', 'the links shown']));
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
      // The school is kept on the person: the preview says what will be added.
      expect(changes).toContain('Doctorat, Pharmacie — Universite Lyon 1 (2008–2014)');
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
      expect(ws.person.education).toEqual([{ institution: 'Universite Lyon 1', studyType: 'Doctorat', area: 'Pharmacie', startDate: '2008', endDate: '2014' }]);
      expect(await page.getByTestId('person-education').textContent()).toBe('Universite Lyon 1 · Doctorat, Pharmacie (2008 – 2014)');
      await page.getByTestId('person-career').scrollIntoViewIfNeeded();
      await app.screenshot('import-05-linkedin-pdf-person-education');
      expect(await row.getByTestId('profile-photo').textContent()).toMatch(/photo to verify/);
      // The editor says where each LinkedIn fact was seen (the undo toast lasts 10 s: these checks stay few).
      await page.getByTestId('group-linkedin').getByTestId('profile-edit').click();
      const editor = page.getByTestId('profile-editor');
      await editor.waitFor();
      const seen = "seen in LinkedIn’s PDF of 19 June 2025 (Profile.pdf)";
      for (const fact of ['displayName', 'headline', 'summary', 'links']) {
        expect(await editor.getByTestId(`fact-${fact}-source`).textContent(), fact).toBe(seen);
      }
      await app.screenshot('import-04-linkedin-pdf-applied');
      await page.keyboard.press('Escape');
      await editor.waitFor({ state: 'detached' });
      // "To verify" shrinks to what the PDF cannot tell: the photo stays.
      await page.getByTestId('nav-audit').click();
      await expect.poll(async () => toVerifyItems(await toVerify.textContent()).length).toBeLessThan(verifyBefore.length);
      const verifyAfter = toVerifyItems(await toVerify.textContent());
      expect(verifyAfter).toContain('the photo');
      for (const known of ['the display name', 'the headline', 'the summary', 'the links shown']) expect(verifyAfter).not.toContain(known);

      await page.getByTestId('toast').getByRole('button', { name: /undo/i }).click();
      await expect.poll(() => app.vault.data.workspaces[0]!.person.displayName).toBe('');
      const after = app.vault.data.workspaces[0]!;
      // Everything is as before the import but the time it was last written.
      expect({ ...after, updatedAt: '' }).toEqual({ ...(JSON.parse(before) as typeof after), updatedAt: '' });
      expect(after.person.positions).toEqual([]);
      // The audit lists again everything there was to verify.
      await expect.poll(async () => toVerifyItems(await toVerify.textContent())).toEqual(verifyBefore);
    } finally {
      await app.close();
    }
  });
});

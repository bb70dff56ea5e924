import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp } from '../support/app-harness';
import { formatViolations, isBlocking, runAxe } from '../support/axe';

afterAll(closeBrowser);

/** A LinkedIn "Get a copy of your data" zip of a fictional person, 2024 layout. */
function linkedInExportZip(): Uint8Array {
  const profile = [
    'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers',
    '"Nora","Bensaïd","","","","Pharmacienne d\'officine — vaccination et suivi des patients chroniques","J\'aide les patients de l\'officine à comprendre leurs traitements et je forme l\'équipe à la vaccination.","Pharmaceutical","","Lille, Hauts-de-France, France","[norabensaid]","[PORTFOLIO:https://github.com/norabensaid]",""',
  ].join('\r\n');
  const positions = [
    'Company Name,Title,Description,Location,Started On,Finished On',
    '"Pharmacie des Flandres","Pharmacienne adjointe","Vaccination, entretiens pharmaceutiques","Lille","Sep 2020",""',
  ].join('\r\n');
  const shares = [
    'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility',
    '2026-09-01 08:30:00,https://www.linkedin.com/feed/update/urn:li:share:7001,"La campagne de vaccination antigrippale commence à l\'officine.",,,MEMBER_NETWORK',
    '2026-10-06 08:30:00,https://www.linkedin.com/feed/update/urn:li:share:7002,"Trois questions à poser à votre pharmacien sur vos traitements.",,,MEMBER_NETWORK',
  ].join('\r\n');
  return zipSync({
    'Basic_LinkedInDataExport_11-01-2026/Profile.csv': strToU8(profile),
    'Basic_LinkedInDataExport_11-01-2026/Positions.csv': strToU8(positions),
    'Basic_LinkedInDataExport_11-01-2026/Shares.csv': strToU8(shares),
  });
}

const auditScore = async (page: Page) => Number(await page.getByTestId('audit-score').getAttribute('data-score'));

describe('importing a LinkedIn export (issue: imports and report)', () => {
  it('previews, applies, updates the audit, and can be undone', { timeout: 90_000 }, async () => {
    const app = await launchApp({ systemLocale: 'en-GB' });
    try {
      const { page } = app;
      // A client with a bare LinkedIn profile: no headline, no summary.
      await page.evaluate(async () => {
        const created = await window.vitrine.workspaceCreate({ name: 'Nora Bensaïd' });
        if (!created.ok) throw new Error(created.error.message);
        const ws = created.value;
        ws.profiles.push({ ...ws.profiles[0], id: 'li', network: 'linkedin', url: 'https://www.linkedin.com/in/nora-bensaid', handle: 'nora-bensaid', displayName: 'Nora Bensaïd' } as never);
        await window.vitrine.workspaceSave({ workspace: ws });
      });
      await page.reload();
      await page.getByTestId('nav-audit').click();
      await page.getByTestId('audit-score').waitFor();
      const before = await auditScore(page);

      const file = path.join(mkdtempSync(path.join(tmpdir(), 'vitrine-li-')), 'Basic_LinkedInDataExport_11-01-2026.zip');
      writeFileSync(file, linkedInExportZip());
      await page.getByTestId('nav-inventory').click();
      await page.getByTestId('import-open').click();
      const dialog = page.getByTestId('import-dialog');
      await dialog.getByTestId('import-files-input').setInputFiles(file);
      await dialog.getByTestId('import-preview').waitFor();
      const changes = (await dialog.getByTestId('import-changes').textContent()) ?? '';
      expect(changes).toContain('Pharmacienne');
      expect(changes).toContain('X (Twitter)');
      expect(changes).toContain('GitHub');
      // Nothing changes until the user accepts.
      expect(app.vault.data.workspaces[0]!.profiles).toHaveLength(1);
      await app.screenshot('import-01-linkedin-preview');
      await dialog.getByTestId('import-apply').click();
      await page.getByTestId('profile-row').nth(2).waitFor();

      const ws = app.vault.data.workspaces[0]!;
      expect(ws.person.displayName).toBe('Nora Bensaïd');
      expect(ws.person.positions[0]?.company).toBe('Pharmacie des Flandres');
      expect(ws.profiles.map((p) => p.network).sort()).toEqual(['github', 'linkedin', 'x']);
      expect(ws.posts.filter((p) => p.network === 'linkedin')).toHaveLength(2);

      await page.getByTestId('nav-audit').click();
      await page.getByTestId('audit-score').waitFor();
      await expect.poll(() => auditScore(page)).not.toBe(before);
      await app.screenshot('import-02-audit-after');

      // Undo puts the client back as it was.
      await page.getByTestId('nav-inventory').click();
      await page.getByRole('button', { name: /undo/i }).click();
      await expect.poll(() => app.vault.data.workspaces[0]!.profiles.length).toBe(1);
    } finally {
      await app.close();
    }
  });

  it('says in plain French why a file cannot be imported, the technical detail only behind "Détails"', { timeout: 60_000 }, async () => {
    const app = await launchApp({ systemLocale: 'fr-FR' });
    try {
      const { page } = app;
      await page.evaluate(() => window.vitrine.workspaceOpenDemo());
      await page.reload();
      await page.getByTestId('nav-inventory').click();
      // The demo's trade is stored as the catalog id "developer": the card says it in French, agreeing with her headline.
      expect(await page.getByTestId('person-trade').inputValue()).toBe('développeuse');
      const before = JSON.stringify(app.vault.data.workspaces[0]);
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'vitrine-odd-')), 'notes.json');
      writeFileSync(file, '{"hello": "world"}');
      await page.getByTestId('import-open').click();
      const dialog = page.getByTestId('import-dialog');
      await dialog.getByTestId('import-files-input').setInputFiles(file);
      const message = dialog.getByTestId('import-error-message');
      await message.waitFor();
      expect(await message.innerText()).toContain('Ce fichier n’est ni un fichier Vitrine ni un CV que Vitrine sait lire.');
      expect(await message.innerText()).toContain('Rien n’a été modifié.');
      const detail = dialog.getByTestId('import-error-detail');
      expect(await detail.isVisible()).toBe(false);
      expect(await message.innerText()).not.toContain('Formats acceptés');
      // Keyboard: the summary takes the focus and opens with Enter.
      const summary = dialog.getByText('Détails', { exact: true });
      await summary.focus();
      await page.keyboard.press('Enter');
      await detail.waitFor({ state: 'visible' });
      expect(await detail.innerText()).toMatch(/pas un format que Vitrine sait importer\. Formats acceptés/);
      await app.screenshot('import-02-plain-error-fr');
      const violations = (await runAxe(page, { include: ['[data-testid="import-dialog"]'] })).filter(isBlocking);
      expect(violations, formatViolations(violations)).toEqual([]);
      await dialog.getByTestId('import-cancel').click();
      expect(JSON.stringify(app.vault.data.workspaces[0])).toBe(before);
    } finally {
      await app.close();
    }
  });

  it('refuses a hostile zip and changes nothing', { timeout: 60_000 }, async () => {
    const app = await launchApp({ systemLocale: 'en-GB' });
    try {
      const { page } = app;
      await page.evaluate(() => window.vitrine.workspaceOpenDemo());
      await page.reload();
      await page.getByTestId('nav-inventory').click();
      const before = JSON.stringify(app.vault.data.workspaces[0]);
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'vitrine-evil-')), 'evil.zip');
      writeFileSync(file, zipSync({ '../../evil/Profile.csv': strToU8('First Name,Last Name\nEve,Evil\n') }));
      await page.getByTestId('import-open').click();
      const dialog = page.getByTestId('import-dialog');
      await dialog.getByTestId('import-files-input').setInputFiles(file);
      const error = dialog.getByTestId('import-error');
      await error.waitFor();
      expect(await error.textContent()).toMatch(/\.\.|path/i);
      await dialog.getByTestId('import-cancel').click();
      expect(JSON.stringify(app.vault.data.workspaces[0])).toBe(before);
    } finally {
      await app.close();
    }
  });
});

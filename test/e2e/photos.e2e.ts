import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../shared/schema/workspace';
import { closeBrowser, launchApp, type AppUnderTest } from '../support/app-harness';
import { createClient } from '../support/e2e-steps';

afterAll(closeBrowser);

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** A real RGB PNG: a warm disc on a teal background, so the screenshot shows a recognisable picture. */
function portraitPng(size = 96): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const inside = Math.hypot(x - size / 2, y - size * 0.42) < size * 0.22 || Math.hypot(x - size / 2, y - size) < size * 0.4;
      const rgb = inside ? [240, 190, 150] : [20, 120 + Math.round((y / size) * 60), 130];
      row.set(rgb, 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0)),
  ]);
}

const stored = (app: AppUnderTest, name: string): Workspace | undefined => app.vault.data.workspaces.find((w) => w.name === name);
const photoOf = (app: AppUnderTest, name: string) => {
  const profile = stored(app, name)?.profiles[0];
  return profile && { ...profile.photo, state: profile.facts.photo.state };
};

/** The thumbnail really decoded (not a broken image). */
const thumbWidth = (app: AppUnderTest) => app.page.getByTestId('photo-thumb').evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0));

describe('profile pictures', () => {
  it('chooses a picture in the editor, keeps it over a restart, and carries it to another machine in the .vitrine.json', async () => {
    const png = portraitPng();
    const dir = mkdtempSync(path.join(tmpdir(), 'vitrine-photo-'));
    let app = await launchApp({ systemLocale: 'en-GB' });
    let other: AppUnderTest | null = null;
    try {
      await createClient(app, 'Nadia Benali');
      await app.page.getByTestId('paste-profile').fill('https://www.linkedin.com/in/nadia-benali');
      await app.page.getByTestId('paste-add').click();
      await app.page.getByTestId('profile-edit').click();
      const editor = app.page.getByTestId('profile-editor');
      await editor.waitFor();
      expect(await editor.getByTestId('photo-remove').count()).toBe(0);

      // A file that is not a picture is refused with a clear message.
      await editor.getByTestId('photo-input').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
      await expect.poll(() => editor.getByTestId('photo-error').textContent()).toBe('This file is not a PNG, JPEG or WebP picture.');
      await expect.poll(() => photoOf(app, 'Nadia Benali')).toEqual({ state: 'unchecked' });

      await editor.getByTestId('photo-input').setInputFiles({ name: 'nadia.png', mimeType: 'image/png', buffer: png });
      await editor.getByTestId('photo-thumb').waitFor();
      await expect.poll(() => thumbWidth(app)).toBe(96);
      expect(await editor.getByTestId('photo-error').count()).toBe(0);
      expect(await editor.getByTestId('fact-photo-known').isChecked()).toBe(true);
      await expect.poll(() => photoOf(app, 'Nadia Benali')?.file).toMatch(/^[\w-]+\.png$/);
      const file = photoOf(app, 'Nadia Benali')!.file!;
      expect(readFileSync(path.join(app.dataDir, 'photos', file))).toEqual(png);
      await editor.getByTestId('photo-choose').evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await app.screenshot('photos-01-editor-en');

      await app.page.keyboard.press('Escape');
      await editor.waitFor({ state: 'detached' });
      await app.page.getByTestId('profile-avatar').waitFor();

      app = await app.restart();
      await app.page.getByTestId('nav-inventory').click();
      await app.page.getByTestId('profile-avatar').waitFor();
      await app.page.getByTestId('profile-edit').click();
      await app.page.getByTestId('photo-thumb').waitFor();
      await expect.poll(() => thumbWidth(app)).toBe(96);
      await app.page.keyboard.press('Escape');

      const download = app.page.waitForEvent('download');
      await app.page.getByTestId('export-menu').click();
      await app.page.getByTestId('export-vitrine').click();
      const exported = path.join(dir, (await download).suggestedFilename());
      await (await download).saveAs(exported);
      expect(JSON.parse(readFileSync(exported, 'utf8')).photos).toEqual({ [file]: png.toString('base64') });

      // Another machine: a fresh data folder, a French UI.
      other = await launchApp({ systemLocale: 'fr-FR' });
      await createClient(other, 'Nadia (copie)');
      await other.page.getByTestId('import-open').click();
      const dialog = other.page.getByTestId('import-dialog');
      await dialog.getByTestId('import-files-input').setInputFiles(exported);
      await dialog.getByTestId('import-preview').waitFor();
      await dialog.getByTestId('import-apply').click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => photoOf(other!, 'Nadia (copie)')).toEqual({ state: 'known', file });
      expect(readdirSync(path.join(other.dataDir, 'photos'))).toEqual([file]);
      expect(readFileSync(path.join(other.dataDir, 'photos', file))).toEqual(png);

      await other.page.getByTestId('profile-edit').click();
      const copyEditor = other.page.getByTestId('profile-editor');
      await copyEditor.getByTestId('photo-thumb').waitFor();
      await expect.poll(() => thumbWidth(other!)).toBe(96);
      expect(await copyEditor.getByTestId('photo-choose').textContent()).toBe('Choisir une image…');

      await other.page.emulateMedia({ colorScheme: 'dark' });
      await copyEditor.getByTestId('photo-choose').evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await other.screenshot('photos-02-editor-fr-dark');
      await other.page.keyboard.press('Escape');
      await other.screenshot('photos-03-list-fr-dark');
      await other.page.getByTestId('profile-edit').click();

      // Removing the picture keeps the "has a photo" fact, as the hint says.
      await copyEditor.getByTestId('photo-remove').click();
      await expect.poll(() => photoOf(other!, 'Nadia (copie)')).toEqual({ state: 'known' });
      expect(await copyEditor.getByTestId('photo-thumb').count()).toBe(0);
      expect(existsSync(path.join(other.dataDir, 'photos', file))).toBe(true);
    } finally {
      await other?.close();
      await app.close();
    }
  }, 90_000);
});

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/main/ipc-dispatch';
import { createHandlers, type HandlerDeps } from '../../../electron/services/handlers';
import { tidyPhotos } from '../../../electron/services/photo-trash';
import { Vault } from '../../../electron/services/vault';
import { newProfile, newWorkspace } from '../../../shared/domain/workspace/factory';
import { MAX_PHOTO_BYTES } from '../../../shared/domain/workspace/photo-file';
import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/ipc/envelope';
import type { Workspace } from '../../../shared/schema/workspace';

const NOW = new Date('2026-03-01T10:00:00Z');
/** A 1×1 PNG (signature, IHDR, IDAT, IEND). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const OTHER_PNG = Buffer.concat([PNG, Buffer.from([0])]);

/** The real handlers behind the real dispatcher (zod parse included), over a Vault in a temp folder. */
function app(workspaces: Workspace[] = [newWorkspace('Jeanne', { id: 'w1', now: NOW })]) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vitrine-photos-'));
  const vault = new Vault({ dir: dataDir, now: () => NOW, debounceMs: 60_000 });
  vault.update((d) => ({ ...d, workspaces }));
  let n = 0;
  const deps: HandlerDeps = {
    vault,
    info: { version: '0.0.0-test', systemLocale: 'fr-FR', dataDir },
    openExternal: async () => undefined,
    newId: () => `id-${++n}`,
    now: () => NOW,
    demoWorkspaceText: () => '',
  };
  const dispatch = createDispatch(createHandlers(deps), { isTrustedSender: () => true });
  const call = async <C extends Channel>(channel: C, input: Input<C>) => (await dispatch(channel, 'test://', input)) as Envelope<Output<C>>;
  return { dataDir, vault, call, photosDir: path.join(dataDir, 'photos') };
}

const save = (bytes: Buffer, mime: 'image/png' | 'image/jpeg' | 'image/webp' = 'image/png') => ({ workspaceId: 'w1', profileId: 'p1', mime, bytes: new Uint8Array(bytes) });

describe('photo:save / photo:read', () => {
  it('stores a PNG under photos/ with a fresh name and reads it back as a data: URL', async () => {
    const { call, photosDir } = app();
    const saved = await call('photo:save', save(PNG));
    expect(saved).toEqual({ ok: true, value: { file: 'id-1.png' } });
    expect(readFileSync(path.join(photosDir, 'id-1.png'))).toEqual(PNG);
    const read = await call('photo:read', { file: 'id-1.png' });
    expect(read).toEqual({ ok: true, value: { dataUrl: `data:image/png;base64,${PNG.toString('base64')}` } });
  });

  it('accepts JPEG and WebP by their magic numbers', async () => {
    const { call } = app();
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([4, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);
    expect(await call('photo:save', save(jpeg, 'image/jpeg'))).toEqual({ ok: true, value: { file: 'id-1.jpg' } });
    expect(await call('photo:save', save(webp, 'image/webp'))).toEqual({ ok: true, value: { file: 'id-2.webp' } });
    expect(await call('photo:read', { file: 'id-2.webp' })).toMatchObject({ ok: true, value: { dataUrl: expect.stringMatching(/^data:image\/webp;base64,/) } });
  });

  it('refuses bytes that are not the picture type claimed, and writes nothing', async () => {
    const { call, photosDir } = app();
    const text = await call('photo:save', save(Buffer.from('<svg onload="alert(1)"/>')));
    expect(text).toEqual({ ok: false, error: { code: 'invalid-file', message: 'This file is not a PNG, JPEG or WebP picture.' } });
    const lying = await call('photo:save', save(PNG, 'image/jpeg'));
    expect(lying).toMatchObject({ ok: false, error: { code: 'invalid-file', message: expect.stringMatching(/says it is image\/jpeg but its content is image\/png/) } });
    const fakeWebp = await call('photo:save', save(Buffer.from('RIFF\0\0\0\0WAVEfmt '), 'image/webp'));
    expect(fakeWebp).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
    expect(existsSync(photosDir) ? readdirSync(photosDir) : []).toEqual([]);
  });

  it('refuses a picture over 5 MB with the sizes in the message', async () => {
    const { call } = app();
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_PHOTO_BYTES)]);
    const res = await call('photo:save', save(big));
    expect(res).toMatchObject({ ok: false, error: { code: 'too-large', message: expect.stringMatching(/is 5 MB; Vitrine keeps pictures up to 5 MB/) } });
  });

  it('refuses an unknown workspace and an unsupported type', async () => {
    const { call } = app();
    expect(await call('photo:save', { ...save(PNG), workspaceId: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('photo:save', { ...save(PNG), mime: 'image/svg+xml' as 'image/png' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // The bytes travel as binary: base64 text is refused by the contract.
    expect(await call('photo:save', { ...save(PNG), bytes: PNG.toString('base64') as unknown as Uint8Array<ArrayBuffer> })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('reads only bare picture names inside photos/', async () => {
    const { call, dataDir, photosDir } = app();
    mkdirSync(photosDir);
    writeFileSync(path.join(dataDir, 'secret.png'), PNG);
    writeFileSync(path.join(photosDir, 'notes.txt'), 'hello');
    for (const file of ['../secret.png', '..', '.', 'photos/secret.png', '/etc/passwd', '..\\secret.png', 'a/../secret.png', '', 'notes.txt', 'missing.png', path.join(dataDir, 'secret.png')]) {
      expect(await call('photo:read', { file }), file).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
  });
});

describe('photos in the portable workspace file', () => {
  const withPhoto = (file: string): Workspace => {
    const ws = newWorkspace('Jeanne', { id: 'w1', now: NOW });
    const profile = newProfile('linkedin', { id: 'p1', url: 'https://www.linkedin.com/in/jeanne' });
    return { ...ws, profiles: [{ ...profile, photo: { file } }] };
  };

  async function exportFrom(file: string, bytes: Buffer) {
    const source = app([withPhoto(file)]);
    mkdirSync(source.photosDir);
    writeFileSync(path.join(source.photosDir, file), bytes);
    const exported = await source.call('workspace:export', { id: 'w1', format: 'vitrine' });
    if (!exported.ok) throw new Error(exported.error.message);
    return exported.value;
  }

  async function importInto(target: ReturnType<typeof app>, exported: { fileName: string; base64: string }) {
    const preview = await target.call('import:preview', { workspaceId: 'w1', files: [{ name: exported.fileName, bytes: new Uint8Array(Buffer.from(exported.base64, 'base64')) }], mode: 'merge', lang: 'en' });
    if (!preview.ok) throw new Error(preview.error.message);
    const applied = await target.call('import:apply', { token: preview.value.token, confirmed: [] });
    if (!applied.ok) throw new Error(applied.error.message);
    return { preview: preview.value, workspace: applied.value.workspace };
  }

  it('exports the picture with the workspace and imports it into another library', async () => {
    const exported = await exportFrom('face.png', PNG);
    const text = Buffer.from(exported.base64, 'base64').toString('utf8');
    expect(JSON.parse(text).photos).toEqual({ 'face.png': PNG.toString('base64') });

    const target = app();
    const { workspace } = await importInto(target, exported);
    expect(workspace.profiles[0]?.photo).toEqual({ file: 'face.png' });
    expect(readFileSync(path.join(target.photosDir, 'face.png'))).toEqual(PNG);
  });

  it('never overwrites a different picture of the same name: renames and points the profile at it', async () => {
    const exported = await exportFrom('face.png', PNG);
    const target = app();
    mkdirSync(target.photosDir);
    writeFileSync(path.join(target.photosDir, 'face.png'), OTHER_PNG);
    const { workspace } = await importInto(target, exported);
    const file = workspace.profiles[0]?.photo.file;
    expect(file).toMatch(/^id-\d+\.png$/);
    expect(readFileSync(path.join(target.photosDir, file!))).toEqual(PNG);
    expect(readFileSync(path.join(target.photosDir, 'face.png'))).toEqual(OTHER_PNG);
  });

  it('skips a carried file that is not a picture, with a warning in the preview', async () => {
    const exported = await exportFrom('face.png', PNG);
    const json = JSON.parse(Buffer.from(exported.base64, 'base64').toString('utf8'));
    json.photos['face.png'] = Buffer.from('#!/bin/sh\necho hi\n').toString('base64');
    const target = app();
    const { preview } = await importInto(target, { fileName: exported.fileName, base64: Buffer.from(JSON.stringify(json)).toString('base64') });
    expect(preview.issues).toContainEqual(expect.objectContaining({ level: 'warning', where: 'photos.face.png', message: expect.stringMatching(/skipped/) }));
    expect(existsSync(path.join(target.photosDir, 'face.png'))).toBe(false);
  });

  it('refuses a workspace file whose picture name is a path, naming the field', async () => {
    const exported = await exportFrom('face.png', PNG);
    const json = JSON.parse(Buffer.from(exported.base64, 'base64').toString('utf8'));
    json.photos = { '../evil.png': PNG.toString('base64') };
    const target = app();
    const preview = await target.call('import:preview', { workspaceId: 'w1', files: [{ name: 'x.vitrine.json', bytes: new TextEncoder().encode(JSON.stringify(json)) }], lang: 'en' });
    expect(preview).toMatchObject({ ok: false, error: { code: 'invalid-file', message: expect.stringMatching(/photos/) } });
    expect(existsSync(path.join(target.dataDir, 'evil.png'))).toBe(false);
  });

  it('writes no photos key for a workspace without pictures (files stay as before)', async () => {
    const plain = app();
    const exported = await plain.call('workspace:export', { id: 'w1', format: 'vitrine' });
    expect(exported.ok && Object.keys(JSON.parse(Buffer.from(exported.value.base64, 'base64').toString('utf8')))).toEqual(['format', 'version', 'exportedAt', 'app', 'workspace']);
  });
});

describe('pictures at start-up (tidyPhotos)', () => {
  function library(profilesPhoto: string[]) {
    const ws = newWorkspace('Jeanne', { id: 'w1', now: NOW });
    profilesPhoto.forEach((file, i) => ws.profiles.push(newProfile('linkedin', { id: `p${i}`, photo: { file } })));
    const dataDir = mkdtempSync(path.join(tmpdir(), 'vitrine-prune-'));
    const vault = new Vault({ dir: dataDir, now: () => NOW, debounceMs: 60_000 });
    vault.update((d) => ({ ...d, workspaces: [ws] }));
    vault.flush();
    const dir = path.join(dataDir, 'photos');
    mkdirSync(dir);
    return { dataDir, vault, dir, trash: path.join(dataDir, 'photos-trash') };
  }

  it('moves pictures no client refers to into photos-trash/ (never deletes them) and keeps the ones in use', () => {
    const { dataDir, vault, dir, trash } = library(['kept.png']);
    for (const name of ['kept.png', 'orphan.png', 'notes.txt']) writeFileSync(path.join(dir, name), PNG);
    const tidy = tidyPhotos({ dataDir, vault, now: NOW });
    expect(tidy).toMatchObject({ skipped: null, trashed: ['orphan.png'], purged: [] });
    expect(readdirSync(dir).sort()).toEqual(['kept.png', 'notes.txt']);
    expect(readdirSync(trash)).toEqual(['20260301T100000000Z--orphan.png']);
    expect(readFileSync(path.join(trash, readdirSync(trash)[0]!))).toEqual(PNG);
  });

  it('deletes trashed pictures after 30 days only, and brings a trashed picture back when the library refers to it again', () => {
    const { dataDir, vault, trash, dir } = library(['back.png']);
    mkdirSync(trash);
    writeFileSync(path.join(trash, '20260129T100000000Z--old.png'), PNG);
    writeFileSync(path.join(trash, '20260215T100000000Z--recent.png'), PNG);
    writeFileSync(path.join(trash, '20260101T100000000Z--back.png'), PNG);
    const tidy = tidyPhotos({ dataDir, vault, now: NOW });
    expect(tidy).toMatchObject({ restored: ['back.png'], purged: ['20260129T100000000Z--old.png'] });
    expect(readdirSync(trash)).toEqual(['20260215T100000000Z--recent.png']);
    expect(readdirSync(dir)).toEqual(['back.png']);
  });

  it('moves nothing when the library was restored, is empty, or cannot be saved', () => {
    const { dataDir, vault, dir } = library([]);
    writeFileSync(path.join(dir, 'orphan.png'), PNG);
    const as = (over: Partial<Pick<Vault, 'recovered' | 'writeError' | 'readOnly'>>, data = vault.data) => tidyPhotos({ dataDir, vault: { data, readOnly: false, recovered: false, writeError: null, ...over }, now: NOW });
    expect(as({ recovered: true }).skipped).toBe('restored');
    expect(as({ writeError: 'EROFS' }).skipped).toBe('cannot-save');
    expect(as({ readOnly: true }).skipped).toBe('read-only');
    expect(as({}, { ...vault.data, workspaces: [] }).skipped).toBe('empty');
    expect(readdirSync(dir)).toEqual(['orphan.png']);
  });
});

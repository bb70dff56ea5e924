import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetPrevious, moveDataFolder, PORTABLE_FOLDER, readPointer, resolveDataDir, writePointer } from '../../../electron/services/desktop/data-folder';
import { assessLock, processAlive, readLock, takeLock } from '../../../electron/services/desktop/folder-lock';
import { Vault } from '../../../electron/services/vault';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'vitrine-folder-'));

/** A default app folder as Electron leaves it: Vitrine's data next to Chromium's own files. */
function seed(): string {
  const dir = tmp();
  const vault = new Vault({ dir, debounceMs: 0 });
  vault.update((d) => ({ ...d, settings: { ...d.settings, consultantName: 'Conseil Exemple' } }));
  vault.flush();
  mkdirSync(path.join(dir, 'photos'));
  writeFileSync(path.join(dir, 'photos', 'a.jpg'), Buffer.from([1, 2, 3, 255]));
  mkdirSync(path.join(dir, 'Cache'));
  writeFileSync(path.join(dir, 'Cache', 'data_0'), 'chromium');
  writeFileSync(path.join(dir, 'Preferences'), '{}');
  return dir;
}

describe('where the data lives', () => {
  it('resolves env, portable, pointer, then default', () => {
    const def = tmp();
    expect(resolveDataDir(def, {})).toEqual({ dir: def, source: 'default', previous: null });
    writePointer(def, { dir: '/media/cle/Vitrine', previous: def });
    expect(resolveDataDir(def, {})).toEqual({ dir: '/media/cle/Vitrine', source: 'pointer', previous: def });
    expect(resolveDataDir(def, { PORTABLE_EXECUTABLE_DIR: '/apps/vitrine' })).toEqual({ dir: path.join('/apps/vitrine', PORTABLE_FOLDER), source: 'portable', previous: null });
    expect(resolveDataDir(def, { VITRINE_DATA_DIR: 'rel/dir', PORTABLE_EXECUTABLE_DIR: '/x' }).source).toBe('env');
  });

  it('keeps the pointer with electron-store, and moves a damaged one aside rather than reading it', () => {
    const def = tmp();
    writePointer(def, { dir: '/media/cle/Vitrine', previous: null });
    // The file an older Vitrine wrote has the same name and shape.
    expect(JSON.parse(readFileSync(path.join(def, 'data-location.json'), 'utf8'))).toEqual({ dir: '/media/cle/Vitrine', previous: null });
    for (const damage of ['{"dir": 3}', '{"dir": "/media/cle/Vit', '']) {
      writeFileSync(path.join(def, 'data-location.json'), damage);
      const told: string[] = [];
      expect(resolveDataDir(def, {}, (keptAt, why) => told.push(keptAt, why)).source).toBe('default');
      expect(existsSync(path.join(def, 'data-location.json'))).toBe(false);
      expect(readFileSync(told[0]!, 'utf8')).toBe(damage);
      expect(told[1]).not.toBe('');
    }
    writePointer(def, null);
    expect(readPointer(def)).toBeNull();
  });

  it('moves: copies Vitrine\'s entries only, verifies, switches the pointer, keeps the old folder', () => {
    const def = seed();
    const to = path.join(tmp(), 'Nouveau dossier');
    const res = moveDataFolder({ from: def, to, defaultDir: def });
    expect(res).toMatchObject({ ok: true, files: expect.any(Number) });
    expect(readdirSync(to).sort()).toEqual(['backups', 'photos', 'vitrine.json']);
    expect(readFileSync(path.join(to, 'photos', 'a.jpg'))).toEqual(Buffer.from([1, 2, 3, 255]));
    expect(readPointer(def)).toEqual({ dir: to, previous: def });
    expect(existsSync(path.join(def, 'vitrine.json'))).toBe(true);
    // The new folder opens with the same data.
    expect(new Vault({ dir: resolveDataDir(def, {}).dir }).data.settings.consultantName).toBe('Conseil Exemple');
    // Confirmed: Vitrine's entries go from the old folder, Chromium's files and the pointer stay.
    forgetPrevious(def, to);
    expect(readdirSync(def).sort()).toEqual(['Cache', 'Preferences', 'data-location.json']);
    expect(readPointer(def)).toEqual({ dir: to, previous: null });
  });

  it('a failure halfway removes the partial copy and leaves the old folder in use', () => {
    const def = seed();
    const to = path.join(tmp(), 'cle');
    let n = 0;
    const res = moveDataFolder({
      from: def, to, defaultDir: def,
      copyFile: (src, dst) => {
        if (++n === 2) throw new Error('ENOSPC: no space left on device');
        writeFileSync(dst, readFileSync(src));
      },
    });
    expect(res).toEqual({ ok: false, kind: 'copy-failed', detail: 'ENOSPC: no space left on device' });
    expect(existsSync(to)).toBe(false);
    expect(readPointer(def)).toBeNull();
    expect(resolveDataDir(def, {}).dir).toBe(def);
    expect(new Vault({ dir: def }).data.settings.consultantName).toBe('Conseil Exemple');
  });

  it('a copy that differs is caught by the verification, and nothing switches', () => {
    const def = seed();
    const to = tmp();
    writeFileSync(path.join(to, 'notes.txt'), 'mine');
    const res = moveDataFolder({ from: def, to, defaultDir: def, copyFile: (src, dst) => writeFileSync(dst, `${readFileSync(src, 'utf8')} `) });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res).toMatchObject({ kind: 'copy-differs', detail: expect.stringMatching(/differs/) });
    // The user's own file in the chosen folder is left alone.
    expect(readdirSync(to)).toEqual(['notes.txt']);
    expect(readPointer(def)).toBeNull();
  });

  it('refuses a target inside the current folder or already holding Vitrine data', () => {
    const def = seed();
    expect(moveDataFolder({ from: def, to: path.join(def, 'sub'), defaultDir: def })).toMatchObject({ ok: false, kind: 'nested' });
    const other = seed();
    const res = moveDataFolder({ from: def, to: other, defaultDir: def });
    expect(res).toEqual({ ok: false, kind: 'holds-data', detail: other });
    expect(readPointer(def)).toBeNull();
  });
});

describe('the folder lock', () => {
  const me = { host: hostname(), pid: process.pid };

  it('names a live holder, recognises a stale one and another machine', () => {
    const holder = (host: string, pid: number) => ({ host, pid, startedAt: '2026-11-30T08:00:00.000Z' });
    expect(assessLock(null, me, () => true)).toEqual({ kind: 'free' });
    expect(assessLock(holder(me.host, 42), me, () => true)).toMatchObject({ kind: 'live', holder: { pid: 42 } });
    expect(assessLock(holder(me.host, 42), me, () => false)).toMatchObject({ kind: 'stale' });
    expect(assessLock(holder('portable-bureau', 42), me, () => false)).toMatchObject({ kind: 'other-machine', holder: { host: 'portable-bureau' } });
    expect(assessLock(holder(me.host, me.pid), me, () => true)).toEqual({ kind: 'free' });
  });

  it('writes host, pid and start time, and releases only its own lock', () => {
    const dir = tmp();
    const release = takeLock(dir, me, new Date('2026-11-30T09:00:00Z'));
    expect(readLock(dir)).toEqual({ host: me.host, pid: me.pid, startedAt: '2026-11-30T09:00:00.000Z' });
    expect(processAlive(process.pid)).toBe(true);
    release();
    expect(readLock(dir)).toBeNull();
    takeLock(dir, { host: 'autre', pid: 1 }, new Date());
    release();
    expect(readLock(dir)?.host).toBe('autre');
  });
});

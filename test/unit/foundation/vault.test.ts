import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Vault } from '../../../electron/services/vault';
import { faultyFs, type Faults } from '../../support/faulty-fs';
import { AppError } from '../../../shared/ipc/envelope';
import { newWorkspace } from '../../../shared/domain/workspace/factory';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/storage/migrations';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'vitrine-vault-'));
let tick = Date.parse('2026-01-01T00:00:00Z');
const clock = () => new Date((tick += 1000));

function seed(dir: string, names: string[]): Vault {
  const vault = new Vault({ dir, now: clock, debounceMs: 10_000 });
  for (const name of names) {
    vault.update((d) => ({ ...d, workspaces: [...d.workspaces, newWorkspace(name, { id: name, now: clock() })] }));
    vault.flush();
  }
  return vault;
}

describe('Vault', () => {
  it('creates a fresh store with mode 0600 and keeps rolling backups of good saves (at least 5)', () => {
    const dir = tempDir();
    const vault = seed(dir, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']);
    expect(statSync(vault.storePath).mode & 0o777).toBe(0o600);
    const backups = readdirSync(vault.backupsDir).filter((n) => n.startsWith('vitrine-'));
    expect(backups.length).toBeGreaterThanOrEqual(5);
    expect(backups.length).toBeLessThanOrEqual(10);
    const newest = JSON.parse(readFileSync(path.join(vault.backupsDir, backups.sort().at(-1)!), 'utf8'));
    expect(newest.workspaces).toHaveLength(12);
  });

  it('keeps backup generations: hours of edits on a bad state do not rotate out yesterday or last week', () => {
    const dir = tempDir();
    let t = Date.parse('2026-03-01T09:00:00Z');
    const now = () => new Date(t);
    const vault = new Vault({ dir, now, debounceMs: 10_000 });
    // Three weeks of good days, two saves a day (the policy itself is tested on thousands of stamps in shared/storage).
    for (let day = 0; day < 21; day++) {
      for (let i = 0; i < 2; i++) {
        vault.update((d) => ({ ...d, workspaces: [newWorkspace(`good-${day}`, { id: 'w', now: now() })] }));
        expect(vault.flush()).toBe(true);
        t += 60_000;
      }
      t += 24 * 3600_000 - 2 * 60_000;
    }
    // Then a day's worth of saves on a bad state.
    for (let i = 0; i < 40; i++) {
      vault.update((d) => ({ ...d, workspaces: [newWorkspace(`bad-${i}`, { id: 'w', now: now() })] }));
      vault.flush();
      t += 10 * 60_000;
    }
    const names = readdirSync(vault.backupsDir).filter((n) => n.startsWith('vitrine-')).sort();
    const held = names.map((n) => JSON.parse(readFileSync(path.join(vault.backupsDir, n), 'utf8')).workspaces[0]?.name as string);
    expect(names.length).toBeLessThanOrEqual(10 + 14 + 8);
    expect(held.filter((n) => n.startsWith('bad-')).length).toBeGreaterThanOrEqual(10);
    expect(held).toContain('good-20');
    expect(held).toContain('good-14');
    expect(held).toContain('good-0');
  });

  it('counts an ENOSPC or a short write as a failed save: the store keeps its last good bytes, no backup is made from it, and a retry writes the edit', () => {
    const dir = tempDir();
    const faults: Faults = {};
    const vault = new Vault({ dir, now: clock, debounceMs: 10_000, fs: faultyFs(faults) });
    vault.update((d) => ({ ...d, workspaces: [newWorkspace('Before', { id: 'b', now: clock() })] }));
    expect(vault.flush()).toBe(true);
    const good = readFileSync(vault.storePath);
    const backupsBefore = readdirSync(vault.backupsDir).sort();
    for (const fault of [{ writeError: 'ENOSPC' }, { spaceLeft: 100 }] satisfies Faults[]) {
      Object.assign(faults, { writeError: null, spaceLeft: null }, fault);
      vault.update((d) => ({ ...d, workspaces: [...d.workspaces, newWorkspace('Kept', { id: 'k', now: clock() })] }));
      expect(vault.flush()).toBe(false);
      expect(vault.writeError).toMatch(/ENOSPC|short write/);
      expect(vault.hasUnsavedChanges).toBe(true);
      expect(readFileSync(vault.storePath).equals(good)).toBe(true);
      expect(readdirSync(vault.backupsDir).sort()).toEqual(backupsBefore);
      expect(readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
    }
    Object.assign(faults, { writeError: null, spaceLeft: null });
    expect(vault.retryNow()).toBe(true);
    expect(vault.writeError).toBeNull();
    expect(JSON.parse(readFileSync(vault.storePath, 'utf8')).workspaces.map((w: { name: string }) => w.name)).toEqual(['Before', 'Kept', 'Kept']);
  });

  it('debounces writes and flushes them on demand (quit)', () => {
    const dir = tempDir();
    const vault = new Vault({ dir, now: clock, debounceMs: 60_000 });
    vault.update((d) => ({ ...d, workspaces: [newWorkspace('Client', { id: 'w1', now: clock() })] }));
    expect(JSON.parse(readFileSync(vault.storePath, 'utf8')).workspaces).toHaveLength(0);
    vault.flush();
    expect(JSON.parse(readFileSync(vault.storePath, 'utf8')).workspaces).toHaveLength(1);
    expect(new Vault({ dir, now: clock }).data.workspaces[0]?.name).toBe('Client');
  });

  it('quarantines a corrupt file and restores the newest valid backup, saying so', () => {
    const dir = tempDir();
    const vault = seed(dir, ['alpha', 'beta']);
    writeFileSync(vault.storePath, '{"schemaVersion":1,"workspaces":[{');
    const reopened = new Vault({ dir, now: clock });
    expect(reopened.data.workspaces.map((w) => w.name)).toEqual(['alpha', 'beta']);
    const notice = reopened.notices[0];
    expect(notice?.kind).toBe('restored-from-backup');
    if (notice?.kind !== 'restored-from-backup') throw new Error('unreachable');
    expect(readFileSync(notice.quarantinedPath!, 'utf8')).toBe('{"schemaVersion":1,"workspaces":[{');
    expect(path.basename(notice.quarantinedPath!)).toMatch(/^vitrine\.corrupt-\d{8}T\d+Z\.json$/);
  });

  it('treats valid JSON with the wrong shape as damaged too, and skips damaged backups', () => {
    const dir = tempDir();
    const vault = seed(dir, ['one', 'two']);
    const backups = readdirSync(vault.backupsDir).filter((n) => n.startsWith('vitrine-')).sort();
    writeFileSync(path.join(vault.backupsDir, backups.at(-1)!), 'garbage');
    writeFileSync(vault.storePath, JSON.stringify({ schemaVersion: 1, workspaces: 'nope' }));
    const reopened = new Vault({ dir, now: clock });
    expect(reopened.notices[0]?.kind).toBe('restored-from-backup');
    expect(reopened.data.workspaces.map((w) => w.name)).toEqual(['one']);
  });

  it('never starts silently empty: without any valid backup it says so and keeps the damaged file', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'vitrine.json'), 'not json');
    const vault = new Vault({ dir, now: clock });
    expect(vault.notices[0]?.kind).toBe('no-valid-backup');
    expect(readdirSync(dir).some((n) => n.startsWith('vitrine.corrupt-'))).toBe(true);
  });

  it('refuses a store written by a newer version and leaves it byte-for-byte untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, 'vitrine.json');
    const bytes = JSON.stringify({ schemaVersion: 99, workspaces: [], future: true }, null, 3);
    writeFileSync(file, bytes);
    const before = statSync(file).mtimeMs;
    const vault = new Vault({ dir, now: clock });
    expect(vault.readOnly).toBe(true);
    expect(vault.notices[0]).toMatchObject({ kind: 'newer-version', found: 99, supported: CURRENT_SCHEMA_VERSION });
    expect(() => vault.update((d) => d)).toThrow(AppError);
    vault.flush();
    expect(readFileSync(file, 'utf8')).toBe(bytes);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(readdirSync(dir).filter((n) => n !== 'backups')).toEqual(['vitrine.json']);
  });

  it('backs the raw file up before migrating an unversioned store', () => {
    const dir = tempDir();
    const file = path.join(dir, 'vitrine.json');
    writeFileSync(file, JSON.stringify({ settings: { locale: 'en' } }));
    const vault = new Vault({ dir, now: clock });
    expect(vault.notices[0]).toMatchObject({ kind: 'migrated', from: 0, to: CURRENT_SCHEMA_VERSION });
    const notice = vault.notices[0];
    if (notice?.kind !== 'migrated') throw new Error('unreachable');
    expect(JSON.parse(readFileSync(notice.backupPath, 'utf8'))).toEqual({ settings: { locale: 'en' } });
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(vault.data.settings.locale).toBe('en');
    expect(existsSync(notice.backupPath)).toBe(true);
  });

  it('reads back what it wrote exactly', () => {
    const dir = tempDir();
    const written = seed(dir, ['one', 'two']).data;
    const reopened = new Vault({ dir, now: clock });
    expect(reopened.data).toEqual(written);
    expect(reopened.notices).toEqual([]);
  });
});

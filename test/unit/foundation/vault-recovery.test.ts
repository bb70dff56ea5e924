import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPAIR_MARKER, serializeLibrary, Vault } from '../../../electron/services/vault';
import { newWorkspace } from '../../../shared/domain/workspace/factory';
import type { StartupNotice } from '../../../shared/ipc/contract';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/storage/migrations';
import { faultyFs } from '../../support/faulty-fs';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'vitrine-recovery-'));
let tick = Date.parse('2026-02-01T00:00:00Z');
const clock = () => new Date((tick += 1000));

function library(dir: string, names: string[]): Vault {
  const vault = new Vault({ dir, now: clock, debounceMs: 60_000 });
  vault.update((d) => ({ ...d, workspaces: names.map((n) => newWorkspace(n, { id: n, now: clock() })) }));
  expect(vault.flush()).toBe(true);
  return vault;
}

const names = (v: Vault) => v.data.workspaces.map((w) => w.name);
const only = <K extends StartupNotice['kind']>(v: Vault, kind: K) => {
  expect(v.notices.map((n) => n.kind)).toEqual([kind]);
  return v.notices[0] as Extract<StartupNotice, { kind: K }>;
};

describe('Vault start-up recovery', () => {
  it('a flipped bit in a key name ("workspacez") is damage: the newest backup comes back, the file is kept aside, a notice says why', () => {
    const dir = tempDir();
    const vault = library(dir, ['Alice', 'Bob']);
    const damaged = readFileSync(vault.storePath, 'utf8').replace('"workspaces"', '"workspacez"');
    writeFileSync(vault.storePath, damaged);
    const reopened = new Vault({ dir, now: clock });
    expect(names(reopened)).toEqual(['Alice', 'Bob']);
    const notice = only(reopened, 'restored-from-backup');
    expect(notice.reason).toContain('unknown key "workspacez"');
    expect(readFileSync(notice.quarantinedPath!, 'utf8')).toBe(damaged);
    // The marker stays until an edit is saved: a crash before then repeats the notice.
    expect(existsSync(path.join(dir, REPAIR_MARKER))).toBe(true);
    expect(new Vault({ dir, now: clock }).notices).toEqual([notice]);
    reopened.update((d) => ({ ...d, activeWorkspaceId: 'Alice' }));
    expect(reopened.flush()).toBe(true);
    expect(existsSync(path.join(dir, REPAIR_MARKER))).toBe(false);
    expect(new Vault({ dir, now: clock }).notices).toEqual([]);
  });

  it('a flipped bit inside a value ("Alice" → "Alica") still parses, but matches no save: the backup comes back', () => {
    const dir = tempDir();
    const vault = library(dir, ['Alice', 'Bob']);
    writeFileSync(vault.storePath, readFileSync(vault.storePath, 'utf8').replace('"name": "Alice"', '"name": "Alica"'));
    const reopened = new Vault({ dir, now: clock });
    expect(names(reopened)).toEqual(['Alice', 'Bob']);
    expect(only(reopened, 'restored-from-backup').reason).toMatch(/not one Vitrine saved/);
  });

  it('a flipped bit in schemaVersion (to a newer or an older number) is damage, not a newer or older file, when the backups recorded the real save', () => {
    for (const version of [String(CURRENT_SCHEMA_VERSION ^ 4), String(CURRENT_SCHEMA_VERSION ^ 1)]) {
      const dir = tempDir();
      const vault = library(dir, ['Alice']);
      writeFileSync(vault.storePath, readFileSync(vault.storePath, 'utf8').replace(`"schemaVersion": ${CURRENT_SCHEMA_VERSION}`, `"schemaVersion": ${version}`));
      const reopened = new Vault({ dir, now: clock });
      expect(reopened.readOnly).toBe(false);
      expect(names(reopened)).toEqual(['Alice']);
      only(reopened, 'restored-from-backup');
    }
  });

  it('without a backup, salvages client by client and names every client and part it could not read', () => {
    const dir = tempDir();
    const vault = library(dir, ['Alice', 'Bob', 'Chloé']);
    const data = JSON.parse(readFileSync(vault.storePath, 'utf8'));
    data.workspaces[1].profilez = data.workspaces[1].profiles;
    delete data.workspaces[1].profiles;
    data.settings.theme = 'sepia';
    rmSync(vault.backupsDir, { recursive: true });
    writeFileSync(vault.storePath, JSON.stringify(data));
    const reopened = new Vault({ dir, now: clock });
    expect(names(reopened)).toEqual(['Alice', 'Chloé']);
    const notice = only(reopened, 'salvaged');
    expect(notice).toMatchObject({ kept: 2, lostClients: ['Bob'], lostParts: ['settings'] });
    expect(JSON.parse(readFileSync(notice.quarantinedPath, 'utf8'))).toEqual(data);
    // The salvage is saved; once an edit is saved after it, the next start is clean.
    reopened.update((d) => ({ ...d, activeWorkspaceId: null }));
    expect(reopened.flush()).toBe(true);
    expect(new Vault({ dir, now: clock }).notices).toEqual([]);
  });

  it('a missing data file with backups beside it restores the newest backup, with a notice', () => {
    const dir = tempDir();
    const vault = library(dir, ['Alice']);
    rmSync(vault.storePath);
    const reopened = new Vault({ dir, now: clock });
    expect(names(reopened)).toEqual(['Alice']);
    expect(only(reopened, 'restored-from-backup')).toMatchObject({ quarantinedPath: null, reason: 'the data file was missing' });
    expect(reopened.recovered).toBe(true);
  });

  it('a missing data file with only a quarantined file beside it salvages that file rather than starting empty', () => {
    const dir = tempDir();
    const vault = library(dir, ['Alice']);
    const text = readFileSync(vault.storePath, 'utf8').replace('"trash"', '"trasH"');
    rmSync(vault.storePath);
    rmSync(vault.backupsDir, { recursive: true });
    writeFileSync(path.join(dir, 'vitrine.corrupt-20260101T000000000Z.json'), text);
    const reopened = new Vault({ dir, now: clock });
    expect(names(reopened)).toEqual(['Alice']);
    expect(only(reopened, 'salvaged').lostParts).toEqual(['key:trasH', 'trash']);
  });

  it('a hand-written store missing keys Vitrine always writes is damage, never silently filled', () => {
    const dir = tempDir();
    const bare = { schemaVersion: CURRENT_SCHEMA_VERSION, workspaces: [{ id: 'w', name: 'W', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', profiles: [] }] };
    writeFileSync(path.join(dir, 'vitrine.json'), JSON.stringify(bare));
    const vault = new Vault({ dir, now: clock });
    const notice = only(vault, 'salvaged');
    expect(notice.reason).toMatch(/missing key "settings"/);
    expect(notice.lostClients).toEqual(['W']);
  });

  it('a repair cut short after the store was replaced is told at the next start (the marker)', () => {
    const dir = tempDir();
    const vault = library(dir, ['Alice']);
    // A marker written before reasons had codes: its reason is worded as "other".
    const notice = { kind: 'restored-from-backup', quarantinedPath: path.join(dir, 'vitrine.corrupt-x.json'), backupPath: 'b', reason: 'r' } as const;
    writeFileSync(path.join(dir, REPAIR_MARKER), JSON.stringify(notice));
    const reopened = new Vault({ dir, now: clock });
    expect(reopened.notices).toEqual([{ ...notice, reasonCode: 'other' }]);
    expect(names(reopened)).toEqual(['Alice']);
    reopened.update((d) => ({ ...d, activeWorkspaceId: 'Alice' }));
    expect(reopened.flush()).toBe(true);
    expect(existsSync(path.join(dir, REPAIR_MARKER))).toBe(false);
    expect(vault.storePath).toBe(reopened.storePath);
  });

  it('in a read-only folder, a damaged store is replaced in memory only: the damaged file stays in place until the repair can be written', () => {
    const dir = tempDir();
    const vault = library(dir, ['Alice']);
    writeFileSync(vault.storePath, '{"schemaVersion":1,');
    const faults = { openError: 'EROFS' as string | null };
    const reopened = new Vault({ dir, now: clock, fs: faultyFs(faults) });
    expect(names(reopened)).toEqual(['Alice']);
    expect(reopened.writeError).toMatch(/EROFS/);
    expect(reopened.hasUnsavedChanges).toBe(true);
    expect(readFileSync(reopened.storePath, 'utf8')).toBe('{"schemaVersion":1,');
    expect(readdirSync(dir).filter((n) => n.startsWith('vitrine.corrupt-'))).toEqual([]);
    faults.openError = null;
    expect(reopened.retryNow()).toBe(true);
    expect(readdirSync(dir).filter((n) => n.startsWith('vitrine.corrupt-'))).toHaveLength(1);
    expect(readFileSync(reopened.storePath).equals(serializeLibrary(reopened.data))).toBe(true);
  });

  it('removes leftover temp files of interrupted writes at start', () => {
    const dir = tempDir();
    library(dir, ['Alice']);
    writeFileSync(path.join(dir, 'vitrine.json.tmp-abc123'), 'partial');
    writeFileSync(path.join(dir, 'backups', 'vitrine-20260101T000000000Z.json.tmp-99ff'), 'partial');
    const reopened = new Vault({ dir, now: clock });
    expect(reopened.removedTempFiles.map((f) => path.basename(f)).sort()).toEqual(['vitrine-20260101T000000000Z.json.tmp-99ff', 'vitrine.json.tmp-abc123']);
    expect(readdirSync(dir).some((n) => n.includes('.tmp-'))).toBe(false);
  });
});

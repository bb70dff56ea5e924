import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Vault, type WriteStatus } from '../../../electron/services/vault';
import { newWorkspace } from '../../../shared/domain/workspace/factory';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'vitrine-status-'));
const clock = () => new Date('2026-01-01T00:00:00Z');

describe('Vault write status (the save-failure banner reads this)', () => {
  it('reports unsaved edits, then saved, to every listener until it unsubscribes', () => {
    const vault = new Vault({ dir: tempDir(), now: clock, debounceMs: 60_000 });
    const seen: WriteStatus[] = [];
    const stop = vault.onWriteStatus((s) => seen.push(s));
    vault.update((d) => ({ ...d, workspaces: [newWorkspace('A', { id: 'a', now: clock() })] }));
    expect(vault.hasUnsavedChanges).toBe(true);
    expect(vault.retryNow()).toBe(true);
    expect(vault.hasUnsavedChanges).toBe(false);
    expect(seen).toEqual([{ error: null, unsaved: true }, { error: null, unsaved: false }]);
    stop();
    vault.update((d) => ({ ...d, activeWorkspaceId: 'a' }));
    expect(seen).toHaveLength(2);
    vault.flush();
  });

  it('reports a failed write with its reason, keeps the edit unsaved, and retryNow succeeds once the path is writable', () => {
    const dir = tempDir();
    const vault = new Vault({ dir, now: clock, debounceMs: 60_000 });
    const seen: WriteStatus[] = [];
    vault.onWriteStatus((s) => seen.push(s));
    // A folder where the store should be: the write fails even for root.
    rmSync(vault.storePath);
    mkdirSync(vault.storePath);
    vault.update((d) => ({ ...d, workspaces: [newWorkspace('Kept', { id: 'k', now: clock() })] }));
    expect(vault.retryNow()).toBe(false);
    expect(vault.hasUnsavedChanges).toBe(true);
    expect(seen.at(-1)).toMatchObject({ unsaved: true, error: expect.stringMatching(/EISDIR|directory/i) });
    rmSync(vault.storePath, { recursive: true });
    expect(vault.retryNow()).toBe(true);
    expect(seen.at(-1)).toEqual({ error: null, unsaved: false });
    expect(JSON.parse(readFileSync(vault.storePath, 'utf8')).workspaces[0].name).toBe('Kept');
  });

  it('exports a copy of the current library, unsaved edits included, to a chosen path', () => {
    const vault = new Vault({ dir: tempDir(), now: clock, debounceMs: 60_000 });
    vault.update((d) => ({ ...d, workspaces: [newWorkspace('Copy me', { id: 'c', now: clock() })] }));
    const out = path.join(tempDir(), 'copy.json');
    vault.exportCopy(out);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(vault.data);
    expect(() => vault.exportCopy(path.join(tempDir(), 'missing-folder', 'copy.json'))).toThrow(/ENOENT|could not write/);
    vault.flush();
  });
});

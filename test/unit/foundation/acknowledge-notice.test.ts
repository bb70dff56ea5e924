import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/main/ipc-dispatch';
import { createHandlers } from '../../../electron/services/handlers';
import { REPAIR_MARKER, Vault } from '../../../electron/services/vault';
import { newWorkspace } from '../../../shared/domain/workspace/factory';
import type { AppInfo } from '../../../shared/ipc/contract';

const APP = 'app://vitrine/index.html';
let tick = Date.parse('2026-02-01T00:00:00Z');
const clock = () => new Date((tick += 1000));

/** A data folder whose store was damaged after a good save: the next start restores the backup. */
function damagedDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vitrine-ack-'));
  const vault = new Vault({ dir, now: clock, debounceMs: 60_000 });
  vault.update((d) => ({ ...d, workspaces: [newWorkspace('Alice', { id: 'a', now: clock() })] }));
  expect(vault.flush()).toBe(true);
  writeFileSync(vault.storePath, readFileSync(vault.storePath, 'utf8').replace('"workspaces"', '"workspacez"'));
  return dir;
}

function start(dir: string) {
  const vault = new Vault({ dir, now: clock, debounceMs: 60_000 });
  const dispatch = createDispatch(createHandlers({
    vault,
    info: { version: 'test', systemLocale: 'fr-FR', dataDir: dir },
    openExternal: async () => undefined,
    newId: () => crypto.randomUUID(),
    now: clock,
    demoWorkspaceText: () => '',
  }), { isTrustedSender: (u) => u === APP });
  return { vault, dispatch };
}

describe('app:acknowledge-notice', () => {
  it('a dismissed restore notice is not told again at the next start; one not dismissed is', async () => {
    const dir = damagedDir();
    const first = start(dir);
    const info = await first.dispatch('app:info', APP, undefined);
    expect(info.ok && (info.value as AppInfo).notices.map((n) => [n.kind, n.kind === 'restored-from-backup' && n.reasonCode])).toEqual([['restored-from-backup', 'unexpected-content']]);

    // Not dismissed: the next start tells it again.
    const second = start(dir);
    expect(second.vault.notices.map((n) => n.kind)).toEqual(['restored-from-backup']);

    expect(await second.dispatch('app:acknowledge-notice', APP, { kind: 'restored-from-backup' })).toEqual({ ok: true, value: null });
    expect(existsSync(path.join(dir, REPAIR_MARKER))).toBe(false);
    const after = await second.dispatch('app:info', APP, undefined);
    expect(after.ok && (after.value as AppInfo).notices).toEqual([]);
    expect(start(dir).vault.notices).toEqual([]);
  });

  it('refuses a foreign page and a payload the contract does not accept, and acknowledges nothing', async () => {
    const dir = damagedDir();
    start(dir);
    const { dispatch } = start(dir);
    expect(await dispatch('app:acknowledge-notice', 'http://evil.test/', { kind: 'restored-from-backup' })).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await dispatch('app:acknowledge-notice', APP, { kind: 'newer-version' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch('app:acknowledge-notice', APP, undefined)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(existsSync(path.join(dir, REPAIR_MARKER))).toBe(true);
    expect(start(dir).vault.notices.map((n) => n.kind)).toEqual(['restored-from-backup']);
  });

  it('dismissing another kind of notice leaves the repair to be told', () => {
    const dir = damagedDir();
    const { vault } = start(dir);
    vault.notices.push({ kind: 'migrated', from: 2, to: 3, backupPath: 'x' });
    vault.acknowledgeNotice('migrated');
    expect(vault.notices.map((n) => n.kind)).toEqual(['restored-from-backup']);
    expect(existsSync(path.join(dir, REPAIR_MARKER))).toBe(true);
  });
});

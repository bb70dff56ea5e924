import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/main/ipc-dispatch';
import { createHandlers } from '../../../electron/services/handlers';
import { Vault } from '../../../electron/services/vault';
import { newWorkspace } from '../../../shared/domain/workspace/factory';
import { referenceErrors } from '../../../shared/domain/workspace/file';
import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/ipc/envelope';

const NOW = new Date('2026-03-01T10:00:00Z');
const RESUME = readFileSync(path.resolve(__dirname, '../../fixtures/jsonresume/network-names.json'));

function app() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vitrine-apply-'));
  const vault = new Vault({ dir: dataDir, now: () => NOW, debounceMs: 60_000 });
  vault.update((d) => ({ ...d, workspaces: [newWorkspace('Jeanne', { id: 'w1', now: NOW })] }));
  let n = 0;
  const dispatch = createDispatch(createHandlers({
    vault, info: { version: 'test', systemLocale: 'fr-FR', dataDir }, openExternal: async () => undefined,
    newId: () => `id-${++n}`, now: () => NOW, demoWorkspaceText: () => '',
  }), { isTrustedSender: () => true });
  const call = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const res = (await dispatch(channel, 'test://', input)) as Envelope<Output<C>>;
    if (!res.ok) throw new Error(res.error.message);
    return res.value;
  };
  return { call };
}

describe('applying an import with profiles matched to a network with doubt', () => {
  it('keeps only those the user confirmed, and leaves a workspace that saves', async () => {
    const counts: number[] = [];
    for (const confirmed of [[], [1], [1, 9]]) {
      const { call } = app();
      const preview = await call('import:preview', { workspaceId: 'w1', files: [{ name: 'resume.json', bytes: new Uint8Array(RESUME) }], mode: 'merge', lang: 'fr' });
      expect(preview.uncertain.map((u) => u.index)).toEqual([1, 9]);
      const { workspace } = await call('import:apply', { token: preview.token, confirmed });
      counts.push(workspace.profiles.length);
      expect(referenceErrors(workspace, 'en')).toEqual([]);
      // The next save of the client goes through.
      await call('workspace:save', { workspace: { ...workspace, name: 'Jeanne D.' } });
    }
    // Each confirmed guess is one more profile.
    expect([counts[1]! - counts[0]!, counts[2]! - counts[0]!]).toEqual([1, 2]);
  });
});

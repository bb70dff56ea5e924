/**
 * The vault in a child process of plain Node, for kill -9 tests. Bundled by
 * esbuild at the start of the suite (see lab.ts) and run as:
 *   node child.cjs save <dir> <from>   edits from <from> on, one flush each; prints "ACK <i>" after each flush that returned true
 *   node child.cjs open <dir> <msPerOp> the app's start-up (vault + picture clean-up) with every file operation slowed down
 * The parent kills it at a random moment and checks what the next start finds.
 */
import { writeSync } from 'node:fs';
import path from 'node:path';
import { tidyPhotos } from '../../electron/services/photo-trash';
import { Vault } from '../../electron/services/vault';
import { nodeFs, type VaultFs } from '../../electron/services/vault-fs';
import { newWorkspace } from '../../shared/domain/workspace/factory';

const [mode, dir, arg] = process.argv.slice(2);
const say = (line: string) => writeSync(1, `${line}\n`);
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Every operation waits a little, so that a kill lands between the steps of a repair and not only before or after. */
function slow(ms: number): VaultFs {
  const wrapped = {} as Record<string, unknown>;
  for (const [name, op] of Object.entries(nodeFs)) {
    wrapped[name] = (...args: unknown[]) => {
      Atomics.wait(pause, 0, 0, ms);
      return (op as (...a: unknown[]) => unknown)(...args);
    };
  }
  return wrapped as unknown as VaultFs;
}

if (mode === 'save') {
  const vault = new Vault({ dir: dir!, debounceMs: 3_600_000 });
  say('READY');
  for (let i = Number(arg); ; i++) {
    vault.update((d) => ({
      ...d,
      settings: { ...d.settings, consultantName: `edit ${i}` },
      // Every third edit adds a client: a lost one would show as a missing id.
      workspaces: i % 3 === 0 ? [...d.workspaces, newWorkspace(`Client ${i}`, { id: `c${i}`, now: new Date() })] : d.workspaces,
    }));
    if (vault.flush()) say(`ACK ${i}`);
  }
} else if (mode === 'open') {
  const fs = slow(Number(arg));
  say('GO');
  const vault = new Vault({ dir: dir!, fs });
  tidyPhotos({ dataDir: path.resolve(dir!), vault, now: new Date(), fs });
  say(`DONE ${vault.notices.map((n) => n.kind).join(',')}`);
} else {
  say(`unknown mode ${mode}`);
  process.exit(2);
}

import { summarize } from '../../services/summaries';
import type { HandlerDeps } from '../../services/handlers/context';
import { putWorkspace } from '../../services/handlers/context';
import { checkImportedPhotos, storeImportedPhotos } from '../../services/handlers/photo-import';
import { Vault } from '../../services/vault';
import { invalid, type CliIo } from '../io';
import { loadWorkspaceFile } from '../workspace-io';

/** The app's own vault over the data folder; start-up notices are printed, never swallowed. */
function openVault(io: CliIo, dir: string): Vault {
  const vault = new Vault({ dir, now: io.now });
  for (const n of vault.notices) io.err(`vitrine: at opening: ${JSON.stringify(n)}`);
  return vault;
}

function deps(io: CliIo, vault: Vault, dir: string): HandlerDeps {
  return {
    vault,
    info: { version: 'cli', systemLocale: 'en', dataDir: dir },
    openExternal: () => Promise.reject(new Error('no browser from the command line')),
    newId: io.newId,
    now: io.now,
    demoWorkspaceText: () => '',
  };
}

/**
 * vitrine library add: every file is checked first; one bad file or a client
 * already in the library changes nothing (exit 1). The clients and their
 * pictures are then written through the vault, and the save is checked.
 */
export function libraryAddCommand(io: CliIo, files: string[], dir: string): number {
  const vault = openVault(io, dir);
  if (vault.readOnly) throw invalid(`the library in ${dir} was written by a newer Vitrine; nothing was added`);
  const loaded = files.map((file) => ({ file, ...loadWorkspaceFile(io, file) }));
  const ids = new Set(vault.data.workspaces.map((w) => w.id));
  for (const { file, workspace } of loaded) {
    if (ids.has(workspace.id)) throw invalid(`${file}: client "${workspace.name}" (id ${workspace.id}) is already in the library; nothing was added`);
    ids.add(workspace.id);
  }
  const d = deps(io, vault, dir);
  for (const { file, workspace, photos } of loaded) {
    const checked = checkImportedPhotos(photos, workspace, 'en');
    for (const issue of checked.issues) io.err(`vitrine: ${file}: ${issue.message}`);
    const stored = putWorkspace(d, storeImportedPhotos(d, checked.photos, workspace, { ...workspace, profiles: [] }));
    io.out(`added "${stored.name}" (${stored.profiles.length} profiles) from ${file}`);
  }
  if (!vault.flush()) {
    io.err(`vitrine: the library could not be saved: ${vault.writeError}`);
    return 2;
  }
  return 0;
}

/** vitrine library list: the clients, as the app's client list shows them. */
export function libraryListCommand(io: CliIo, dir: string, json: boolean): number {
  const vault = openVault(io, dir);
  const now = io.now();
  const rows = vault.data.workspaces.map((ws) => summarize(ws, now));
  if (json) io.out(JSON.stringify(rows, null, 2));
  else if (rows.length === 0) io.out('The library is empty.');
  else for (const r of rows) io.out(`${r.id}\t${r.name}\t${r.profileCount} profiles${r.archived ? '\tarchived' : ''}${r.score === null ? '' : `\tscore ${r.score}`}`);
  vault.flush();
  return 0;
}

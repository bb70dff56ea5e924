import type { Workspace } from '../../../shared/schema/workspace';
import { recordScore } from '../../../shared/domain/audit';
import { reviewWorkspace } from '../../../shared/domain/review';
import { AppError } from '../../../shared/ipc/envelope';
import type { Vault } from '../vault';

/** What every handler group needs; OS effects are injected so tests can replace them. */
export interface HandlerDeps {
  vault: Vault;
  info: { version: string; systemLocale: string; dataDir: string };
  /** Hands an already-checked URL to the system browser. */
  openExternal: (url: string) => Promise<void>;
  newId: () => string;
  now: () => Date;
  /** The bundled demo workspace file, as text. */
  demoWorkspaceText: () => string;
  /** Renders report HTML to PDF bytes (Electron's printToPDF; Chromium's in tests). */
  renderPdf?: (html: string) => Promise<Uint8Array>;
}

export function findWorkspace(deps: HandlerDeps, id: string): Workspace {
  const ws = deps.vault.data.workspaces.find((w) => w.id === id);
  if (!ws) throw new AppError('not-found', `No client workspace with id "${id}". It may have been deleted.`);
  return ws;
}

/**
 * Replace one workspace (by id) and return the stored copy. Every save
 * records the day's audit score, so the client list always shows a score and
 * its trend, whoever changed the workspace (editor, import, demo).
 */
export function putWorkspace(deps: HandlerDeps, ws: Workspace): Workspace {
  const now = deps.now();
  const updated = { ...ws, updatedAt: now.toISOString() };
  // A client with no profile yet, or nothing checked yet, has no score to record.
  const review = ws.profiles.length === 0 ? null : reviewWorkspace(ws, now);
  const stored = review?.rated ? recordScore(updated, review.score, now) : updated;
  deps.vault.update((data) => ({
    ...data,
    workspaces: data.workspaces.some((w) => w.id === ws.id)
      ? data.workspaces.map((w) => (w.id === ws.id ? stored : w))
      : [...data.workspaces, stored],
  }));
  return stored;
}

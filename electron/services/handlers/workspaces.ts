import { duplicateWorkspace, newWorkspace } from '../../../shared/domain/workspace/factory';
import { demoAsOf } from '../../../shared/domain/workspace/demo-dates';
import { parseWorkspaceFile, referenceErrors } from '../../../shared/domain/workspace/file';
import type { Lang } from '../../../shared/schema/text';
import { resolveLang } from '../../../shared/domain/lang';
import { AppError } from '../../../shared/ipc/envelope';
import type { Handlers } from '../../main/ipc-dispatch';
import { clientList, searchIndex } from '../summaries';
import { findWorkspace, putWorkspace, type HandlerDeps } from './context';

type WorkspaceHandlers = Pick<
  Handlers,
  | 'library:list' | 'library:search-index' | 'library:active' | 'workspace:get' | 'workspace:create' | 'workspace:rename' | 'workspace:duplicate'
  | 'workspace:archive' | 'workspace:delete' | 'workspace:undo-delete' | 'workspace:save' | 'workspace:activate' | 'workspace:open-demo'
>;

/** Deleted workspaces kept for undo during the session (the trash is emptied at start-up). */
const TRASH_LIMIT = 20;

export function workspaceHandlers(deps: HandlerDeps): WorkspaceHandlers {
  const { vault } = deps;
  const stamp = () => ({ id: deps.newId(), now: deps.now() });
  const activate = (id: string) => vault.update((data) => ({ ...data, activeWorkspaceId: id }));
  // A deletion is undone from its toast, in the session; at the next start it is final.
  if (!vault.readOnly && vault.data.trash.length > 0) vault.update((data) => ({ ...data, trash: [] }));
  /** The language the user sees the app in. */
  const lang = (): Lang => resolveLang(vault.data.settings.locale, deps.info.systemLocale);
  const list = clientList();
  const listNow = () => list.get(vault.data.workspaces, deps.now(), lang());
  // Worked out while the window loads, for the page's first call.
  setTimeout(listNow, 0).unref?.();
  /** "(copie)" or "(copy)". */
  const copySuffix = () => (lang() === 'fr' ? ' (copie)' : ' (copy)');

  return {
    'library:list': listNow,
    'library:search-index': () => searchIndex(vault.data.workspaces),
    'library:active': () => vault.data.activeWorkspaceId,
    'workspace:get': ({ id }) => findWorkspace(deps, id),
    'workspace:create': ({ name, activate: open }) => {
      const ws = putWorkspace(deps, newWorkspace(name, stamp()));
      if (open) activate(ws.id);
      return ws;
    },
    'workspace:rename': ({ id, name }) => putWorkspace(deps, { ...findWorkspace(deps, id), name }),
    'workspace:duplicate': ({ id }) => {
      const source = findWorkspace(deps, id);
      return putWorkspace(deps, duplicateWorkspace(source, { ...stamp(), name: `${source.name}${copySuffix()}`, idGen: deps.newId }));
    },
    'workspace:archive': ({ id, archived }) => putWorkspace(deps, { ...findWorkspace(deps, id), archived }),
    'workspace:delete': ({ id }) => {
      const ws = findWorkspace(deps, id);
      vault.update((data) => ({
        ...data,
        workspaces: data.workspaces.filter((w) => w.id !== id),
        activeWorkspaceId: data.activeWorkspaceId === id ? null : data.activeWorkspaceId,
        trash: [{ workspace: ws, deletedAt: deps.now().toISOString() }, ...data.trash].slice(0, TRASH_LIMIT),
      }));
      return { id, name: ws.name };
    },
    'workspace:undo-delete': ({ id }) => {
      const entry = vault.data.trash.find((t) => t.workspace.id === id);
      if (!entry) throw new AppError('not-found', 'This deletion can no longer be undone.');
      vault.update((data) => ({
        ...data,
        workspaces: [...data.workspaces, entry.workspace],
        trash: data.trash.filter((t) => t.workspace.id !== id),
      }));
      return entry.workspace;
    },
    'workspace:save': ({ workspace }) => {
      findWorkspace(deps, workspace.id);
      // Duplicate ids would make the client unreadable by Vitrine's own import: refused, nothing stored.
      const errors = referenceErrors(workspace, lang());
      if (errors.length > 0) {
        const intro = lang() === 'fr' ? "Enregistrement refusé, rien n’a été modifié :" : 'Save refused, nothing was changed:';
        throw new AppError('invalid-input', `${intro} ${errors.map((e) => `${e.path.replace(/^workspace\./, '')}: ${e.message}`).join('; ')}`);
      }
      return putWorkspace(deps, workspace);
    },
    'workspace:activate': ({ id }) => {
      findWorkspace(deps, id);
      activate(id);
      return null;
    },
    'workspace:open-demo': () => {
      const parsed = parseWorkspaceFile(deps.demoWorkspaceText());
      if (!parsed.ok) throw new AppError('internal', 'The bundled demo is damaged; reinstall Vitrine.');
      // The demo's story is dated relative to today, so it reads well whenever it is opened.
      const ws = putWorkspace(deps, { ...demoAsOf(parsed.workspace, deps.now()), id: deps.newId() });
      activate(ws.id);
      return ws;
    },
  };
}

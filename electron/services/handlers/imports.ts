import { planImport } from '../../../shared/domain/import/detect';
import type { ImportPlan } from '../../../shared/schema/import-plan';
import type { Workspace } from '../../../shared/schema/workspace';
import { AppError } from '../../../shared/ipc/envelope';
import type { Handlers } from '../../main/ipc-dispatch';
import { networkForWorkspace } from '../../../shared/domain/networks/registry';
import { findWorkspace, putWorkspace, type HandlerDeps } from './context';
import { checkImportedPhotos, storeImportedPhotos, type CheckedPhotos } from './photo-import';

type ImportHandlers = Pick<Handlers, 'import:preview' | 'import:apply' | 'import:undo'>;

/** Refused before decoding: the renderer never gets to push more than this. */
const MAX_TOTAL_BYTES = 200 * 1024 * 1024;

interface Pending { workspaceId: string; plan: ImportPlan; uncertainProfileIds: Map<number, string>; photos: CheckedPhotos }

/**
 * Import is two steps: preview (nothing changes) then apply. Undo puts the
 * workspace back as it was before apply; undo tokens live for the session.
 */
export function importHandlers(deps: HandlerDeps): ImportHandlers {
  const pending = new Map<string, Pending>();
  const undo = new Map<string, Workspace>();

  return {
    'import:preview': ({ workspaceId, files, mode, lang }) => {
      const target = findWorkspace(deps, workspaceId);
      const decoded = files.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.base64, 'base64')) }));
      const total = decoded.reduce((n, f) => n + f.bytes.byteLength, 0);
      if (total > MAX_TOTAL_BYTES) throw new AppError('too-large', `These files weigh ${Math.round(total / 1e6)} MB; Vitrine imports at most 200 MB at once.`);
      const outcome = planImport(target, decoded, { idGen: deps.newId, now: deps.now(), registry: networkForWorkspace(target), mode, lang });
      if (!outcome.ok) {
        const more = (outcome.issues ?? []).slice(1, 6).map((i) => `\n• ${i.where ? `${i.where}: ` : ''}${i.message}`).join('');
        throw new AppError('invalid-file', `${outcome.message[lang]}${more}`);
      }
      const token = deps.newId();
      const uncertain = outcome.uncertain ?? [];
      const photos = checkImportedPhotos(outcome.photos ?? {}, outcome.plan.result, lang);
      const plan = { ...outcome.plan, issues: [...outcome.plan.issues, ...photos.issues] };
      pending.set(token, { workspaceId, plan, uncertainProfileIds: new Map(uncertain.map((u) => [u.index, u.profileId])), photos: photos.photos });
      return {
        token,
        format: plan.format,
        changes: plan.changes,
        issues: plan.issues,
        read: outcome.plan.read,
        uncertain: uncertain.map(({ index, name, guess }) => ({ index, name, guess })),
      };
    },
    'import:apply': ({ token, confirmed }) => {
      const entry = pending.get(token);
      if (!entry) throw new AppError('not-found', 'This import preview has expired; open the file again.');
      pending.delete(token);
      const before = findWorkspace(deps, entry.workspaceId);
      // Profiles matched to a network with doubt are kept only when the user confirmed them.
      const refused = new Set([...entry.uncertainProfileIds].filter(([i]) => !confirmed.includes(i)).map(([, id]) => id));
      const result = { ...entry.plan.result, id: before.id, profiles: entry.plan.result.profiles.filter((p) => !refused.has(p.id)) };
      // Pictures are written only now, when the user accepted the import.
      const workspace = putWorkspace(deps, storeImportedPhotos(deps, entry.photos, result, before));
      const undoToken = deps.newId();
      undo.set(undoToken, before);
      return { workspace, undoToken };
    },
    'import:undo': ({ undoToken }) => {
      const before = undo.get(undoToken);
      if (!before) throw new AppError('not-found', 'This import can no longer be undone.');
      undo.delete(undoToken);
      return putWorkspace(deps, before);
    },
  };
}

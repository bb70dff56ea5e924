import { auditResume } from '../../../shared/domain/audit/person-audit';
import { planImport } from '../../../shared/domain/import/detect';
import { isOnlyErrors, ONLY_ERRORS } from '../../../shared/domain/import/plan-outcome';
import type { ImportIssue, ImportPlan } from '../../../shared/schema/import-plan';
import type { Workspace } from '../../../shared/schema/workspace';
import { MAX_IMPORT_BYTES } from '../../../shared/ipc/contract';
import { removeProfile } from '../../../shared/domain/workspace/profiles';
import { AppError } from '../../../shared/ipc/envelope';
import type { Handlers } from '../../main/ipc-dispatch';
import { networkForWorkspace } from '../../../shared/domain/networks/registry';
import { findWorkspace, putWorkspace, type HandlerDeps } from './context';
import { checkImportedPhotos, storeImportedPhotos, type CheckedPhotos } from './photo-import';
import { lonePdfText, PdfReadError } from '../pdf-text';

type ImportHandlers = Pick<Handlers, 'import:preview' | 'import:apply' | 'import:undo'>;

/** Previews and undos kept at once; older ones expire (the UI then says so). */
const KEEP = 10;

interface Pending {
  workspaceId: string;
  /** The client as previewed: apply refuses if it changed since. */
  seenUpdatedAt: string;
  plan: ImportPlan;
  uncertainProfileIds: Map<number, string>;
  photos: CheckedPhotos;
}
interface Undo { before: Workspace; appliedUpdatedAt: string }

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.set(key, value);
  for (const old of [...map.keys()].slice(0, Math.max(0, map.size - KEEP))) map.delete(old);
}

/** Up to five issues as bullet lines, from `from` (the first is often already in the message). */
function issueList(issues: readonly ImportIssue[], from: number): string {
  return issues.filter((i) => i.level === 'error').slice(from, from + 5).map((i) => `\n• ${i.where ? `${i.where}: ` : ''}${i.message}`).join('');
}

/**
 * Import is two steps: preview (nothing changes) then apply. Undo puts the
 * workspace back as it was before apply; undo tokens live for the session.
 */
export function importHandlers(deps: HandlerDeps): ImportHandlers {
  const pending = new Map<string, Pending>();
  const undo = new Map<string, Undo>();

  return {
    'import:preview': async ({ workspaceId, files, mode, lang }) => {
      const target = findWorkspace(deps, workspaceId);
      const total = files.reduce((n, f) => n + f.bytes.length, 0);
      if (total > MAX_IMPORT_BYTES) {
        throw new AppError('too-large', lang === 'fr'
          ? `Ces fichiers pèsent ${Math.round(total / 1e6)} Mo ; Vitrine importe 200 Mo au plus à la fois. Rien n’a été modifié.`
          : `These files weigh ${Math.round(total / 1e6)} MB; Vitrine imports at most 200 MB at once. Nothing was changed.`, 'too-large');
      }
      const pdf = await lonePdfText(files).catch((error: unknown) => {
        throw error instanceof PdfReadError ? new AppError(error.kind === 'too-large' ? 'too-large' : 'invalid-file', error.localized[lang], error.kind) : error;
      });
      const outcome = planImport(target, files, { idGen: deps.newId, now: deps.now(), registry: networkForWorkspace(target), mode, lang, pdf });
      if (!outcome.ok) {
        throw new AppError(outcome.kind === 'too-large' ? 'too-large' : outcome.kind === 'unexpected' ? 'internal' : 'invalid-file', `${outcome.message[lang]}${issueList(outcome.issues ?? [], 1)}`, outcome.kind);
      }
      // Nothing to apply, only errors: say so now rather than offer an empty import.
      if (isOnlyErrors(outcome.plan)) throw new AppError('invalid-file', `${ONLY_ERRORS[lang]}${issueList(outcome.plan.issues, 0)}`, 'nothing-read');
      const token = deps.newId();
      const uncertain = outcome.uncertain ?? [];
      const photos = checkImportedPhotos(outcome.photos ?? {}, outcome.plan.result, lang);
      const plan = { ...outcome.plan, issues: [...outcome.plan.issues, ...photos.issues] };
      remember(pending, token, { workspaceId, seenUpdatedAt: target.updatedAt, plan, uncertainProfileIds: new Map(uncertain.map((u) => [u.index, u.profileId])), photos: photos.photos });
      return {
        token,
        format: plan.format,
        changes: plan.changes,
        issues: plan.issues,
        read: outcome.plan.read,
        uncertain: uncertain.map(({ index, name, guess }) => ({ index, name, guess })),
        resume: outcome.resume ? auditResume(outcome.resume, networkForWorkspace(target)).map(({ code, severity, message, fix }) => ({ code, severity, message, fix })) : null,
      };
    },
    'import:apply': ({ token, confirmed }) => {
      const entry = pending.get(token);
      if (!entry) throw new AppError('not-found', 'This import preview has expired; open the file again.', 'expired');
      pending.delete(token);
      const before = findWorkspace(deps, entry.workspaceId);
      if (before.updatedAt !== entry.seenUpdatedAt) {
        throw new AppError('conflict', 'This client changed after the preview; open the file again to see an up-to-date preview.', 'changed-since');
      }
      // Profiles matched to a network with doubt are kept only when the user confirmed them.
      const refused = new Set([...entry.uncertainProfileIds].filter(([i]) => !confirmed.includes(i)).map(([, id]) => id));
      // Removed as the editor removes a profile: its posts stay unassigned and the main profile choice goes back to automatic.
      const result = [...refused].reduce((ws, id) => removeProfile(ws, id).next, { ...entry.plan.result, id: before.id });
      // Pictures are written only now, when the user accepted the import.
      const workspace = putWorkspace(deps, storeImportedPhotos(deps, entry.photos, result, before));
      const undoToken = deps.newId();
      remember(undo, undoToken, { before, appliedUpdatedAt: workspace.updatedAt });
      // The log keeps what happened, never whose data: the format and how much changed.
      deps.desktop?.log?.info('import applied', { format: entry.plan.format, changes: entry.plan.changes.length });
      return { workspace, undoToken };
    },
    'import:undo': ({ undoToken }) => {
      const entry = undo.get(undoToken);
      if (!entry) throw new AppError('not-found', 'This import can no longer be undone.', 'expired');
      const current = deps.vault.data.workspaces.find((w) => w.id === entry.before.id);
      // Undoing after later edits would silently lose them: refuse instead.
      if (!current || current.updatedAt !== entry.appliedUpdatedAt) {
        throw new AppError('conflict', 'This client was changed after the import, so undoing it would lose those changes. Nothing was undone.', 'changed-since');
      }
      undo.delete(undoToken);
      deps.desktop?.log?.info('import undone');
      return putWorkspace(deps, entry.before);
    },
  };
}

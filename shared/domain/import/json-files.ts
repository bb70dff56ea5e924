import type { ImportIssue } from '../../schema/import-plan';
import type { Localized } from '../../schema/text';
import type { Person, Workspace } from '../../schema/workspace';
import { decodeText, TextDecodeError } from '../csv';
import { importJsonResume } from '../jsonresume/import';
import type { FieldError } from '../../schema/zod-issues';
import { parseWorkspaceFile, type WorkspacePhotos } from '../workspace/file';
import { mergeWorkspaces } from '../workspace/merge';
import type { ImportDeps, ImportResult } from './deps';
import type { ImportFailureKind } from './failure';
import type { ImportFile } from './files';

/** A JSON Resume profile whose network was guessed (e.g. "GiHub" → github); kept unless the user refuses it. */
export interface UncertainProfile {
  index: number;
  name: string;
  guess: string;
  /** The profile in the plan's result that the refusal would remove ('' when it merged into an existing one). */
  profileId: string;
}

/** `photos`: the pictures a workspace file carries (base64 by file name), for the caller to store. */
/** `resume`: the person a JSON Resume describes, as it says it (before merging), for the audit of its own content. */
export type JsonImportResult = ImportResult & { uncertain?: UncertainProfile[]; photos?: WorkspacePhotos; resume?: Person };

type Text = { ok: true; text: string } | { ok: false; kind: ImportFailureKind; message: Localized };

function readText(file: ImportFile | undefined): Text {
  if (!file) return { ok: false, kind: 'unrecognised', message: { fr: 'Aucun fichier à lire.', en: 'No file to read.' } };
  try {
    return { ok: true, text: decodeText(file.bytes).text };
  } catch (error) {
    if (error instanceof TextDecodeError) return { ok: false, kind: 'damaged', message: error.localized };
    throw error;
  }
}

function refused(file: ImportFile | undefined, what: Localized, errors: FieldError[]): JsonImportResult {
  const issues: ImportIssue[] = errors.map((e) => ({ level: 'error', file: file?.name ?? null, where: e.path || null, message: e.message }));
  // Name the field, so the user knows what to fix in the file.
  const first = errors[0] ? `${errors[0].path ? `${errors[0].path}: ` : ''}${errors[0].message}` : '';
  return { ok: false, kind: 'damaged', message: { fr: `${what.fr} ${first}`.trim(), en: `${what.en} ${first}`.trim() }, issues };
}

export function importWorkspaceFile(target: Workspace, file: ImportFile | undefined, deps: ImportDeps & { mode?: 'merge' | 'replace' }): JsonImportResult {
  const text = readText(file);
  if (!text.ok) return text;
  const parsed = parseWorkspaceFile(text.text, { lang: deps.lang ?? 'en' });
  if (!parsed.ok) {
    return refused(file, { fr: "Ce fichier d’espace de travail Vitrine est invalide :", en: 'This Vitrine workspace file is invalid:' }, parsed.errors);
  }
  const plan = mergeWorkspaces(target, parsed.workspace, {
    mode: deps.mode ?? 'merge',
    now: deps.now,
    lang: deps.lang ?? 'en',
    format: 'vitrine-workspace',
    networkLabel: (id) => deps.registry.get(id)?.label ?? id,
  });
  return { ok: true, plan, photos: parsed.photos };
}

export function importResumeFile(target: Workspace, file: ImportFile | undefined, deps: ImportDeps): JsonImportResult {
  const text = readText(file);
  if (!text.ok) return text;
  const r = importJsonResume(target, text.text, { idGen: deps.idGen, now: deps.now, registry: deps.registry, lang: deps.lang ?? 'en' });
  if (!r.ok) return refused(file, { fr: 'Ce CV JSON Resume est illisible :', en: 'This JSON Resume cannot be read:' }, r.errors);
  // The résumé module reports guesses by basics.profiles index; the apply step removes refused ones by id.
  const added = r.plan.result.profiles.filter((p) => !target.profiles.some((t) => t.id === p.id));
  const uncertain = r.uncertain.map((u) => {
    const at = added.findIndex((p) => p.network === u.guess);
    const [profile] = at < 0 ? [] : added.splice(at, 1);
    return { ...u, profileId: profile?.id ?? '' };
  });
  return { ok: true, plan: r.plan, uncertain, resume: r.person };
}

import { z } from 'zod';
import { IsoDateTime, Workspace } from '../../schema/workspace';
import type { Lang } from '../../schema/text';
import { describeValue, describeZodError, type FieldError } from '../../schema/zod-issues';
import { parseJsonText } from './json-text';
import { migrateToCurrent, WORKSPACE_FILE_VERSION, type RawFile } from './migrations';
import { MAX_PHOTO_BYTES, PHOTO_FILE_NAME } from './photo-file';

export const WORKSPACE_FILE_FORMAT = 'vitrine-workspace';
export const WORKSPACE_FILE_EXTENSION = '.vitrine.json';

const PhotoFileName = z.string().regex(PHOTO_FILE_NAME, 'expected a bare file name (letters, digits, "_", "-", ".")');

/**
 * The profile pictures the workspace refers to (`photo.file`), as base64 by
 * file name, so a client moves to another machine with them. Optional: files
 * written before pictures were stored have none.
 */
export const WorkspacePhotos = z
  .record(PhotoFileName, z.base64().max(Math.ceil(MAX_PHOTO_BYTES / 3) * 4))
  .meta({ description: 'Profile pictures (PNG, JPEG or WebP, base64) by the file name profiles use in photo.file.' });
export type WorkspacePhotos = z.infer<typeof WorkspacePhotos>;

/** The portable `.vitrine.json` file: one workspace in a versioned envelope. */
export const WorkspaceFile = z.object({
  format: z.literal(WORKSPACE_FILE_FORMAT),
  version: z.literal(WORKSPACE_FILE_VERSION),
  exportedAt: IsoDateTime,
  app: z.string().default('Vitrine'),
  workspace: Workspace,
  photos: WorkspacePhotos.default({}),
});
export type WorkspaceFile = z.infer<typeof WorkspaceFile>;

export type ParseWorkspaceFileResult = { ok: true; workspace: Workspace; photos: WorkspacePhotos } | { ok: false; errors: FieldError[] };

/**
 * Pretty JSON in a stable order (the schema's field order, record keys
 * sorted), so two exports of the same workspace are byte-identical and diff well.
 * Throws only if `ws` does not satisfy the Workspace schema (a programming error).
 */
export function serializeWorkspaceFile(ws: Workspace, now: Date, photos: WorkspacePhotos = {}): string {
  const parsed = Workspace.safeParse(ws);
  if (!parsed.success) {
    const detail = describeZodError(parsed.error, ws, 'workspace', 'en').map((e) => `${e.path}: ${e.message}`).join('; ');
    throw new Error(`serializeWorkspaceFile: the workspace is invalid (${detail})`);
  }
  const workspace = parsed.data;
  const file: WorkspaceFile = {
    format: WORKSPACE_FILE_FORMAT,
    version: WORKSPACE_FILE_VERSION,
    exportedAt: now.toISOString(),
    app: 'Vitrine',
    workspace: {
      ...workspace,
      limitOverrides: sortKeys(workspace.limitOverrides),
      profiles: workspace.profiles.map((p) => ({ ...p, customFields: sortKeys(p.customFields) })),
    },
    photos: sortKeys(photos),
  };
  // No empty `photos` key: a workspace without pictures is written as before.
  const { photos: written, ...rest } = file;
  return `${JSON.stringify(Object.keys(written).length > 0 ? file : rest, null, 2)}\n`;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const fail = (path: string, message: string): ParseWorkspaceFileResult => ({ ok: false, errors: [{ path, message }] });

/** Reads a `.vitrine.json`; never throws, every error names its line or field. */
export function parseWorkspaceFile(text: string, { lang = 'en' }: { lang?: Lang } = {}): ParseWorkspaceFileResult {
  const json = parseJsonText(text, lang);
  if (!json.ok) return fail('', json.message);
  const raw = json.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const got = describeValue(raw)[lang];
    return fail('', lang === 'fr' ? `attendu : un objet JSON, reçu : ${got}` : `expected a JSON object, got ${got}`);
  }
  const file = raw as RawFile;
  if (file.format !== WORKSPACE_FILE_FORMAT) return fail('format', notAWorkspaceFile(file, lang));

  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('version', lang === 'fr' ? 'attendu : un numéro de version entier (1 ou plus)' : 'expected a whole version number (1 or more)');
  }
  if (version > WORKSPACE_FILE_VERSION) {
    return fail('version', lang === 'fr'
      ? `ce fichier a été écrit par une version plus récente de Vitrine (format ${version} ; cette version lit jusqu’au format ${WORKSPACE_FILE_VERSION}). Mettez Vitrine à jour pour l’ouvrir.`
      : `this file was written by a newer Vitrine (file version ${version}; this app reads up to version ${WORKSPACE_FILE_VERSION}). Update Vitrine to open it.`);
  }
  const migrated = migrateToCurrent(file, version);
  if (!migrated.ok) {
    return fail('version', lang === 'fr' ? `format ${version} non pris en charge` : `file version ${version} is not supported`);
  }

  const parsed = WorkspaceFile.safeParse(migrated.file);
  if (!parsed.success) return { ok: false, errors: describeZodError(parsed.error, migrated.file, '', lang) };
  const errors = referenceErrors(parsed.data.workspace, lang);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, workspace: parsed.data.workspace, photos: parsed.data.photos };
}

function notAWorkspaceFile(file: RawFile, lang: Lang): string {
  if ('basics' in file) {
    return lang === 'fr'
      ? 'ce fichier ressemble à un CV JSON Resume : utilisez « Importer un JSON Resume »'
      : 'this looks like a JSON Resume: use "Import JSON Resume" instead';
  }
  return lang === 'fr'
    ? `attendu : "${WORKSPACE_FILE_FORMAT}" ; ce fichier n’est pas un espace de travail Vitrine`
    : `expected "${WORKSPACE_FILE_FORMAT}"; this is not a Vitrine workspace file`;
}

/**
 * Ids the app relies on: unique profile and post ids, posts pointing at
 * existing profiles. Checked on import and on every save, so that what
 * Vitrine stores its own import always accepts.
 */
export function referenceErrors(ws: Workspace, lang: Lang): FieldError[] {
  const errors: FieldError[] = [];
  const duplicate = (id: string): string => (lang === 'fr' ? `identifiant en double "${id}"` : `duplicate id "${id}"`);
  const profileIds = new Set<string>();
  ws.profiles.forEach((p, i) => {
    if (profileIds.has(p.id)) errors.push({ path: `workspace.profiles[${i}].id`, message: duplicate(p.id) });
    profileIds.add(p.id);
  });
  if (ws.mainProfileId !== null && !profileIds.has(ws.mainProfileId)) {
    errors.push({
      path: 'workspace.mainProfileId',
      message: lang === 'fr' ? `aucun profil n’a l’identifiant "${ws.mainProfileId}"` : `no profile has the id "${ws.mainProfileId}"`,
    });
  }
  const postIds = new Set<string>();
  ws.posts.forEach((post, i) => {
    if (postIds.has(post.id)) errors.push({ path: `workspace.posts[${i}].id`, message: duplicate(post.id) });
    postIds.add(post.id);
    if (post.profileId !== null && !profileIds.has(post.profileId)) {
      errors.push({
        path: `workspace.posts[${i}].profileId`,
        message: lang === 'fr' ? `aucun profil n’a l’identifiant "${post.profileId}"` : `no profile has the id "${post.profileId}"`,
      });
    }
  });
  return errors;
}

import type { WorkspacePhotos } from '../../../shared/domain/workspace/file';
import { photoMimeOfName, sniffPhotoMime } from '../../../shared/domain/workspace/photo-file';
import type { ImportIssue } from '../../../shared/schema/import-plan';
import type { Lang } from '../../../shared/schema/text';
import type { Workspace } from '../../../shared/schema/workspace';
import type { HandlerDeps } from './context';
import { newPhotoName, photoProblem, readPhotoFile, writePhotoFile } from './photos';

/** Pictures from a workspace file that passed the checks, by the name the file uses. */
export type CheckedPhotos = Map<string, Uint8Array>;

/**
 * Keeps the pictures the imported profiles refer to and that really are
 * pictures of a sane size; each refused one becomes a preview warning.
 */
export function checkImportedPhotos(photos: WorkspacePhotos, result: Workspace, lang: Lang): { photos: CheckedPhotos; issues: ImportIssue[] } {
  const used = new Set(result.profiles.map((p) => p.photo.file).filter((f) => f !== undefined));
  const checked: CheckedPhotos = new Map();
  const issues: ImportIssue[] = [];
  for (const [name, base64] of Object.entries(photos)) {
    if (!used.has(name)) continue;
    const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
    const problem = photoProblem(bytes) ?? (photoMimeOfName(name) === sniffPhotoMime(bytes) ? null : 'extension');
    if (problem === null) {
      checked.set(name, bytes);
      continue;
    }
    issues.push({
      level: 'warning',
      file: null,
      where: `photos.${name}`,
      message: lang === 'fr'
        ? `Photo « ${name} » ignorée : ce n’est pas une image PNG, JPEG ou WebP de 5 Mo au plus.`
        : `Picture "${name}" skipped: it is not a PNG, JPEG or WebP image of at most 5 MB.`,
    });
  }
  return { photos: checked, issues };
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.byteLength === b.byteLength && a.every((v, i) => v === b[i]);

/**
 * Writes the checked pictures into photos/ and returns the workspace with
 * its `photo.file` names pointing at them. An existing file with the same
 * name and other content is never overwritten: the picture gets a new name.
 * Only profiles whose picture came from the import are renamed; a profile
 * that kept the name it had in `before` keeps its own file.
 */
export function storeImportedPhotos(deps: HandlerDeps, photos: CheckedPhotos, result: Workspace, before: Workspace): Workspace {
  const renamed = new Map<string, string>();
  for (const [name, bytes] of photos) {
    const existing = readPhotoFile(deps, name);
    if (existing !== null && sameBytes(existing, bytes)) continue;
    const mime = sniffPhotoMime(bytes);
    const target = existing === null || mime === null ? name : newPhotoName(deps, mime);
    writePhotoFile(deps, target, bytes);
    if (target !== name) renamed.set(name, target);
  }
  if (renamed.size === 0) return result;
  const previous = new Map(before.profiles.map((p) => [p.id, p.photo.file]));
  return {
    ...result,
    profiles: result.profiles.map((p) => {
      const to = p.photo.file === undefined ? undefined : renamed.get(p.photo.file);
      return to === undefined || previous.get(p.id) === p.photo.file ? p : { ...p, photo: { ...p.photo, file: to } };
    }),
  };
}

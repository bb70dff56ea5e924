import path from 'node:path';
import { isPhotoFileName, photoMimeOfName } from '../../shared/domain/workspace/photo-file';
import type { LibraryData } from '../../shared/schema/library';
import { stampOf, timeOfStamp } from '../../shared/storage/backup-generations';
import type { Vault } from './vault';
import { nodeFs, type VaultFs } from './vault-fs';

export const PHOTOS_DIR = 'photos';
/** Pictures no client refers to wait here before they are deleted. */
export const PHOTO_TRASH_DIR = 'photos-trash';
export const PHOTO_TRASH_DAYS = 30;
const TRASHED = /^(\d{8}T\d{9}Z)--(.+)$/;

/** Picture files the library refers to, deleted clients kept for undo included. */
export function referencedPhotos(data: LibraryData): Set<string> {
  const files = new Set<string>();
  for (const ws of [...data.workspaces, ...data.trash.map((t) => t.workspace)]) {
    for (const p of ws.profiles) if (p.photo.file !== undefined) files.add(p.photo.file);
  }
  return files;
}

export interface PhotoTidy {
  /** Why nothing was moved to the trash or purged this time (null when the clean-up ran). */
  skipped: 'read-only' | 'restored' | 'empty' | 'cannot-save' | null;
  /** Moved from photos/ to photos-trash/. */
  trashed: string[];
  /** Referenced again (a restored backup) and moved back from the trash. */
  restored: string[];
  /** Deleted from the trash after 30 days. */
  purged: string[];
  /** A move or deletion that failed (read-only folder…): the picture stays where it was. */
  errors: string[];
}

const isPicture = (name: string) => isPhotoFileName(name) && photoMimeOfName(name) !== null;

/**
 * The start-up clean-up of pictures. Nothing is deleted outright: a picture
 * no client refers to goes to photos-trash/ and is deleted 30 days later. A
 * picture the library refers to again comes back from the trash. When the
 * library was restored, is empty or cannot be saved, nothing is moved (its
 * references cannot be trusted to say what is unused).
 */
export function tidyPhotos(opts: {
  dataDir: string;
  vault: Pick<Vault, 'data' | 'readOnly' | 'recovered' | 'writeError'>;
  now: Date;
  fs?: VaultFs;
}): PhotoTidy {
  const fs = opts.fs ?? nodeFs;
  const { vault } = opts;
  const photos = path.join(opts.dataDir, PHOTOS_DIR);
  const trash = path.join(opts.dataDir, PHOTO_TRASH_DIR);
  const result: PhotoTidy = { skipped: null, trashed: [], restored: [], purged: [], errors: [] };
  if (vault.readOnly) return { ...result, skipped: 'read-only' };
  const used = referencedPhotos(vault.data);
  const list = (dir: string) => (fs.isDirectory(dir) ? fs.readdir(dir) : []);
  /** Each move is on its own: one that fails leaves that picture in place and the others go on. */
  const attempt = (what: string, op: () => void): boolean => {
    try {
      op();
      return true;
    } catch (e) {
      result.errors.push(`${what}: ${(e as Error).message}`);
      return false;
    }
  };

  const inTrash = list(trash).map((entry) => ({ entry, m: TRASHED.exec(entry) })).sort((a, b) => (a.entry < b.entry ? 1 : -1));
  for (const { entry, m } of inTrash) {
    const name = m?.[2];
    if (!name || !used.has(name) || fs.exists(path.join(photos, name))) continue;
    if (attempt(name, () => {
      fs.mkdir(photos);
      fs.rename(path.join(trash, entry), path.join(photos, name));
    })) result.restored.push(name);
  }

  if (vault.recovered) return { ...result, skipped: 'restored' };
  if (vault.data.workspaces.length === 0 && vault.data.trash.length === 0) return { ...result, skipped: 'empty' };
  if (vault.writeError !== null) return { ...result, skipped: 'cannot-save' };

  const stamp = stampOf(opts.now.getTime());
  for (const name of list(photos)) {
    if (!isPicture(name) || used.has(name)) continue;
    if (attempt(name, () => {
      fs.mkdir(trash);
      fs.rename(path.join(photos, name), path.join(trash, `${stamp}--${name}`));
    })) result.trashed.push(name);
  }
  const limit = opts.now.getTime() - PHOTO_TRASH_DAYS * 24 * 3600_000;
  for (const { entry, m } of inTrash) {
    const at = m ? timeOfStamp(m[1]!) : null;
    if (at === null || at >= limit || !fs.exists(path.join(trash, entry))) continue;
    if (attempt(entry, () => fs.unlink(path.join(trash, entry)))) result.purged.push(entry);
  }
  return result;
}

import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  isPhotoFileName, MAX_PHOTO_BYTES, PHOTO_EXTENSION, photoMimeOfName, sniffPhotoMime, type PhotoMime,
} from '../../../shared/domain/workspace/photo-file';
import { AppError } from '../../../shared/ipc/envelope';
import type { Handlers } from '../../main/ipc-dispatch';
import { PHOTOS_DIR, tidyPhotos } from '../photo-trash';
import { checkedWrite, nodeFs } from '../vault-fs';
import { findWorkspace, type HandlerDeps } from './context';

type PhotoHandlers = Pick<Handlers, 'photo:save' | 'photo:read'>;

const photosDir = (deps: HandlerDeps): string => path.join(deps.info.dataDir, PHOTOS_DIR);

const megabytes = (n: number): string => `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;

/**
 * Why these bytes cannot be stored as a picture (wrong type, too big), or
 * null. `expected` is what the sender claims the file is.
 */
export function photoProblem(bytes: Uint8Array, expected?: PhotoMime): AppError | null {
  if (bytes.byteLength > MAX_PHOTO_BYTES) {
    return new AppError('too-large', `This picture is ${megabytes(bytes.byteLength)}; Vitrine keeps pictures up to ${megabytes(MAX_PHOTO_BYTES)}. Choose a smaller one.`);
  }
  const actual = sniffPhotoMime(bytes);
  if (actual === null) return new AppError('invalid-file', 'This file is not a PNG, JPEG or WebP picture.');
  if (expected !== undefined && actual !== expected) {
    return new AppError('invalid-file', `This file says it is ${expected} but its content is ${actual}; it was not stored.`);
  }
  return null;
}

/** The bytes of a stored picture, or null when the name is not a bare picture name or no such file exists. */
export function readPhotoFile(deps: HandlerDeps, name: string): Uint8Array | null {
  if (!isPhotoFileName(name) || photoMimeOfName(name) === null) return null;
  const file = path.join(photosDir(deps), name);
  if (!existsSync(file) || !statSync(file).isFile()) return null;
  return new Uint8Array(readFileSync(file));
}

/** Writes a checked picture under photos/ with a name the caller chose (never one from the renderer). */
export function writePhotoFile(deps: HandlerDeps, name: string, bytes: Uint8Array): void {
  if (!isPhotoFileName(name)) throw new Error(`writePhotoFile: "${name}" is not a bare file name`);
  mkdirSync(photosDir(deps), { recursive: true, mode: 0o700 });
  checkedWrite(nodeFs, path.join(photosDir(deps), name), bytes);
}

export function newPhotoName(deps: HandlerDeps, mime: PhotoMime): string {
  return `${deps.newId().replace(/[^\w-]/g, '')}${PHOTO_EXTENSION[mime]}`;
}

export function photoHandlers(deps: HandlerDeps): PhotoHandlers {
  // Start-up only: during a session an undo may still need a picture no client shows.
  const tidy = tidyPhotos({ dataDir: deps.info.dataDir, vault: deps.vault, now: deps.now() });
  if (tidy.trashed.length || tidy.restored.length || tidy.purged.length) console.info('[photos] start-up clean-up', tidy);
  return {
    // The profile may not be saved yet (edits are saved debounced), so only the workspace is checked.
    'photo:save': ({ workspaceId, mime, bytes }) => {
      findWorkspace(deps, workspaceId);
      const problem = photoProblem(bytes, mime);
      if (problem) throw problem;
      const file = newPhotoName(deps, mime);
      writePhotoFile(deps, file, bytes);
      return { file };
    },
    'photo:read': ({ file }) => {
      const bytes = readPhotoFile(deps, file);
      if (bytes === null) throw new AppError('not-found', `No stored picture named "${file}".`);
      const mime = sniffPhotoMime(bytes);
      if (mime === null) throw new AppError('invalid-file', `The stored picture "${file}" is damaged (not a PNG, JPEG or WebP).`);
      return { dataUrl: `data:${mime};base64,${Buffer.from(bytes).toString('base64')}` };
    },
  };
}

import { useEffect, useState } from 'react';
import { MAX_PHOTO_BYTES, PHOTO_MIMES, type PhotoMime } from '../../../../shared/domain/workspace/photo-file';
import { ApiError, call } from '../../api';

/**
 * data: URLs of stored pictures by file name. A stored name is never reused
 * for other bytes (each save gets a fresh name), so a cached URL never goes
 * stale; the cap keeps memory bounded when browsing many clients.
 */
const cache = new Map<string, string>();
const CACHE_MAX = 60;

function remember(file: string, url: string): void {
  cache.delete(file);
  cache.set(file, url);
  if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value ?? file);
}

/** The picture's data: URL; null while loading or when the file is missing or damaged. */
export function usePhotoUrl(file: string | undefined): string | null {
  const [loaded, setLoaded] = useState<{ file: string; url: string | null } | null>(null);
  const cached = file === undefined ? undefined : cache.get(file);
  useEffect(() => {
    if (file === undefined || cached !== undefined) return;
    let live = true;
    call('photo:read', { file }).then(
      ({ dataUrl }) => {
        remember(file, dataUrl);
        if (live) setLoaded({ file, url: dataUrl });
      },
      () => {
        if (live) setLoaded({ file, url: null });
      },
    );
    return () => {
      live = false;
    };
  }, [file, cached]);
  if (file === undefined) return null;
  return cached ?? (loaded?.file === file ? loaded.url : null);
}

export type PhotoSaveError = 'type' | 'size' | { message: string };

/** Checks what the browser can see (type, size), then stores the picture; the main process checks the bytes again. */
export async function savePhoto(workspaceId: string, profileId: string, file: File): Promise<{ ok: true; file: string } | { ok: false; error: PhotoSaveError }> {
  const mime = PHOTO_MIMES.find((m): m is PhotoMime => m === file.type);
  if (mime === undefined) return { ok: false, error: 'type' };
  if (file.size > MAX_PHOTO_BYTES) return { ok: false, error: 'size' };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { ok: true, file: (await call('photo:save', { workspaceId, profileId, mime, bytes })).file };
  } catch (e) {
    if (e instanceof ApiError && e.code === 'invalid-file') return { ok: false, error: 'type' };
    if (e instanceof ApiError && e.code === 'too-large') return { ok: false, error: 'size' };
    return { ok: false, error: { message: e instanceof Error ? e.message : String(e) } };
  }
}

/** A write failure as the user can act on it; the technical message stays available as detail. */
export type WriteErrorKind = 'read-only' | 'disk-full' | 'gone' | 'other';

/** From the vault's error message, which carries the system's code (EACCES, ENOSPC…) or says "short write". */
export function writeErrorKind(message: string): WriteErrorKind {
  if (/\b(EACCES|EPERM|EROFS)\b/.test(message)) return 'read-only';
  if (/\b(ENOSPC|EDQUOT|EFBIG)\b|short write/.test(message)) return 'disk-full';
  if (/\b(ENOENT|ENODEV|ENXIO|EIO|ENOTDIR)\b|verification failed/.test(message)) return 'gone';
  return 'other';
}

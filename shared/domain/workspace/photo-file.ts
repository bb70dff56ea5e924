/**
 * Profile pictures stored as files next to the library: which bytes count as
 * a picture, how big one may be, and which names are safe to write or read.
 */

export const PHOTO_MIMES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type PhotoMime = (typeof PHOTO_MIMES)[number];

export const PHOTO_EXTENSION: Record<PhotoMime, string> = { 'image/png': '.png', 'image/jpeg': '.jpg', 'image/webp': '.webp' };

/** A profile picture never needs more; larger files are refused, not resized. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/** Same rule as `Photo.file` in the workspace schema, plus no dot-only name ("." or ".."). */
export const PHOTO_FILE_NAME = /^(?!\.+$)[\w.-]{1,200}$/;

export function isPhotoFileName(name: string): boolean {
  return PHOTO_FILE_NAME.test(name);
}

const startsWith = (bytes: Uint8Array, at: number, expected: readonly number[]): boolean =>
  bytes.length >= at + expected.length && expected.every((b, i) => bytes[at + i] === b);

/** The picture type the bytes really are (by magic number), whatever their name says. */
export function sniffPhotoMime(bytes: Uint8Array): PhotoMime | null {
  if (startsWith(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  // RIFF <size> WEBP
  if (startsWith(bytes, 0, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, 8, [0x57, 0x45, 0x42, 0x50])) return 'image/webp';
  return null;
}

export function photoMimeOfName(name: string): PhotoMime | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.png')) return 'image/png';
  if (lower.endsWith('.jpg') || lower.endsWith('.jpeg')) return 'image/jpeg';
  if (lower.endsWith('.webp')) return 'image/webp';
  return null;
}

import { Inflate } from 'fflate';
import type { Localized } from '../../schema/text';
import type { ImportFailureKind } from './failure';
import { isZipName, selectNeeded, type ImportFile } from './files';

/**
 * Reading a zip the user picked, which may be hostile. We parse the central
 * directory ourselves (rather than `unzipSync`) so that every size is checked
 * BEFORE anything is inflated, and inflate with fflate's streaming `Inflate`
 * in small chunks so that a lying size header is caught WHILE inflating: one
 * 16 KB chunk of deflate output is at most ~16 MB (deflate's ratio is ≤ 1032:1).
 */

export interface ZipLimits {
  /** Sum of the uncompressed sizes of the entries we inflate. */
  maxTotalBytes: number;
  /** Uncompressed size of one inflated entry. */
  maxFileBytes: number;
  /** Uncompressed / compressed, checked on entries larger than `ratioFloorBytes`. */
  maxRatio: number;
  /** Small entries cannot be bombs, and tiny files compress oddly; skip the ratio check below this. */
  ratioFloorBytes: number;
  /** Entries in the central directory, all kinds. */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * 1024 * 1024,
  maxFileBytes: 50 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 20_000,
};

export type ZipResult =
  | { ok: true; files: ImportFile[]; skipped: string[] }
  | { ok: false; kind: ImportFailureKind; message: Localized };

const CHUNK = 16 * 1024;
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;

/** True when the bytes start like a zip (a local header, or the end record of an empty zip). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const sig = u32(bytes, 0);
  return sig === SIG_LOCAL || sig === SIG_EOCD;
}

export function readZip(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): ZipResult {
  const lim = { ...DEFAULT_ZIP_LIMITS, ...limits };
  try {
    const { entries, directoryStart } = readCentralDirectory(bytes, lim);
    const fileEntries = entries.filter((e) => !e.name.endsWith('/'));
    checkLayout(bytes, fileEntries, directoryStart);
    // Only what the format's importer reads is inflated; a nested zip is never opened.
    const wanted = new Set(selectNeeded(fileEntries).filter((e) => !isZipName(e.name)));
    checkSizes([...wanted], lim);
    const files = [...wanted].map((e) => ({ name: e.name, bytes: extract(bytes, e) }));
    const skipped = fileEntries.filter((e) => !wanted.has(e)).map((e) => e.name);
    return { ok: true, files, skipped };
  } catch (error) {
    if (error instanceof ZipRefusal) return { ok: false, kind: 'archive-refused', message: error.text };
    // fflate throws on a corrupt deflate stream; anything else is a bug we still must not leak as a crash.
    return { ok: false, kind: 'archive-refused', message: corrupt(String(error instanceof Error ? error.message : error)) };
  }
}

interface Entry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localOffset: number;
}

class ZipRefusal extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
  }
}

function refuse(fr: string, en: string): never {
  throw new ZipRefusal({ fr, en });
}

function corrupt(detail: string): Localized {
  return {
    fr: `Ce fichier zip est endommagé ou tronqué (${detail}). Téléchargez à nouveau l’archive.`,
    en: `This zip file is damaged or truncated (${detail}). Download the archive again.`,
  };
}

function readCentralDirectory(bytes: Uint8Array, lim: ZipLimits): { entries: Entry[]; directoryStart: number } {
  const eocd = findEndRecord(bytes);
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) ({ count, offset } = readZip64End(bytes, eocd));
  if (count > lim.maxEntries) {
    refuse(
      `Cette archive contient ${count} éléments (au plus ${lim.maxEntries} acceptés) : elle n’est pas un export de profil.`,
      `This archive holds ${count} entries (at most ${lim.maxEntries} accepted): it is not a profile export.`,
    );
  }
  const entries: Entry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    need(bytes, p, 46);
    if (u32(bytes, p) !== SIG_CENTRAL) throw new ZipRefusal(corrupt('central directory'));
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    need(bytes, p + 46, nameLen + extraLen);
    const name = new TextDecoder('utf-8').decode(bytes.subarray(p + 46, p + 46 + nameLen));
    checkName(name);
    const entry: Entry = {
      name,
      method: u16(bytes, p + 10),
      encrypted: (u16(bytes, p + 8) & 1) === 1,
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
    };
    applyZip64Extra(bytes, p + 46 + nameLen, extraLen, entry);
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { entries, directoryStart: offset };
}

/**
 * Every entry's local header and data must lie in its own bytes, before the
 * central directory, and the local header must agree with the directory.
 * Entries that share bytes are how a few KB pretend to be hundreds of MB
 * (the "overlapping" zip bomb); sizes that disagree are how a reader is fooled.
 */
function checkLayout(bytes: Uint8Array, entries: readonly Entry[], directoryStart: number): void {
  const spans = entries.map((e) => {
    need(bytes, e.localOffset, 30);
    if (u32(bytes, e.localOffset) !== SIG_LOCAL) throw new ZipRefusal(corrupt(`local header of ${e.name}`));
    const flags = u16(bytes, e.localOffset + 6);
    const sizesInHeader = (flags & 0x08) === 0 && u32(bytes, e.localOffset + 18) !== 0xffffffff;
    if (sizesInHeader && (u32(bytes, e.localOffset + 18) !== e.compressedSize || u32(bytes, e.localOffset + 22) !== e.size)) {
      lying(e.name);
    }
    if (u16(bytes, e.localOffset + 8) !== e.method) lying(e.name);
    return { name: e.name, start: e.localOffset, end: dataStart(bytes, e) + e.compressedSize };
  });
  spans.sort((a, b) => a.start - b.start);
  let end = 0;
  for (const span of spans) {
    if (span.start < end || span.end > directoryStart) {
      refuse(
        `Archive refusée : l’élément « ${span.name} » partage ses octets avec un autre élément, signe d’une « bombe zip ». Rien n’a été importé.`,
        `Archive refused: entry "${span.name}" shares its bytes with another entry, the mark of a zip bomb. Nothing was imported.`,
      );
    }
    end = span.end;
  }
}

function lying(name: string): never {
  return refuse(
    `Archive refusée : l’élément « ${name} » annonce des tailles ou une méthode différentes dans ses deux en-têtes, signe d’une archive piégée.`,
    `Archive refused: entry "${name}" declares different sizes or methods in its two headers, the mark of a booby-trapped archive.`,
  );
}

/** Where an entry's compressed data starts: after its local header, name and extra field. */
function dataStart(bytes: Uint8Array, e: Entry): number {
  return e.localOffset + 30 + u16(bytes, e.localOffset + 26) + u16(bytes, e.localOffset + 28);
}

function findEndRecord(bytes: Uint8Array): number {
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let p = bytes.length - 22; p >= stop; p--) {
    if (u32(bytes, p) === SIG_EOCD) return p;
  }
  if (looksLikeZip(bytes)) throw new ZipRefusal(corrupt('no end of central directory'));
  return refuse(
    "Ce fichier n’est pas une archive zip valide.",
    'This file is not a valid zip archive.',
  );
}

function readZip64End(bytes: Uint8Array, eocd: number): { count: number; offset: number } {
  const locator = eocd - 20;
  if (locator < 0 || u32(bytes, locator) !== SIG_ZIP64_LOCATOR) throw new ZipRefusal(corrupt('zip64 locator'));
  const end = u64(bytes, locator + 8);
  need(bytes, end, 56);
  if (u32(bytes, end) !== SIG_ZIP64_EOCD) throw new ZipRefusal(corrupt('zip64 end record'));
  return { count: u64(bytes, end + 32), offset: u64(bytes, end + 48) };
}

/** ZIP64 extra field (id 1): only the fields saturated in the header are present, in this order. */
function applyZip64Extra(bytes: Uint8Array, start: number, length: number, entry: Entry): void {
  let p = start;
  while (p + 4 <= start + length) {
    const id = u16(bytes, p);
    const size = u16(bytes, p + 2);
    let q = p + 4;
    if (id === 1) {
      const end = p + 4 + size;
      const next = (): number | undefined => (q + 8 <= end ? ((q += 8), u64(bytes, q - 8)) : undefined);
      if (entry.size === 0xffffffff) entry.size = next() ?? entry.size;
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next() ?? entry.compressedSize;
      if (entry.localOffset === 0xffffffff) entry.localOffset = next() ?? entry.localOffset;
    }
    p += 4 + size;
  }
}

/** Names that could escape a folder if anyone ever wrote them out: the whole archive is refused. */
function checkName(name: string): void {
  const hostile =
    name.includes('\\') ||
    name.includes('\0') ||
    name.startsWith('/') ||
    /^[a-zA-Z]:/.test(name) ||
    name.split('/').includes('..');
  if (hostile) {
    refuse(
      `Archive refusée : l’élément « ${name} » a un chemin dangereux (.., chemin absolu, lecteur ou barre oblique inverse). Rien n’a été importé.`,
      `Archive refused: entry "${name}" has an unsafe path (.., absolute path, drive letter or backslash). Nothing was imported.`,
    );
  }
}

function checkSizes(entries: Entry[], lim: ZipLimits): void {
  let total = 0;
  let compressed = 0;
  for (const e of entries) {
    if (e.size > lim.maxFileBytes) {
      refuse(
        `Archive refusée : « ${e.name} » ferait ${mb(e.size)} une fois décompressé (au plus ${mb(lim.maxFileBytes)} par fichier).`,
        `Archive refused: "${e.name}" would be ${mb(e.size)} uncompressed (at most ${mb(lim.maxFileBytes)} per file).`,
      );
    }
    if (e.size > lim.ratioFloorBytes && e.size > e.compressedSize * lim.maxRatio) {
      refuse(
        `Archive refusée : « ${e.name} » est compressé de façon anormale (plus de ${lim.maxRatio} pour 1), signe d’une « bombe zip ».`,
        `Archive refused: "${e.name}" is abnormally compressed (over ${lim.maxRatio} to 1), the mark of a zip bomb.`,
      );
    }
    total += e.size;
    compressed += e.compressedSize;
  }
  // Many small entries each under the ratio floor must not add up to a bomb either.
  if (total > lim.ratioFloorBytes && total > compressed * lim.maxRatio) {
    refuse(
      `Archive refusée : ses fichiers sont compressés de façon anormale (plus de ${lim.maxRatio} pour 1), signe d’une « bombe zip ».`,
      `Archive refused: its files are abnormally compressed (over ${lim.maxRatio} to 1), the mark of a zip bomb.`,
    );
  }
  if (total > lim.maxTotalBytes) {
    refuse(
      `Archive refusée : ses fichiers utiles feraient ${mb(total)} une fois décompressés (au plus ${mb(lim.maxTotalBytes)}).`,
      `Archive refused: its useful files would be ${mb(total)} uncompressed (at most ${mb(lim.maxTotalBytes)}).`,
    );
  }
}

function extract(bytes: Uint8Array, e: Entry): Uint8Array {
  if (e.encrypted) {
    refuse(
      `« ${e.name} » est protégé par un mot de passe ; Vitrine ne lit pas les archives chiffrées.`,
      `"${e.name}" is password-protected; Vitrine does not read encrypted archives.`,
    );
  }
  const start = dataStart(bytes, e);
  need(bytes, start, e.compressedSize);
  const data = bytes.subarray(start, start + e.compressedSize);
  if (e.method === 0) {
    if (e.compressedSize !== e.size) throw new ZipRefusal(corrupt(`size of ${e.name}`));
    return data.slice();
  }
  if (e.method !== 8) {
    refuse(
      `« ${e.name} » utilise une compression non prise en charge (méthode ${e.method}). Recompressez l’archive en zip standard.`,
      `"${e.name}" uses an unsupported compression (method ${e.method}). Re-zip the archive in the standard format.`,
    );
  }
  return inflateBounded(data, e);
}

/** Inflates into a buffer of the declared size; producing more than declared stops at once. */
function inflateBounded(data: Uint8Array, e: Entry): Uint8Array {
  const out = new Uint8Array(e.size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > e.size) {
      refuse(
        `Archive refusée : « ${e.name} » se décompresse au-delà de la taille annoncée (${e.size} octets), signe d’une archive piégée.`,
        `Archive refused: "${e.name}" inflates beyond its declared size (${e.size} bytes), the mark of a booby-trapped archive.`,
      );
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  if (data.length === 0) inflater.push(data, true);
  for (let p = 0; p < data.length; p += CHUNK) inflater.push(data.subarray(p, p + CHUNK), p + CHUNK >= data.length);
  if (written !== e.size) throw new ZipRefusal(corrupt(`${e.name}: ${written} of ${e.size} bytes`));
  return out;
}

function need(bytes: Uint8Array, at: number, length: number): void {
  if (at < 0 || at + length > bytes.length) throw new ZipRefusal(corrupt('unexpected end of file'));
}

function u16(b: Uint8Array, p: number): number {
  return (b[p] ?? 0) | ((b[p + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, p: number): number {
  return (u16(b, p) | (u16(b, p + 2) << 16)) >>> 0;
}

function u64(b: Uint8Array, p: number): number {
  return u32(b, p) + u32(b, p + 4) * 0x100000000;
}

function mb(n: number): string {
  return `${Math.round(n / (1024 * 1024))} MB`;
}

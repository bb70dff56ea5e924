import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { checkDeclaredSizes, DEFAULT_INPUT_LIMITS, MAX_FOLDER_ENTRIES, notRegularFile, tooBig, tooManyEntries, type InputLimits } from '../../shared/domain/import/bounds';
import { isZipName, selectNeeded, type ImportFile } from '../../shared/domain/import/files';
import type { Lang } from '../../shared/schema/text';
import { invalid, usage, type CliError } from './errors';

/**
 * Reading what the user names, bounded BEFORE any byte is read: stat first,
 * only regular files (a FIFO would block for ever, /dev/zero never ends), sizes
 * checked against the limits, and a folder reads only the files its format needs.
 */

/** Never block on open: a FIFO swapped in after the stat must not hang the command (no-op on Windows). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'FIFO';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  if (st.isSocket()) return 'socket';
  return st.isDirectory() ? 'folder' : 'special file';
}

function statOf(full: string, shown: string): Stats {
  try {
    return statSync(full);
  } catch (e) {
    throw usage(`cannot read ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function refuseIrregular(st: Stats, shown: string, lang: Lang): CliError {
  return usage(`cannot read ${shown}: ${notRegularFile(shown, kindOf(st))[lang]}`);
}

/** A regular file of at most `maxBytes`, read through one descriptor checked again after opening. */
export function readRegularFile(full: string, shown: string, maxBytes: number, lang: Lang = 'en'): Uint8Array {
  const st = statOf(full, shown);
  if (!st.isFile()) throw refuseIrregular(st, shown, lang);
  if (st.size > maxBytes) throw invalid(tooBig(shown, st.size, maxBytes)[lang]);
  let fd: number;
  try {
    fd = openSync(full, OPEN_FLAGS);
  } catch (e) {
    throw usage(`cannot read ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw refuseIrregular(opened, shown, lang);
    // One byte more than allowed: a file that grew since the stat is caught, not read without end.
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) {
        if (length > maxBytes) throw invalid(tooBig(shown, length, maxBytes)[lang]);
        break;
      }
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
  } finally {
    closeSync(fd);
  }
}

interface Candidate { name: string; full: string }

/** Every entry below a folder (subfolders walked, symlinked folders not followed), at most MAX_FOLDER_ENTRIES. */
function listFolder(root: string, shown: string, lang: Lang): Candidate[] {
  const out: Candidate[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      throw usage(`cannot read ${path.relative(root, dir) || shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    for (const entry of entries) {
      if (out.length >= MAX_FOLDER_ENTRIES) throw invalid(tooManyEntries(shown, MAX_FOLDER_ENTRIES)[lang]);
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push({ name: path.relative(root, full).split(path.sep).join('/'), full });
    }
  };
  walk(root);
  return out;
}

/**
 * A file, or the files of a folder that its format needs (names relative to
 * the folder), as importer input. Nothing else in the folder is opened.
 */
export function readInputFiles(cwd: string, input: string, lang: Lang = 'en', limits: InputLimits = DEFAULT_INPUT_LIMITS): ImportFile[] {
  const root = path.resolve(cwd, input);
  const st = statOf(root, input);
  const picked: (Candidate & { size: number })[] = [];
  if (st.isDirectory()) {
    for (const c of selectNeeded(listFolder(root, input, lang))) {
      const cst = statOf(c.full, c.name);
      if (!cst.isFile()) throw refuseIrregular(cst, c.name, lang);
      picked.push({ ...c, size: cst.size });
    }
  } else {
    if (!st.isFile()) throw refuseIrregular(st, input, lang);
    picked.push({ name: path.basename(root), full: root, size: st.size });
  }
  const refusal = checkDeclaredSizes(picked, limits);
  if (refusal) throw invalid(`${input}: ${refusal[lang]}`);
  return picked.map((c) => ({
    name: c.name,
    bytes: readRegularFile(c.full, c.name, isZipName(c.name) ? limits.maxTotalBytes : limits.maxFileBytes, lang),
  }));
}

import type { Localized } from '../../schema/text';
import { isZipName } from './files';

/** How much an import may read: checked on declared sizes before any byte is read, and again on what was read. */
export interface InputLimits {
  /** One file handed in, or one file inside a zip, uncompressed. */
  maxFileBytes: number;
  /** All files handed in, and all useful files inside a zip. */
  maxTotalBytes: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = { maxFileBytes: 50 * 1024 * 1024, maxTotalBytes: 200 * 1024 * 1024 };

/** At most this many entries in a picked folder (all kinds), so that walking it stays cheap. */
export const MAX_FOLDER_ENTRIES = 20_000;

/**
 * Refusal for files whose sizes (from `stat` or `File.size`, before reading)
 * go over the limits, or null. A zip may be as large as the whole import:
 * only its useful entries are inflated, and those are bounded again in zip.ts.
 */
export function checkDeclaredSizes(files: readonly { name: string; size: number }[], limits: InputLimits = DEFAULT_INPUT_LIMITS): Localized | null {
  let total = 0;
  for (const file of files) {
    const max = isZipName(file.name) ? limits.maxTotalBytes : limits.maxFileBytes;
    if (file.size > max) return tooBig(file.name, file.size, max);
    total += file.size;
  }
  return total > limits.maxTotalBytes ? tooBigTotal(limits.maxTotalBytes) : null;
}

export function tooBig(name: string, size: number, max: number): Localized {
  return {
    fr: `Import refusé : « ${name} » fait ${mb(size)} (au plus ${mb(max)}). Rien n’a été lu.`,
    en: `Import refused: "${name}" is ${mb(size)} (at most ${mb(max)}). Nothing was read.`,
  };
}

export function tooBigTotal(max: number): Localized {
  return {
    fr: `Import refusé : les fichiers font plus de ${mb(max)} au total.`,
    en: `Import refused: the files add up to more than ${mb(max)}.`,
  };
}

/** Refusal for something that is not a regular file (a FIFO, a device, a socket): reading it could block or never end. */
export function notRegularFile(name: string, kind: string): Localized {
  return {
    fr: `Import refusé : « ${name} » n’est pas un fichier ordinaire (${kind}). Choisissez le fichier exporté lui-même.`,
    en: `Import refused: "${name}" is not a regular file (${kind}). Choose the exported file itself.`,
  };
}

export function tooManyEntries(name: string, max: number): Localized {
  return {
    fr: `Import refusé : le dossier « ${name} » contient plus de ${max} éléments ; ce n’est pas un export de profil.`,
    en: `Import refused: the folder "${name}" holds more than ${max} entries; it is not a profile export.`,
  };
}

function mb(n: number): string {
  return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
}

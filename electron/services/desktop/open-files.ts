import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MAX_IMPORT_BYTES, type ImportFile } from '../../../shared/ipc/contract';

/** The file type Vitrine registers with the system (electron-builder fileAssociations). */
export const VITRINE_EXTENSION = '.vitrine.json';

/**
 * The .vitrine.json files in a command line: what Windows and Linux pass on a
 * double-click, and what a second launch hands to the running app. Switches
 * (Electron's, Chromium's, ours) and the executable or app path are not
 * files; relative paths are resolved against the launching folder.
 */
export function filesFromArgv(argv: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-') || !arg.toLowerCase().endsWith(VITRINE_EXTENSION)) continue;
    const abs = path.resolve(cwd, arg);
    if (!out.includes(abs)) out.push(abs);
  }
  return out;
}

/** Reads an opened file for the import preview; a clear error when it cannot be. */
export function readOpenedFile(file: string): ImportFile {
  const stat = statSync(file);
  if (!stat.isFile()) throw new Error(`${path.basename(file)} is not a file.`);
  if (stat.size > MAX_IMPORT_BYTES) throw new Error(`${path.basename(file)} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  return { name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) };
}

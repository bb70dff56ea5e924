import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decodeText, TextDecodeError } from '../../shared/domain/csv';
import { DEFAULT_INPUT_LIMITS } from '../../shared/domain/import/bounds';
import type { ImportFile } from '../../shared/domain/import/files';
import { invalid, usage } from './errors';
import { readInputFiles as readInputs, readRegularFile } from './read-input';

export { CliError, invalid, usage } from './errors';

/** Everything a command touches outside itself, so tests can run commands in-process. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  now: () => Date;
  newId: () => string;
}

export function nodeIo(): CliIo {
  return {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    cwd: process.cwd(),
    now: () => new Date(),
    newId: randomUUID,
  };
}

export function resolvePath(io: CliIo, file: string): string {
  return path.resolve(io.cwd, file);
}

/** A regular file, bounded like an import (never a FIFO or a device). */
export function readBytes(io: CliIo, file: string): Uint8Array {
  return readRegularFile(resolvePath(io, file), file, DEFAULT_INPUT_LIMITS.maxTotalBytes);
}

/** Text behind any BOM (UTF-8, UTF-16LE or BE). */
export function readText(io: CliIo, file: string): string {
  try {
    return decodeText(readBytes(io, file)).text;
  } catch (e) {
    if (e instanceof TextDecodeError) throw invalid(`${file}: ${e.localized.en}`);
    throw e;
  }
}

export function exists(io: CliIo, file: string): boolean {
  return existsSync(resolvePath(io, file));
}

/** A file, or the files of a folder that its format needs (see read-input.ts). */
export function readInputFiles(io: CliIo, input: string, lang: 'fr' | 'en' = 'en'): ImportFile[] {
  return readInputs(io.cwd, input, lang);
}

/**
 * Write through a new temporary file, synced, then renamed: a crash never
 * leaves half a file. Private mode (0600): these files hold personal data.
 */
export function writeFileAtomic(io: CliIo, file: string, content: string | Uint8Array): void {
  const target = resolvePath(io, file);
  const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw usage(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportFile } from '../../shared/domain/import/files';

/** Exit codes: 0 success, 1 invalid input file, 2 usage error or unreadable file. */
export class CliError extends Error {
  constructor(readonly exitCode: 1 | 2, message: string) {
    super(message);
  }
}
export const usage = (message: string): CliError => new CliError(2, message);
export const invalid = (message: string): CliError => new CliError(1, message);

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

export function readBytes(io: CliIo, file: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(resolvePath(io, file)));
  } catch (e) {
    throw usage(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export function readText(io: CliIo, file: string): string {
  return Buffer.from(readBytes(io, file)).toString('utf8');
}

export function exists(io: CliIo, file: string): boolean {
  return existsSync(resolvePath(io, file));
}

/** A file, or every file below a folder, as importer input (names relative to the folder). */
export function readInputFiles(io: CliIo, input: string): ImportFile[] {
  const root = resolvePath(io, input);
  let isDir: boolean;
  try {
    isDir = statSync(root).isDirectory();
  } catch (e) {
    throw usage(`cannot read ${input}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (!isDir) return [{ name: path.basename(root), bytes: readBytes(io, root) }];
  const files: ImportFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push({ name: path.relative(root, full).split(path.sep).join('/'), bytes: readBytes(io, full) });
    }
  };
  walk(root);
  return files;
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

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Store from 'electron-store';
import { z } from 'zod';
import type { MoveFailureKind } from '../../../shared/ipc/contract';

/**
 * Where Vitrine's data lives, and moving it.
 *
 * The chosen folder is remembered in a small pointer file in the default app
 * data folder (which always exists and which Vitrine always finds). Order:
 * VITRINE_DATA_DIR, then the portable build's folder beside the executable,
 * then the pointer, then the default folder.
 *
 * A move copies Vitrine's own entries (never Chromium's cache, never the
 * pointer), verifies every byte by SHA-256, and only then writes the pointer.
 * A failure at any step removes the partial copy and leaves the pointer as it
 * was, so the old folder stays in use. The old folder is kept (and named in
 * Settings › Data) until the user asks to delete it.
 */
export const POINTER_FILE = 'data-location.json';
export const PORTABLE_FOLDER = 'Vitrine Data';

export type DataDirSource = 'default' | 'env' | 'pointer' | 'portable';

const Pointer = z.object({ dir: z.string().min(1), previous: z.string().nullable().default(null) });
export type Pointer = z.infer<typeof Pointer>;

/** Vitrine's entries in a data folder: what a move copies and a clean-up deletes. */
export function isDataEntry(name: string): boolean {
  return ['vitrine.json', 'backups', 'photos', 'logs'].includes(name) || /^vitrine\.corrupt-.+\.json$/.test(name);
}

/**
 * The pointer is a small preference found before any data folder is known,
 * which is what electron-store is for: it writes `data-location.json` in the
 * default app folder atomically (temp file, fsync, rename). A pointer that
 * cannot be read (damaged JSON, a wrong shape) is moved aside, so its bytes
 * stay for support, and the default folder is used, with a line in the log.
 */
function pointerStore(defaultDir: string): Store<Record<string, unknown>> {
  return new Store({ cwd: defaultDir, name: POINTER_FILE.replace(/\.json$/, ''), clearInvalidConfig: false });
}

export function readPointer(defaultDir: string, onDamaged?: (keptAt: string, why: string) => void): Pointer | null {
  const file = path.join(defaultDir, POINTER_FILE);
  if (!existsSync(file)) return null;
  let why: string;
  try {
    const parsed = Pointer.safeParse(pointerStore(defaultDir).store);
    if (parsed.success) return parsed.data;
    why = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  } catch (e) {
    why = e instanceof Error ? e.message : String(e);
  }
  const keptAt = path.join(defaultDir, `data-location.damaged-${Date.now()}.json`);
  try {
    renameSync(file, keptAt);
    onDamaged?.(keptAt, why);
  } catch {
    onDamaged?.(file, why);
  }
  return null;
}

export function writePointer(defaultDir: string, pointer: Pointer | null): void {
  if (pointer === null) {
    rmSync(path.join(defaultDir, POINTER_FILE), { force: true });
    return;
  }
  mkdirSync(defaultDir, { recursive: true });
  pointerStore(defaultDir).store = { ...pointer };
}

export interface ResolvedDataDir {
  dir: string;
  source: DataDirSource;
  previous: string | null;
}

export function resolveDataDir(defaultDir: string, env: Record<string, string | undefined>, onDamagedPointer?: (keptAt: string, why: string) => void): ResolvedDataDir {
  if (env.VITRINE_DATA_DIR) return { dir: path.resolve(env.VITRINE_DATA_DIR), source: 'env', previous: null };
  // electron-builder's portable target sets this to the folder of the .exe the user ran.
  if (env.PORTABLE_EXECUTABLE_DIR) return { dir: path.join(env.PORTABLE_EXECUTABLE_DIR, PORTABLE_FOLDER), source: 'portable', previous: null };
  const pointer = readPointer(defaultDir, onDamagedPointer);
  // A pointer to a folder that is gone (an unplugged USB key) must not silently start empty elsewhere:
  // the caller gets the pointed folder and the vault says it cannot open it.
  if (pointer) return { dir: pointer.dir, source: 'pointer', previous: pointer.previous };
  return { dir: defaultDir, source: 'default', previous: null };
}

function listFiles(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
    if (rel === '' && !isDataEntry(entry.name)) continue;
    const child = rel ? path.join(rel, entry.name) : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, child));
    else if (entry.isFile()) out.push(child);
  }
  return out;
}

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** `detail`: the system's own text (a path, an error message), shown under Details. */
export type MoveResult = { ok: true; files: number; bytes: number } | { ok: false; kind: Extract<MoveFailureKind, 'nested' | 'holds-data' | 'copy-failed' | 'copy-differs'>; detail: string };

/** A copy that does not match its original, told apart from a copy that failed. */
class CopyDiffers extends Error {}

export interface MoveOptions {
  from: string;
  to: string;
  /** Where the pointer lives (the default app data folder). */
  defaultDir: string;
  /** Injected for tests (a failure halfway); the real one otherwise. */
  copyFile?: (src: string, dst: string) => void;
}

const inside = (child: string, parent: string): boolean => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** Copy, verify, switch. Never touches the old folder; on failure, removes only what it copied. */
export function moveDataFolder(opts: MoveOptions): MoveResult {
  const from = path.resolve(opts.from);
  const to = path.resolve(opts.to);
  const copy = opts.copyFile ?? copyFileSync;
  if (inside(to, from) || inside(from, to)) return { ok: false, kind: 'nested', detail: `${from} → ${to}` };
  const existed = existsSync(to);
  if (existed && readdirSync(to).some(isDataEntry)) return { ok: false, kind: 'holds-data', detail: to };
  const files = listFiles(from);
  const created: string[] = [];
  try {
    mkdirSync(to, { recursive: true });
    let bytes = 0;
    for (const rel of files) {
      const dst = path.join(to, rel);
      mkdirSync(path.dirname(dst), { recursive: true });
      const top = rel.split(path.sep)[0] as string;
      if (!created.includes(top)) created.push(top);
      copy(path.join(from, rel), dst);
      bytes += statSync(dst).size;
    }
    for (const rel of files) {
      if (sha256(path.join(from, rel)) !== sha256(path.join(to, rel))) throw new CopyDiffers(`the copy of ${rel} differs from the original`);
    }
    writePointer(opts.defaultDir, to === path.resolve(opts.defaultDir) ? null : { dir: to, previous: from });
    return { ok: true, files: files.length, bytes };
  } catch (e) {
    for (const top of created) rmSync(path.join(to, top), { recursive: true, force: true });
    if (!existed) rmSync(to, { recursive: true, force: true });
    return { ok: false, kind: e instanceof CopyDiffers ? 'copy-differs' : 'copy-failed', detail: (e as Error).message };
  }
}

/** Deletes Vitrine's entries from the previous folder (never the folder's other content) and forgets it. */
export function forgetPrevious(defaultDir: string, current: string): void {
  const pointer = readPointer(defaultDir);
  const previous = pointer?.previous;
  if (!pointer || !previous || path.resolve(previous) === path.resolve(current)) return;
  if (existsSync(previous)) {
    for (const name of readdirSync(previous)) if (isDataEntry(name)) rmSync(path.join(previous, name), { recursive: true, force: true });
  }
  writePointer(defaultDir, { ...pointer, previous: null });
}

import path from 'node:path';
import type { StartupNotice } from '../../shared/ipc/contract';
import { PHOTO_TRASH_DIR, PHOTOS_DIR, referencedPhotos, tidyPhotos, type PhotoTidy } from './photo-trash';
import { BACKUP_FILE, PRE_MIGRATION_FILE, QUARANTINE_FILE, readBackup, REPAIR_MARKER, STORE_FILE, Vault, type StoreState } from './vault';
import { nodeFs, TEMP_FILE, type VaultFs } from './vault-fs';

export interface DoctorReport {
  dataDir: string;
  /** inspect: nothing on disk was changed; `changes` says what a start would do. repair: `changes` were made. */
  mode: 'inspect' | 'repair';
  store: { path: string; state: StoreState; bytes: number | null; schemaVersion: number | null };
  clients: { id: string; name: string; profiles: number }[];
  /** What the app shows at start (restored, salvaged, migrated…). */
  notices: StartupNotice[];
  backups: { file: string; valid: boolean; clients: number | null }[];
  quarantined: string[];
  /** A repair interrupted by a crash, finished at the next start. */
  repairMarker: boolean;
  tempFiles: string[];
  pictures: { stored: number; referenced: number; missing: string[]; unreferenced: string[]; inTrash: number; tidy: PhotoTidy };
  changes: string[];
  /** A write the start-up needs failed (read-only folder, full disk). */
  writeError: string | null;
}

function errno(code: string, file: string): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(`${code}: ${file}`);
  e.code = code;
  return e;
}

/**
 * The real file system seen through an in-memory layer: reads see earlier
 * writes, nothing reaches the disk. The vault's own start-up runs on it, so
 * `vitrine doctor` shows exactly what a start would do, changing nothing.
 */
export function overlayFs(base: VaultFs = nodeFs): VaultFs {
  const files = new Map<string, Buffer | null>();
  const dirs = new Set<string>();
  const open = new Map<number, { file: string; chunks: Buffer[] }>();
  let nextFd = 1_000_000;
  const fs: VaultFs = {
    readFile: (file) => {
      if (!files.has(file)) return base.readFile(file);
      const bytes = files.get(file);
      if (!bytes) throw errno('ENOENT', file);
      return bytes;
    },
    exists: (file) => (files.has(file) ? files.get(file) !== null : dirs.has(file) || base.exists(file)),
    isDirectory: (dir) => dirs.has(dir) || base.isDirectory(dir),
    readdir: (dir) => {
      if (!fs.isDirectory(dir)) throw errno('ENOENT', dir);
      const names = new Set(base.isDirectory(dir) ? base.readdir(dir) : []);
      for (const [file, bytes] of files) {
        if (path.dirname(file) !== dir) continue;
        if (bytes) names.add(path.basename(file));
        else names.delete(path.basename(file));
      }
      return [...names];
    },
    mkdir: (dir) => {
      if (!fs.isDirectory(dir)) dirs.add(dir);
    },
    openNew: (file) => {
      if (fs.exists(file)) throw errno('EEXIST', file);
      if (!fs.isDirectory(path.dirname(file))) throw errno('ENOENT', file);
      open.set(++nextFd, { file, chunks: [] });
      files.set(file, Buffer.alloc(0));
      return nextFd;
    },
    write: (fd, bytes, offset, length) => {
      open.get(fd)?.chunks.push(Buffer.from(bytes.subarray(offset, offset + length)));
      return length;
    },
    fsync: () => undefined,
    close: (fd) => {
      const f = open.get(fd);
      if (f) files.set(f.file, Buffer.concat(f.chunks));
      open.delete(fd);
    },
    fsyncDir: () => undefined,
    rename: (from, to) => {
      const bytes = fs.readFile(from);
      files.set(to, bytes);
      files.set(from, null);
    },
    unlink: (file) => {
      if (!fs.exists(file)) throw errno('ENOENT', file);
      files.set(file, null);
    },
  };
  return fs;
}

/** Logs, in plain words, each change made through `base` (temp files of checked writes show as the write they finish). */
export function recordingFs(base: VaultFs, log: string[]): VaultFs {
  return {
    ...base,
    mkdir: (dir) => {
      const existed = base.isDirectory(dir);
      base.mkdir(dir);
      if (!existed) log.push(`create folder ${dir}`);
    },
    rename: (from, to) => {
      base.rename(from, to);
      log.push(TEMP_FILE.test(from) ? `write ${to}` : `move ${from} → ${to}`);
    },
    unlink: (file) => {
      base.unlink(file);
      log.push(`remove ${file}`);
    },
  };
}

function listIn(fs: VaultFs, dir: string, keep: (name: string) => boolean): string[] {
  return fs.isDirectory(dir) ? fs.readdir(dir).filter(keep).sort() : [];
}

/**
 * Opens a data folder exactly as the app does at start (the same Vault and
 * picture clean-up) and reports what is there. Without `repair` it runs over
 * an overlay and changes nothing on disk; with it, it performs the start-up
 * recovery and lists what it did. Used by `vitrine doctor` and Help › Diagnostics.
 */
export function inspectDataDir(dataDir: string, opts: { repair?: boolean; now?: Date; fs?: VaultFs } = {}): DoctorReport {
  const real = opts.fs ?? nodeFs;
  const now = opts.now ?? new Date();
  const dir = path.resolve(dataDir);
  const backupsDir = path.join(dir, 'backups');
  const storePath = path.join(dir, STORE_FILE);

  // The state before the start touches anything.
  const tempFiles = [
    ...listIn(real, dir, (n) => TEMP_FILE.test(n)).map((n) => path.join(dir, n)),
    ...listIn(real, backupsDir, (n) => TEMP_FILE.test(n)).map((n) => path.join(backupsDir, n)),
  ];
  const backups = listIn(real, backupsDir, (n) => BACKUP_FILE.test(n) || PRE_MIGRATION_FILE.test(n)).map((file) => {
    const read = readBackup(real, path.join(backupsDir, file));
    return { file, valid: read?.ok === true, clients: read?.ok === true ? read.data.workspaces.length : null };
  });
  const quarantined = listIn(real, dir, (n) => QUARANTINE_FILE.test(n));
  const repairMarker = real.exists(path.join(dir, REPAIR_MARKER));
  let bytes: number | null = null;
  let schemaVersion: number | null = null;
  if (real.exists(storePath)) {
    try {
      const text = real.readFile(storePath);
      bytes = text.length;
      const v = (JSON.parse(text.toString('utf8')) as { schemaVersion?: unknown }).schemaVersion;
      schemaVersion = typeof v === 'number' ? v : null;
    } catch {
      // Damaged: the vault below says how.
    }
  }

  const changes: string[] = [];
  const fs = recordingFs(opts.repair ? real : overlayFs(real), changes);
  const vault = new Vault({ dir, now: () => now, fs });
  const tidy = tidyPhotos({ dataDir: dir, vault, now, fs });
  // --repair prints every notice: its user has been told.
  if (opts.repair) vault.acknowledgeNotices();
  const used = referencedPhotos(vault.data);
  const stored = listIn(real, path.join(dir, PHOTOS_DIR), (n) => !TEMP_FILE.test(n) && !n.startsWith('.'));
  return {
    dataDir: dir,
    mode: opts.repair ? 'repair' : 'inspect',
    store: { path: storePath, state: vault.storeState, bytes, schemaVersion },
    clients: vault.data.workspaces.map((w) => ({ id: w.id, name: w.name, profiles: w.profiles.length })),
    notices: vault.notices,
    backups,
    quarantined,
    repairMarker,
    tempFiles,
    pictures: {
      stored: stored.length,
      referenced: used.size,
      missing: [...used].filter((n) => !stored.includes(n) && !tidy.restored.includes(n)).sort(),
      unreferenced: stored.filter((n) => !used.has(n)),
      inTrash: listIn(real, path.join(dir, PHOTO_TRASH_DIR), () => true).length,
      tidy,
    },
    changes,
    writeError: vault.writeError,
  };
}

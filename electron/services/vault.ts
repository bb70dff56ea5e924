import { createHash } from 'node:crypto';
import path from 'node:path';
import { StartupNotice } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/envelope';
import { LibraryData } from '../../shared/schema/library';
import { backupsToPrune, stampOf, timeOfStamp } from '../../shared/storage/backup-generations';
import { readLibraryText, salvageLibrary, type DamageCode, type LibraryRead } from '../../shared/storage/library-file';
import { CURRENT_SCHEMA_VERSION } from '../../shared/storage/migrations';
import { checkedWrite, nodeFs, TEMP_FILE, type VaultFs } from './vault-fs';

export interface VaultOptions {
  /** The folder that holds vitrine.json and backups/. */
  dir: string;
  now?: () => Date;
  /** Writes are debounced; flush() forces them (on quit). */
  debounceMs?: number;
  /** File operations (tests inject failures; `vitrine doctor` an overlay that changes nothing). */
  fs?: VaultFs;
}

/** What the save-failure banner shows: the last write error, and whether edits are not on disk yet. */
export interface WriteStatus {
  error: string | null;
  unsaved: boolean;
}

/** How the store was found at start (for `vitrine doctor` and the picture clean-up). */
export type StoreState = 'fresh' | 'ok' | 'migrated' | 'newer' | 'damaged' | 'missing';

/** A failed write (disk full, a removed USB key) is retried this often; nothing is dropped. */
const RETRY_MS = 5000;

export const STORE_FILE = 'vitrine.json';
/**
 * Written before a start-up repair and removed with the first edit saved after it: a crash in
 * between is finished, and told, at the next start.
 */
export const REPAIR_MARKER = 'vitrine.repair.json';
/** `vitrine-<stamp>-<digest>.json`: the digest of the bytes also written to the store in that save (older backups have none). */
export const BACKUP_FILE = /^vitrine-(\d{8}T\d{6,9}Z)(?:-([0-9a-f]{16}))?\.json$/;
export const PRE_MIGRATION_FILE = /^pre-migration-v\d+-(\d{8}T\d{6,9}Z)\.json$/;
export const QUARANTINE_FILE = /^vitrine\.corrupt-(\d{8}T\d{6,9}Z)(-\d+)?\.json$/;

function emptyLibrary(): LibraryData {
  return LibraryData.parse({ schemaVersion: CURRENT_SCHEMA_VERSION });
}

/** The bytes Vitrine writes for a library (the tab indent electron-store used, so old and new files diff cleanly). */
export function serializeLibrary(data: LibraryData): Buffer {
  return Buffer.from(JSON.stringify(data, null, '\t'));
}

/** Why the store was replaced: a code for the UI's sentence, and the technical detail. */
interface Why {
  reasonCode: DamageCode;
  reason: string;
}

/** Every client of a damaged library that validates, and a notice naming what could not be read. */
function salvaged(raw: Record<string, unknown>, quarantinedPath: string, why: Why): { notice: StartupNotice; data: LibraryData } {
  const { data, lostClients, lostParts } = salvageLibrary(raw);
  return { data, notice: { kind: 'salvaged', quarantinedPath, ...why, kept: data.workspaces.length, lostClients: lostClients.map((c) => c.name), lostParts } };
}

/** Notices of a start-up repair (the repair marker repeats them until the user has seen one). */
const REPAIR_KINDS = new Set<StartupNotice['kind']>(['restored-from-backup', 'salvaged', 'no-valid-backup']);

/** The first 64 bits of the SHA-256 of a save: enough to tell a flipped bit from the bytes Vitrine wrote. */
export function digestOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** A backup's content, checked against the digest in its name when it has one; null when unreadable. */
export function readBackup(fs: VaultFs, file: string): LibraryRead | null {
  let bytes: Buffer;
  try {
    bytes = fs.readFile(file);
  } catch {
    return null;
  }
  const digest = BACKUP_FILE.exec(path.basename(file))?.[2];
  if (digest !== undefined && digestOf(bytes) !== digest) return { ok: false, code: 'not-saved-by-vitrine', reason: 'does not match its digest', raw: null };
  return readLibraryText(bytes.toString('utf8'));
}

const stampTime = (name: string, pattern: RegExp): number => timeOfStamp(pattern.exec(name)?.[1] ?? '') ?? 0;

/**
 * The single writer of Vitrine's data (main process, CLI and doctor alike).
 *
 * Every write is checked (temp file, fsync, read back, rename, folder fsync):
 * a short write or a full disk is a failed save, reported and retried, never
 * a success. It never starts empty when a library existed: a damaged or
 * missing store is replaced by the newest valid backup (or, with none, by
 * every client that still validates), the damaged file is copied aside
 * first, and a notice says exactly what happened. A file written by a newer
 * version is left byte-for-byte untouched and the vault opens read-only.
 */
export class Vault {
  readonly storePath: string;
  readonly backupsDir: string;
  readonly notices: StartupNotice[] = [];
  readOnly = false;
  /** The start restored, salvaged or could not find the library: nothing may be cleaned up this session. */
  recovered = false;
  storeState: StoreState = 'fresh';
  /** Leftover temp files of interrupted writes removed at start. */
  readonly removedTempFiles: string[] = [];
  /** The last write failure, cleared by the next good write. */
  writeError: string | null = null;
  private current: LibraryData;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dirty = false;
  /** Steps that must be on disk before the store may be overwritten (quarantine copy, pre-migration backup). */
  private beforeWrite: (() => void)[] = [];
  private removeMarkerAfterWrite = false;
  private lastBackupAt = 0;
  private readonly fs: VaultFs;
  private readonly now: () => Date;
  private readonly debounceMs: number;
  private readonly statusListeners = new Set<(s: WriteStatus) => void>();
  private lastStatus: WriteStatus = { error: null, unsaved: false };

  constructor(private readonly opts: VaultOptions) {
    this.fs = opts.fs ?? nodeFs;
    this.now = opts.now ?? (() => new Date());
    this.debounceMs = opts.debounceMs ?? 600;
    this.storePath = path.join(opts.dir, STORE_FILE);
    this.backupsDir = path.join(opts.dir, 'backups');
    try {
      this.fs.mkdir(this.backupsDir);
    } catch {
      // A read-only folder still opens; the first write reports the problem.
    }
    this.current = this.open();
    if (this.readOnly) return;
    this.removeTempFiles();
    // The repair marker outlives this start's own write: it goes with the first edit saved, once the
    // user has seen the notice. A crash before that repeats the notice at the next start.
    const markerPending = this.removeMarkerAfterWrite;
    this.removeMarkerAfterWrite = false;
    this.flush();
    this.removeMarkerAfterWrite = markerPending;
  }

  get data(): LibraryData {
    return this.current;
  }

  /** True while some edit is not safely on disk (pending debounce or a failed write). */
  get hasUnsavedChanges(): boolean {
    return this.dirty;
  }

  /** Calls `listener` whenever the write error or the unsaved state changes; returns the unsubscribe. */
  onWriteStatus(listener: (s: WriteStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Tries to write now (the banner's Retry); true when everything is on disk. */
  retryNow(): boolean {
    return this.flush();
  }

  /**
   * Writes the current library to a path the user chose (Save a copy
   * elsewhere…), with the same checked write as the store. Throws on failure.
   */
  exportCopy(filePath: string): void {
    checkedWrite(this.fs, filePath, serializeLibrary(this.current));
  }

  /** The user has been told the start-up notices (e.g. by `vitrine doctor --repair`): a finished repair need not be told again. */
  acknowledgeNotices(): void {
    if (this.removeMarkerAfterWrite && !this.dirty) this.removeMarker();
  }

  /**
   * The user dismissed one start-up notice in the app. Once no repair notice is left to read,
   * the repair is acknowledged: it is not told again at the next start.
   */
  acknowledgeNotice(kind: StartupNotice['kind']): void {
    const at = this.notices.findIndex((n) => n.kind === kind);
    if (at >= 0) this.notices.splice(at, 1);
    if (!this.notices.some((n) => REPAIR_KINDS.has(n.kind))) this.acknowledgeNotices();
  }

  /** Replace the data through a pure function; the write is debounced. */
  update(mutate: (data: LibraryData) => LibraryData): LibraryData {
    if (this.readOnly) {
      throw new AppError('read-only', 'Vitrine is in read-only mode: this data was written by a newer version. Update Vitrine to edit it.');
    }
    this.current = mutate(this.current);
    this.dirty = true;
    this.schedule(this.debounceMs);
    this.emitStatus();
    return this.current;
  }

  /**
   * Writes now (on quit, or the banner's Retry). True when every edit is on
   * disk, verified: only then is an edit acknowledged. On failure the data
   * stays in memory, the reason is in writeError and a retry is scheduled.
   */
  flush(): boolean {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.readOnly || !this.dirty) return !this.dirty;
    const bytes = serializeLibrary(this.current);
    try {
      while (this.beforeWrite.length > 0) {
        this.beforeWrite[0]!();
        this.beforeWrite.shift();
      }
      // The backup first: the store then always matches a backup's digest, even after a crash in between.
      this.writeBackup(bytes);
      checkedWrite(this.fs, this.storePath, bytes);
    } catch (e) {
      // Keep the data dirty and try again: an error must never drop an edit.
      this.writeError = (e as Error).message;
      this.schedule(RETRY_MS);
      this.emitStatus();
      return false;
    }
    this.dirty = false;
    this.writeError = null;
    if (this.removeMarkerAfterWrite) this.removeMarker();
    this.pruneBackups();
    this.emitStatus();
    return true;
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), ms);
    // A pending retry must not keep a CLI process alive; the app flushes on quit.
    this.timer.unref?.();
  }

  private emitStatus(): void {
    const next: WriteStatus = { error: this.writeError, unsaved: this.dirty };
    if (next.error === this.lastStatus.error && next.unsaved === this.lastStatus.unsaved) return;
    this.lastStatus = next;
    for (const listener of this.statusListeners) listener(next);
  }

  private file(name: string): string {
    return path.join(this.opts.dir, name);
  }

  private list(dir: string, pattern: RegExp): string[] {
    try {
      return this.fs.readdir(dir).filter((n) => pattern.test(n));
    } catch {
      return [];
    }
  }

  private readMarker(): StartupNotice | null {
    const marker = this.file(REPAIR_MARKER);
    if (!this.fs.exists(marker)) return null;
    try {
      return StartupNotice.parse(JSON.parse(this.fs.readFile(marker).toString('utf8')));
    } catch {
      // A marker cut short by a crash: the repair it announced had not started.
      return null;
    }
  }

  private removeMarker(): void {
    this.removeMarkerAfterWrite = false;
    try {
      if (this.fs.exists(this.file(REPAIR_MARKER))) this.fs.unlink(this.file(REPAIR_MARKER));
    } catch {
      // Harmless: the next start finds a good store and only repeats the notice.
    }
  }

  private open(): LibraryData {
    const marker = this.readMarker();
    if (marker) this.removeMarkerAfterWrite = true;
    let bytes: Buffer | null = null;
    if (this.fs.exists(this.storePath)) {
      try {
        bytes = this.fs.readFile(this.storePath);
      } catch (e) {
        this.storeState = 'damaged';
        return this.recover({ reasonCode: 'unreadable', reason: `unreadable (${(e as Error).message})` }, null, null);
      }
    }
    if (bytes === null) {
      const existed = marker !== null || this.backupCandidates().length > 0 || this.list(this.opts.dir, QUARANTINE_FILE).length > 0;
      if (!existed) {
        this.storeState = 'fresh';
        this.dirty = true;
        return emptyLibrary();
      }
      this.storeState = 'missing';
      return this.recover({ reasonCode: 'missing', reason: 'the data file was missing' }, null, null);
    }
    const read = readLibraryText(bytes.toString('utf8'));
    // Valid JSON can still be damaged (a flipped bit inside a name, or in schemaVersion): the store must be a save some backup recorded.
    const digests = this.savedDigests();
    if (digests.size > 0 && !digests.has(digestOf(bytes))) {
      this.storeState = 'damaged';
      const why: Why = read.ok === false
        ? { reasonCode: read.code, reason: read.reason }
        : { reasonCode: 'not-saved-by-vitrine', reason: 'the data file is not one Vitrine saved (damaged on disk, or changed outside Vitrine)' };
      const raw = read.ok === false ? read.raw : read.ok === true ? (JSON.parse(bytes.toString('utf8')) as Record<string, unknown>) : null;
      return this.recover(why, bytes, raw);
    }
    if (read.ok === 'newer') {
      this.storeState = 'newer';
      this.readOnly = true;
      this.notices.push({ kind: 'newer-version', path: this.storePath, found: read.found, supported: CURRENT_SCHEMA_VERSION });
      return emptyLibrary();
    }
    if (read.ok === false) {
      this.storeState = 'damaged';
      return this.recover({ reasonCode: read.code, reason: read.reason }, bytes, read.raw);
    }
    if (marker) {
      // The last start repaired the store, but no edit was saved after it: the user may not have seen the notice.
      this.notices.push(marker);
      this.recovered = true;
    }
    this.storeState = 'ok';
    if (read.migratedFrom !== undefined) {
      this.storeState = 'migrated';
      const backupPath = path.join(this.backupsDir, `pre-migration-v${read.migratedFrom}-${stampOf(this.now().getTime())}.json`);
      const raw = bytes;
      this.beforeWrite.push(() => checkedWrite(this.fs, backupPath, raw));
      this.notices.push({ kind: 'migrated', from: read.migratedFrom, to: CURRENT_SCHEMA_VERSION, backupPath });
      this.dirty = true;
    }
    return read.data;
  }

  private savedDigests(): Set<string> {
    return new Set(this.list(this.backupsDir, BACKUP_FILE).map((n) => BACKUP_FILE.exec(n)?.[2]).filter((d): d is string => d !== undefined));
  }

  /** Regular backups newest first, then pre-migration ones newest first. */
  private backupCandidates(): string[] {
    const byTime = (pattern: RegExp) => this.list(this.backupsDir, pattern).sort((a, b) => stampTime(b, pattern) - stampTime(a, pattern) || (a < b ? 1 : -1));
    return [...byTime(BACKUP_FILE), ...byTime(PRE_MIGRATION_FILE)].map((n) => path.join(this.backupsDir, n));
  }

  /**
   * Where the damaged bytes go: an existing quarantined copy with the same
   * bytes (an interrupted repair) or a new name. The copy is made before the
   * store is replaced, so a crash at any point leaves the damaged file either
   * in place or set aside.
   */
  private quarantine(bytes: Buffer): string {
    const names = this.list(this.opts.dir, QUARANTINE_FILE);
    for (const name of names) {
      try {
        if (this.fs.readFile(this.file(name)).equals(bytes)) return this.file(name);
      } catch {
        // Unreadable: not the one.
      }
    }
    const base = `vitrine.corrupt-${stampOf(this.now().getTime())}`;
    let name = `${base}.json`;
    for (let i = 1; names.includes(name) || this.fs.exists(this.file(name)); i++) name = `${base}-${i}.json`;
    const target = this.file(name);
    this.beforeWrite.push(() => checkedWrite(this.fs, target, bytes));
    return target;
  }

  /**
   * Replaces a damaged or missing store: the newest valid backup, else every
   * client that still validates, else an empty library; always with a notice.
   * The steps run in flush(), marker first and marker removal last.
   */
  private recover(why: Why, bytes: Buffer | null, raw: Record<string, unknown> | null): LibraryData {
    this.recovered = true;
    this.dirty = true;
    const quarantinedPath = bytes ? this.quarantine(bytes) : null;
    let notice: StartupNotice | null = null;
    let data: LibraryData | null = null;
    const readable = (file: string) => {
      try {
        return readLibraryText(this.fs.readFile(file).toString('utf8'));
      } catch {
        return null;
      }
    };
    for (const candidate of this.backupCandidates()) {
      const read = readBackup(this.fs, candidate);
      if (read?.ok === true) {
        notice = { kind: 'restored-from-backup', quarantinedPath, backupPath: candidate, ...why };
        data = read.data;
        break;
      }
    }
    if (!data && !bytes) {
      // No store and no valid backup: the newest quarantined file is what is left of the library.
      const newest = this.list(this.opts.dir, QUARANTINE_FILE).sort((a, b) => stampTime(b, QUARANTINE_FILE) - stampTime(a, QUARANTINE_FILE) || (a < b ? 1 : -1))[0];
      const read = newest ? readable(this.file(newest)) : null;
      if (newest && read?.ok === true) {
        notice = { kind: 'restored-from-backup', quarantinedPath: null, backupPath: this.file(newest), ...why };
        data = read.data;
      } else if (newest && read?.ok === false && read.raw) {
        ({ notice, data } = salvaged(read.raw, this.file(newest), why));
      }
    }
    if (!data && raw && quarantinedPath) {
      ({ notice, data } = salvaged(raw, quarantinedPath, why));
    }
    if (!data || !notice) {
      notice = { kind: 'no-valid-backup', quarantinedPath, ...why };
      data = emptyLibrary();
    }
    this.notices.push(notice);
    const marker = this.file(REPAIR_MARKER);
    const markerBytes = Buffer.from(JSON.stringify(notice));
    this.beforeWrite.unshift(() => checkedWrite(this.fs, marker, markerBytes));
    this.removeMarkerAfterWrite = true;
    return data;
  }

  private removeTempFiles(): void {
    for (const dir of [this.opts.dir, this.backupsDir]) {
      for (const name of this.list(dir, TEMP_FILE)) {
        if (!name.startsWith('vitrine') && !name.startsWith('pre-migration-')) continue;
        try {
          this.fs.unlink(path.join(dir, name));
          this.removedTempFiles.push(path.join(dir, name));
        } catch {
          // Left for the next start.
        }
      }
    }
  }

  /**
   * A new backup file per save, written (checked) just before the store from
   * the same bytes: never a copy of an unchecked file, never refreshed in
   * place. A failed backup is a failed save.
   */
  private writeBackup(bytes: Buffer): void {
    const newest = this.list(this.backupsDir, BACKUP_FILE).reduce((m, n) => Math.max(m, stampTime(n, BACKUP_FILE)), this.lastBackupAt);
    const at = Math.max(this.now().getTime(), newest + 1);
    this.lastBackupAt = at;
    this.fs.mkdir(this.backupsDir);
    checkedWrite(this.fs, path.join(this.backupsDir, `vitrine-${stampOf(at)}-${digestOf(bytes)}.json`), bytes);
  }

  /** The generations policy. After a start that restored or salvaged, nothing is pruned: the session may be working on a bad state. */
  private pruneBackups(): void {
    if (this.recovered) return;
    try {
      const stamps = this.list(this.backupsDir, BACKUP_FILE).map((name) => ({ name, at: stampTime(name, BACKUP_FILE) }));
      for (const name of backupsToPrune(stamps, this.now().getTime())) this.fs.unlink(path.join(this.backupsDir, name));
    } catch (e) {
      // The save succeeded; an extra backup left is no harm.
      console.error('[vault] pruning backups failed', e);
    }
  }
}

import ElectronStore from 'electron-store';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { StartupNotice } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/envelope';
import { LibraryData, validateLibrary } from '../../shared/schema/library';
import { summarizeZodError } from '../../shared/schema/zod-issues';
import { CURRENT_SCHEMA_VERSION, migrate, MigrationError } from '../../shared/storage/migrations';
import { checkedWrite, nodeFs } from './vault-fs';

/** What the save-failure banner shows: the last write error, and whether edits are not on disk yet. */
export interface WriteStatus {
  error: string | null;
  unsaved: boolean;
}

export interface VaultOptions {
  /** The folder that holds vitrine.json and backups/. */
  dir: string;
  now?: () => Date;
  /** Writes are debounced; flush() forces them (on quit). */
  debounceMs?: number;
  /** How many rolling backups of good saves to keep. */
  keepBackups?: number;
  /**
   * A new backup file at most once per this interval; saves in between
   * refresh the newest one. So the newest backup is always the last good
   * save, and the older ones span real time rather than the last seconds.
   */
  backupEveryMs?: number;
}

/** A failed write (disk full, a removed USB key) is retried this often; nothing is dropped. */
const RETRY_MS = 5000;

const STORE_NAME = 'vitrine';
const BACKUP_PREFIX = 'vitrine-';
const stamp = (d: Date): string => d.toISOString().replace(/[-:.]/g, '');

function emptyLibrary(): LibraryData {
  return LibraryData.parse({ schemaVersion: CURRENT_SCHEMA_VERSION });
}

type Loaded = { ok: true; data: LibraryData; migratedFrom?: number } | { ok: false; reason: string } | { ok: 'newer'; found: number };

/** Parse and migrate raw file text; never throws. */
function load(text: string): Loaded {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `not valid JSON (${(e as Error).message})` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'not a JSON object' };
  try {
    const outcome = migrate(raw as Record<string, unknown>);
    if (outcome.kind === 'newer') return { ok: 'newer', found: outcome.found };
    const parsed = validateLibrary(outcome.data);
    if (!parsed.success) return { ok: false, reason: `unexpected content: ${summarizeZodError(parsed.error, outcome.data)}` };
    return outcome.kind === 'migrated' ? { ok: true, data: parsed.data, migratedFrom: outcome.from } : { ok: true, data: parsed.data };
  } catch (e) {
    if (e instanceof MigrationError) return { ok: false, reason: e.message };
    throw e;
  }
}

/**
 * The single writer of Vitrine's data (main process only). It never starts
 * silently with empty data: a damaged file is moved aside, the newest valid
 * backup is restored, and a notice says so. A file written by a newer version
 * is left byte-for-byte untouched and the vault opens read-only.
 */
export class Vault {
  readonly storePath: string;
  readonly backupsDir: string;
  readonly notices: StartupNotice[] = [];
  readOnly = false;
  private store: ElectronStore<LibraryData> | null = null;
  private current: LibraryData;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dirty = false;
  private readonly now: () => Date;
  private readonly debounceMs: number;
  private readonly keepBackups: number;
  private readonly backupEveryMs: number;
  private newestBackup: { path: string; at: number } | null = null;
  /** The last write failure, cleared by the next good write. */
  writeError: string | null = null;
  private readonly statusListeners = new Set<(s: WriteStatus) => void>();
  private lastStatus: WriteStatus = { error: null, unsaved: false };

  constructor(private readonly opts: VaultOptions) {
    this.now = opts.now ?? (() => new Date());
    this.debounceMs = opts.debounceMs ?? 600;
    this.keepBackups = Math.max(5, opts.keepBackups ?? 10);
    this.backupEveryMs = opts.backupEveryMs ?? 5 * 60_000;
    this.storePath = path.join(opts.dir, `${STORE_NAME}.json`);
    this.backupsDir = path.join(opts.dir, 'backups');
    mkdirSync(this.backupsDir, { recursive: true });
    this.current = this.openFile();
    if (!this.readOnly) {
      this.store = new ElectronStore<LibraryData>({
        cwd: opts.dir,
        name: STORE_NAME,
        clearInvalidConfig: false,
        configFileMode: 0o600,
        accessPropertiesByDotNotation: false,
        watch: false,
      });
      if (!existsSync(this.storePath)) this.dirty = true;
      this.flush();
    }
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
    this.flush();
    return !this.dirty && this.writeError === null;
  }

  /**
   * Writes the current library to a path the user chose (Save a copy
   * elsewhere…), with the same checked write as the store. Throws on failure.
   */
  exportCopy(filePath: string): void {
    checkedWrite(nodeFs, filePath, Buffer.from(JSON.stringify(this.current, null, '\t')));
  }

  private emitStatus(): void {
    const next: WriteStatus = { error: this.writeError, unsaved: this.dirty };
    if (next.error === this.lastStatus.error && next.unsaved === this.lastStatus.unsaved) return;
    this.lastStatus = next;
    for (const listener of this.statusListeners) listener(next);
  }

  /** Replace the data through a pure function; the write is debounced. */
  update(mutate: (data: LibraryData) => LibraryData): LibraryData {
    if (this.readOnly) {
      throw new AppError('read-only', 'Vitrine is in read-only mode: this data was written by a newer version. Update Vitrine to edit it.');
    }
    this.current = mutate(this.current);
    this.dirty = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.debounceMs);
    this.emitStatus();
    return this.current;
  }

  /** Write now (called on quit), then keep a rolling backup of this good save. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.store || this.readOnly || !this.dirty) return;
    try {
      this.store.store = this.current;
    } catch (e) {
      // Keep the data dirty and try again: an error must never drop an edit.
      this.writeError = (e as Error).message;
      console.error('[vault] write failed, will retry', e);
      this.timer = setTimeout(() => this.flush(), RETRY_MS);
      this.emitStatus();
      return;
    }
    this.dirty = false;
    this.writeError = null;
    this.emitStatus();
    this.rollBackup();
  }

  private openFile(): LibraryData {
    if (!existsSync(this.storePath)) return emptyLibrary();
    let text: string;
    try {
      text = readFileSync(this.storePath, 'utf8');
    } catch (e) {
      return this.recover(`unreadable (${(e as Error).message})`);
    }
    const loaded = load(text);
    if (loaded.ok === 'newer') {
      this.readOnly = true;
      this.notices.push({ kind: 'newer-version', path: this.storePath, found: loaded.found, supported: CURRENT_SCHEMA_VERSION });
      return emptyLibrary();
    }
    if (loaded.ok === false) return this.recover(loaded.reason);
    if (loaded.migratedFrom !== undefined) {
      const backupPath = path.join(this.backupsDir, `pre-migration-v${loaded.migratedFrom}-${stamp(this.now())}.json`);
      copyFileSync(this.storePath, backupPath);
      this.notices.push({ kind: 'migrated', from: loaded.migratedFrom, to: CURRENT_SCHEMA_VERSION, backupPath });
      this.dirty = true;
    }
    return loaded.data;
  }

  /** Move the damaged file aside and restore the newest backup that loads. */
  private recover(reason: string): LibraryData {
    const quarantinedPath = path.join(this.opts.dir, `${STORE_NAME}.corrupt-${stamp(this.now())}.json`);
    renameSync(this.storePath, quarantinedPath);
    for (const name of this.backupNames().reverse()) {
      const backupPath = path.join(this.backupsDir, name);
      const loaded = load(readFileSync(backupPath, 'utf8'));
      if (loaded.ok === true) {
        copyFileSync(backupPath, this.storePath);
        this.notices.push({ kind: 'restored-from-backup', quarantinedPath, backupPath, reason });
        this.dirty = loaded.migratedFrom !== undefined;
        return loaded.data;
      }
    }
    this.notices.push({ kind: 'no-valid-backup', quarantinedPath, reason });
    return emptyLibrary();
  }

  /** Rolling backups, oldest first (names sort by their timestamp). */
  private backupNames(): string[] {
    return readdirSync(this.backupsDir).filter((n) => n.startsWith(BACKUP_PREFIX) && n.endsWith('.json')).sort();
  }

  private rollBackup(): void {
    try {
      const now = this.now();
      if (this.newestBackup && now.getTime() - this.newestBackup.at < this.backupEveryMs) {
        copyFileSync(this.storePath, this.newestBackup.path);
        return;
      }
      this.newestBackup = { path: path.join(this.backupsDir, `${BACKUP_PREFIX}${stamp(now)}.json`), at: now.getTime() };
      copyFileSync(this.storePath, this.newestBackup.path);
      // Backups that failed to load at start-up are kept for a fixed build to read.
      if (this.notices.some((n) => n.kind === 'no-valid-backup')) return;
      const names = this.backupNames();
      for (const name of names.slice(0, Math.max(0, names.length - this.keepBackups))) {
        rmSync(path.join(this.backupsDir, name));
      }
    } catch (e) {
      // The save itself succeeded; a missed backup is not a lost edit.
      console.error('[vault] backup failed', e);
    }
  }
}

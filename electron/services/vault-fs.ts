import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import path from 'node:path';

/**
 * The few file operations the vault uses, behind one small interface so tests
 * can inject a full disk, short writes or a read-only folder, and so
 * `vitrine doctor` can run the vault's own start-up over an overlay that
 * changes nothing on disk.
 */
export interface VaultFs {
  readFile(file: string): Buffer;
  exists(file: string): boolean;
  isDirectory(file: string): boolean;
  readdir(dir: string): string[];
  mkdir(dir: string): void;
  /** Creates a new file for writing (fails if it exists). */
  openNew(file: string, mode: number): number;
  /** Like fs.writeSync: may write fewer bytes than asked. */
  write(fd: number, bytes: Uint8Array, offset: number, length: number): number;
  fsync(fd: number): void;
  close(fd: number): void;
  /** Makes a rename in this folder durable (no-op where folders cannot be fsynced). */
  fsyncDir(dir: string): void;
  rename(from: string, to: string): void;
  unlink(file: string): void;
}

/** fsync of a folder is refused on some systems (Windows, some network mounts): the rename is still atomic there. */
const DIR_FSYNC_UNSUPPORTED = new Set(['EISDIR', 'EINVAL', 'EPERM', 'EACCES', 'ENOTSUP', 'EBADF']);

export const nodeFs: VaultFs = {
  readFile: (file) => fs.readFileSync(file),
  exists: (file) => fs.existsSync(file),
  isDirectory: (file) => {
    try {
      return fs.statSync(file).isDirectory();
    } catch {
      return false;
    }
  },
  readdir: (dir) => fs.readdirSync(dir),
  mkdir: (dir) => void fs.mkdirSync(dir, { recursive: true, mode: 0o700 }),
  openNew: (file, mode) => fs.openSync(file, 'wx', mode),
  write: (fd, bytes, offset, length) => fs.writeSync(fd, bytes, offset, length),
  fsync: (fd) => fs.fsyncSync(fd),
  close: (fd) => fs.closeSync(fd),
  fsyncDir: (dir) => {
    let fd: number;
    try {
      fd = fs.openSync(dir, 'r');
    } catch (e) {
      if (DIR_FSYNC_UNSUPPORTED.has((e as NodeJS.ErrnoException).code ?? '')) return;
      throw e;
    }
    try {
      fs.fsyncSync(fd);
    } catch (e) {
      if (!DIR_FSYNC_UNSUPPORTED.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
    } finally {
      fs.closeSync(fd);
    }
  },
  rename: (from, to) => fs.renameSync(from, to),
  unlink: (file) => fs.unlinkSync(file),
};

/** Temp files of checked writes: `<name>.tmp-<hex>` beside the target. */
export const TEMP_FILE = /\.tmp-[0-9a-f]+$/;

export class WriteError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? 'EIO';
}

/**
 * Writes `bytes` to `file` so that the file holds either its old content or
 * exactly these bytes, never a part: a temp file in the same folder, every
 * byte written (a short write that makes no progress is a failure), fsync,
 * read back and compared, renamed over the target, folder fsynced.
 * Throws a WriteError (with the system's code, e.g. ENOSPC) and leaves no
 * temp file behind when anything fails.
 */
export function checkedWrite(vfs: VaultFs, file: string, bytes: Uint8Array, mode = 0o600): void {
  const dir = path.dirname(file);
  const temp = `${file}.tmp-${randomBytes(6).toString('hex')}`;
  let fd: number | null = null;
  try {
    fd = vfs.openNew(temp, mode);
    let done = 0;
    while (done < bytes.length) {
      const n = vfs.write(fd, bytes, done, bytes.length - done);
      if (!(n > 0)) throw new WriteError(`short write: ${done} of ${bytes.length} bytes written to ${temp}`, 'ENOSPC');
      done += n;
    }
    vfs.fsync(fd);
    vfs.close(fd);
    fd = null;
    const back = vfs.readFile(temp);
    if (!Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(back)) {
      throw new WriteError(`verification failed: ${temp} read back ${back.length} bytes that differ from the ${bytes.length} written`, 'EIO');
    }
    vfs.rename(temp, file);
    vfs.fsyncDir(dir);
  } catch (e) {
    if (fd !== null) {
      try {
        vfs.close(fd);
      } catch {
        // The write already failed; that error is the one to report.
      }
    }
    try {
      if (vfs.exists(temp)) vfs.unlink(temp);
    } catch {
      // Removed at the next start (leftover temp files are cleaned up there).
    }
    if (e instanceof WriteError) throw e;
    throw new WriteError(`could not write ${file}: ${(e as Error).message}`, codeOf(e));
  }
}

import { nodeFs, type VaultFs } from '../../electron/services/vault-fs';

/** How the injected file system misbehaves; switch it at any time. */
export interface Faults {
  /** Every write call fails with this code (ENOSPC, EROFS, EIO…). */
  writeError?: string | null;
  /** Creating files fails with this code (a read-only folder: EROFS/EACCES). */
  openError?: string | null;
  /** Bytes the disk still takes: writes beyond are short (the call writes what fits, then 0 bytes). */
  spaceLeft?: number | null;
  /** Renames fail with this code. */
  renameError?: string | null;
}

function errno(code: string, what: string): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(`${code}: injected failure, ${what}`);
  e.code = code;
  return e;
}

/** The real file system with failures injected where a test says so. */
export function faultyFs(faults: Faults, base: VaultFs = nodeFs): VaultFs {
  return {
    ...base,
    openNew: (file, mode) => {
      if (faults.openError) throw errno(faults.openError, `open ${file}`);
      return base.openNew(file, mode);
    },
    write: (fd, bytes, offset, length) => {
      if (faults.writeError) throw errno(faults.writeError, 'write');
      if (faults.spaceLeft != null) {
        const n = Math.min(length, faults.spaceLeft);
        faults.spaceLeft -= n;
        // A short write, as a full disk gives it: part of the bytes, then nothing.
        return n === 0 ? 0 : base.write(fd, bytes, offset, n);
      }
      return base.write(fd, bytes, offset, length);
    },
    rename: (from, to) => {
      if (faults.renameError) throw errno(faults.renameError, `rename ${from}`);
      base.rename(from, to);
    },
    unlink: (file) => {
      if (faults.openError) throw errno(faults.openError, `unlink ${file}`);
      base.unlink(file);
    },
  };
}

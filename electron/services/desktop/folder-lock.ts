import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Lang } from '../../../shared/schema/text';

/**
 * The data folder's lock: which machine and process hold it. The app's
 * single-instance lock covers one machine; this file also covers a folder on a
 * USB key or a shared drive opened from two machines.
 * - Same machine, process gone: stale, taken over silently.
 * - Same machine, process alive: live, named, and the second copy stops.
 * - Another machine: Vitrine cannot see its processes, so it names the holder
 *   and lets the user decide (the other machine may have crashed).
 */
export const LOCK_FILE = 'vitrine.lock';

export const LockInfo = z.object({ host: z.string(), pid: z.number().int(), startedAt: z.string() });
export type LockInfo = z.infer<typeof LockInfo>;

export type LockState =
  | { kind: 'free' }
  | { kind: 'stale'; holder: LockInfo }
  | { kind: 'live'; holder: LockInfo }
  | { kind: 'other-machine'; holder: LockInfo };

export interface Me { host: string; pid: number }

export function readLock(dir: string): LockInfo | null {
  try {
    const parsed = LockInfo.safeParse(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function assessLock(holder: LockInfo | null, me: Me, isAlive: (pid: number) => boolean): LockState {
  if (!holder) return { kind: 'free' };
  if (holder.host !== me.host) return { kind: 'other-machine', holder };
  if (holder.pid === me.pid) return { kind: 'free' };
  return isAlive(holder.pid) ? { kind: 'live', holder } : { kind: 'stale', holder };
}

/** process.kill(pid, 0) tests for a process without signalling it (EPERM: it exists, owned by someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Writes this process's lock (the caller decided it may); returns the release function. */
export function takeLock(dir: string, me: Me, now: Date): () => void {
  const file = path.join(dir, LOCK_FILE);
  const info: LockInfo = { host: me.host, pid: me.pid, startedAt: now.toISOString() };
  writeFileSync(file, `${JSON.stringify(info)}\n`);
  return () => {
    // Only our own lock: another process may have taken over after a choice on another machine.
    const current = readLock(dir);
    if (current && current.host === me.host && current.pid === me.pid) rmSync(file, { force: true });
  };
}

export function describeHolder(holder: LockInfo, lang: Lang): string {
  const since = holder.startedAt.replace('T', ' ').slice(0, 16);
  return lang === 'fr'
    ? `l’ordinateur « ${holder.host} » (processus ${holder.pid}, depuis le ${since} UTC)`
    : `the computer “${holder.host}” (process ${holder.pid}, since ${since} UTC)`;
}

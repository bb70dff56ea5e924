/**
 * Which backups to keep: the last 10 saves, the newest of each of the last 14
 * days and the newest of each of the last 8 weeks. So hours of edits on a bad
 * state (each one a new save) rotate out only the last-saves tier; yesterday's
 * and last week's good state stay.
 */
export const KEEP_LAST_SAVES = 10;
export const KEEP_DAYS = 14;
export const KEEP_WEEKS = 8;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupStamp {
  name: string;
  /** When the save was made (ms since the epoch). */
  at: number;
}

/**
 * The names to delete; pure so the policy is tested without files. Days and
 * weeks are calendar ones (UTC, weeks from Monday), not windows sliding with
 * `now`: the newest save of a past day stays the newest, so a kept backup is
 * never swapped for a neighbour that was already pruned.
 */
export function backupsToPrune(backups: readonly BackupStamp[], now: number): string[] {
  const newestFirst = [...backups].sort((a, b) => b.at - a.at || (a.name < b.name ? 1 : -1));
  const keep = new Set(newestFirst.slice(0, KEEP_LAST_SAVES).map((b) => b.name));
  const day = (t: number) => Math.floor(t / DAY_MS);
  // 1 January 1970 was a Thursday: +3 days starts weeks on Monday.
  const week = (t: number) => Math.floor((day(t) + 3) / 7);
  const newestIn = (bucketOf: (t: number) => number, count: number) => {
    const current = bucketOf(now);
    const seen = new Set<number>();
    for (const b of newestFirst) {
      // A stamp in the future (a clock set back) counts in the current bucket.
      const bucket = Math.min(bucketOf(b.at), current);
      if (current - bucket >= count || seen.has(bucket)) continue;
      seen.add(bucket);
      keep.add(b.name);
    }
  };
  newestIn(day, KEEP_DAYS);
  newestIn(week, KEEP_WEEKS);
  return newestFirst.filter((b) => !keep.has(b.name)).map((b) => b.name);
}

/** `20260301T101500123Z`: sortable, file-name safe, millisecond precision. */
export function stampOf(at: number): string {
  return new Date(at).toISOString().replace(/[-:.]/g, '');
}

/** The time in a stamp made by stampOf (or the older second-precision form), or null. */
export function timeOfStamp(stamp: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})?Z$/.exec(stamp);
  if (!m) return null;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +(m[7] ?? 0));
  return Number.isNaN(t) ? null : t;
}

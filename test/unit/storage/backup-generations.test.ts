import { describe, expect, it } from 'vitest';
import { backupsToPrune, KEEP_DAYS, KEEP_LAST_SAVES, KEEP_WEEKS, stampOf, timeOfStamp, type BackupStamp } from '../../../shared/storage/backup-generations';

const DAY = 24 * 3600_000;

/** Replays saves one by one, pruning after each as the vault does. */
function replay(times: number[]): BackupStamp[] {
  let kept: BackupStamp[] = [];
  for (const at of times) {
    kept.push({ name: `vitrine-${stampOf(at)}.json`, at });
    const gone = new Set(backupsToPrune(kept, at));
    kept = kept.filter((b) => !gone.has(b.name));
  }
  return kept;
}

describe('backup generations', () => {
  it('round-trips stamps at millisecond precision, and reads the older second-precision form', () => {
    const t = Date.parse('2026-03-01T10:15:00.123Z');
    expect(stampOf(t)).toBe('20260301T101500123Z');
    expect(timeOfStamp(stampOf(t))).toBe(t);
    expect(timeOfStamp('20260301T101500Z')).toBe(Date.parse('2026-03-01T10:15:00Z'));
    expect(timeOfStamp('nonsense')).toBeNull();
  });

  it('after 10 weeks of daily work then 12 hours of saves every 5 seconds, keeps the last saves, each of the last 14 days and each of the last 8 weeks', () => {
    const start = Date.parse('2026-01-05T08:00:00Z');
    const times: number[] = [];
    for (let d = 0; d < 70; d++) for (let i = 0; i < 20; i++) times.push(start + d * DAY + i * 15 * 60_000);
    const badFrom = start + 70 * DAY;
    for (let i = 0; i < (12 * 3600) / 5; i++) times.push(badFrom + i * 5000);
    const kept = replay(times);
    const now = times.at(-1)!;
    expect(kept.length).toBeLessThanOrEqual(KEEP_LAST_SAVES + KEEP_DAYS + KEEP_WEEKS);
    expect(kept.filter((b) => b.at >= badFrom)).toHaveLength(KEEP_LAST_SAVES);
    // Every one of the 13 previous days still has its last save.
    for (let d = 1; d < KEEP_DAYS; d++) {
      const dayStart = Math.floor(now / DAY) * DAY - d * DAY;
      expect(kept.some((b) => b.at >= dayStart && b.at < dayStart + DAY)).toBe(true);
    }
    // And something from 7 weeks back survives.
    expect(kept.some((b) => now - b.at > 6 * 7 * DAY)).toBe(true);
    expect(kept.some((b) => now - b.at > KEEP_WEEKS * 7 * DAY + 7 * DAY)).toBe(false);
  });

  it('never prunes the last 10 saves, even all made in the same millisecond range', () => {
    const times = Array.from({ length: 50 }, (_, i) => 1_000_000 + i);
    expect(replay(times)).toHaveLength(KEEP_LAST_SAVES);
  });
});

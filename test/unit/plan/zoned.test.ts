import { describe, expect, it } from 'vitest';
import { formatDay, formatInstant, parseDay, startOfWeekDay, weekdayOf, monthBounds } from '../../../shared/domain/plan/calendar';
import { isValidTimeZone, zoneClock } from '../../../shared/domain/plan/zoned';

const day = (s: string): number => {
  const d = parseDay(s);
  if (d === null) throw new Error(s);
  return d;
};
const iso = (ms: number): string => new Date(ms).toISOString();

describe('calendar days', () => {
  it('parses real dates only', () => {
    expect(formatDay(day('2024-02-29'))).toBe('2024-02-29');
    expect(parseDay('2023-02-29')).toBeNull();
    expect(parseDay('2024-13-01')).toBeNull();
    expect(parseDay('24-01-01')).toBeNull();
  });
  it('knows weekdays, week starts and month ends', () => {
    expect(weekdayOf(day('2024-03-31'))).toBe(0);
    expect(formatDay(startOfWeekDay(day('2024-03-31'), 1))).toBe('2024-03-25');
    expect(formatDay(startOfWeekDay(day('2024-03-31'), 0))).toBe('2024-03-31');
    expect(monthBounds(day('2024-02-10')).map(formatDay)).toEqual(['2024-02-01', '2024-02-29']);
    expect(monthBounds(day('2023-02-10')).map(formatDay)).toEqual(['2023-02-01', '2023-02-28']);
  });
});

describe('zone clock', () => {
  const paris = zoneClock('Europe/Paris', Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1));
  it('keeps 09:00 Paris at 08:00Z in winter and 07:00Z in summer', () => {
    expect(iso(paris.toUtc(day('2024-01-15'), 540))).toBe('2024-01-15T08:00:00.000Z');
    expect(iso(paris.toUtc(day('2024-07-15'), 540))).toBe('2024-07-15T07:00:00.000Z');
    expect(iso(paris.toUtc(day('2024-03-31'), 540))).toBe('2024-03-31T07:00:00.000Z');
    expect(iso(paris.toUtc(day('2024-10-27'), 540))).toBe('2024-10-27T08:00:00.000Z');
  });
  it('moves a skipped time forward and takes the first of a repeated time', () => {
    expect(iso(paris.toUtc(day('2024-03-31'), 150))).toBe('2024-03-31T01:30:00.000Z'); // 03:30 CEST
    expect(iso(paris.toUtc(day('2024-10-27'), 150))).toBe('2024-10-27T00:30:00.000Z'); // first 02:30
  });
  it('converts back to wall time, also outside the sampled span', () => {
    expect(paris.toLocal(Date.UTC(2024, 6, 15, 7, 0))).toEqual({ day: day('2024-07-15'), minutes: 540 });
    expect(paris.toLocal(Date.UTC(2030, 6, 15, 7, 0))).toEqual({ day: day('2030-07-15'), minutes: 540 });
  });
  it('handles America/New_York', () => {
    const ny = zoneClock('America/New_York', Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1));
    expect(iso(ny.toUtc(day('2024-03-10'), 540))).toBe('2024-03-10T13:00:00.000Z');
    expect(iso(ny.toUtc(day('2024-03-09'), 540))).toBe('2024-03-09T14:00:00.000Z');
    expect(iso(ny.toUtc(day('2024-11-03'), 90))).toBe('2024-11-03T05:30:00.000Z');
  });
  it('rejects unknown zones', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('day and instant formatting', () => {
  it('matches Date#toISOString over four centuries of days', () => {
    for (let d = parseDay('1900-01-01') as number; d <= (parseDay('2300-12-31') as number); d += 7) {
      expect(formatDay(d)).toBe(new Date(d * 86_400_000).toISOString().slice(0, 10));
    }
    for (const ms of [0, Date.UTC(2024, 1, 29, 23, 59), Date.UTC(1969, 11, 31, 12, 30), Date.UTC(2024, 0, 1, 8, 0, 5)]) {
      expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
    }
  });
});

/**
 * Calendar days as integers (days since 1970-01-01), independent of any time zone.
 *
 * Why not date-fns here: date-fns computes in the host's local zone, so the
 * same plan would come out differently on a machine set to New York or Paris.
 * A plan's days are wall-calendar days of the cadence's own zone, so we keep
 * them as plain numbers and only turn them into instants in zoned.ts.
 */
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2024-02-29" → day number, or null when malformed or not a real date (2023-02-29). */
export function parseDay(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / MS_PER_DAY;
}

export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** First day of the week containing `day`; the week starts on Sunday (0) or Monday (1). */
export function startOfWeekDay(day: number, weekStartsOn: 0 | 1): number {
  return day - ((weekdayOf(day) - weekStartsOn + 7) % 7);
}

/** [first day, last day] of the month containing `day`. */
export function monthBounds(day: number): [number, number] {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  return [Date.UTC(y, m, 1) / MS_PER_DAY, Date.UTC(y, m + 1, 0) / MS_PER_DAY];
}

export function dayToUtcMs(day: number): number {
  return day * MS_PER_DAY;
}

export function utcMsToDay(ms: number): number {
  return Math.floor(ms / MS_PER_DAY);
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "09:30" → 570 minutes after midnight, or null. */
export function parseClock(hhmm: string): number | null {
  const m = HH_MM.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

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

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Day number → "YYYY-MM-DD" by integer arithmetic (H. Hinnant's
 * civil_from_days), without a Date: plans format tens of thousands of days.
 */
export function formatDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** An instant (whole minutes) as ISO 8601 UTC, the same text as Date#toISOString, for years 0–9999. */
export function formatInstant(ms: number): string {
  const day = Math.floor(ms / MS_PER_DAY);
  const minutes = Math.floor((ms - day * MS_PER_DAY) / 60_000);
  const rest = ms - day * MS_PER_DAY - minutes * 60_000;
  if (rest !== 0) return new Date(ms).toISOString();
  return `${formatDay(day)}T${formatClock(minutes)}:00.000Z`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** First day of the week containing `day`; the week starts on Sunday (0) or Monday (1). */
export function startOfWeekDay(day: number, weekStartsOn: 0 | 1): number {
  return day - ((weekdayOf(day) - weekStartsOn + 7) % 7);
}

/**
 * The first day a posting heatmap shows when it ends on `endDay`: the start of the week 52 weeks back.
 * The plan screen's heatmaps and the report's draw, and count, the same days.
 */
export function heatmapFirstDay(endDay: number, weekStartsOn: 0 | 1): number {
  return startOfWeekDay(endDay - 7 * 52 + 1, weekStartsOn);
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
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}


/** `now` as the audit accepts it: a Date or an ISO date-time string. */
export type Now = Date | string;

export function toDate(now: Now): Date {
  const d = typeof now === 'string' ? new Date(now) : now;
  if (Number.isNaN(d.getTime())) throw new RangeError(`Audit: "now" is not a valid date (${String(now)}); expected an ISO date-time such as 2025-03-01T09:00:00Z.`);
  return d;
}

/** The UTC calendar date `months` months before `now`, as YYYY-MM-DD (day clamped to the month's end). */
export function monthsBefore(now: Now, months: number): string {
  const d = toDate(now);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Dates in words have one source: the app's date module ("1er mars 2025"). */
export { dayInWords } from '../dates/local-date';

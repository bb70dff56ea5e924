import { format } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';

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

/**
 * A calendar day (YYYY-MM-DD, or the date part of an ISO date-time) in words, through date-fns:
 * "1er mars 2025" / "2 mars 2025" in French, "1 March 2025" in English. Both forms, for Localized messages.
 * Text that is not a date is returned as it is.
 */
export function dayInWords(iso: string): { fr: string; en: string } {
  const day = iso.slice(0, 10);
  const d = new Date(`${day}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(d.getTime())) return { fr: iso, en: iso };
  return { fr: format(d, 'do MMMM yyyy', { locale: fr }), en: format(d, 'd MMMM yyyy', { locale: enGB }) };
}

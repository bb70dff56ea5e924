import { format, type Locale } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import type { Lang, Localized } from '../../schema/text';

/**
 * French writes the first of the month "1er" ("1er mars", "le 1er mars 2025"):
 * date-fns does it with the ordinal day token `do`, which gives "2 mars" for the
 * other days. So French patterns turn each day-of-month `d` into `do`, and the
 * long localized formats into their spelled-out equivalents.
 */
const FR_FORMATS: Readonly<Record<string, string>> = {
  PP: 'do MMM yyyy',
  PPP: 'do MMMM yyyy',
  PPPP: 'EEEE do MMMM yyyy',
  PPp: 'do MMM yyyy, HH:mm',
  PPPp: "do MMMM yyyy 'à' HH:mm",
  PPPPp: "EEEE do MMMM yyyy 'à' HH:mm",
};

/** The date-fns pattern to use for `pattern` in a locale (only French changes). */
export function localPattern(pattern: string, locale: Pick<Locale, 'code'>): string {
  if (!locale.code?.startsWith('fr')) return pattern;
  const long = FR_FORMATS[pattern];
  if (long) return long;
  // A lone `d` outside quotes (not dd, not do): the day of the month.
  return pattern.split(/('[^']*')/).map((part) => (part.startsWith("'") ? part : part.replace(/(^|[^d])d(?![do])/g, '$1do'))).join('');
}

/** `format` with the French day fix. */
export function formatLocal(date: Date, pattern: string, locale: Locale): string {
  return format(date, localPattern(pattern, locale), { locale });
}

/**
 * The user's calendar day of an instant, YYYY-MM-DD in the local time zone: the one day every
 * screen groups by (score history and progress, posting heatmaps, "today"). A UTC day would put
 * 23:30 in Montréal on tomorrow, and the report and the audit screen would disagree around midnight.
 */
export function localDay(at: Date | number | string): string {
  const d = at instanceof Date ? at : new Date(at);
  return `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A calendar day (YYYY-MM-DD) as a Date at noon in the user's time zone, to format it as that day wherever the clock is. */
export function localNoon(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 12);
}

const LOCALES: Readonly<Record<Lang, Locale>> = { fr, en: enGB };

/**
 * A calendar day (YYYY-MM-DD, or the day of an ISO instant in UTC) in words, in both languages:
 * "1er mars 2025" / "1 March 2025". Text that is not a date is returned as it is.
 */
export function dayInWords(iso: string): Localized {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return { fr: iso, en: iso };
  const day = localNoon(iso.slice(0, 10));
  if (Number.isNaN(day.getTime())) return { fr: iso, en: iso };
  return { fr: formatLocal(day, 'PPP', LOCALES.fr), en: formatLocal(day, 'PPP', LOCALES.en) };
}

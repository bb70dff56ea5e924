import { format, isValid, parse, type Locale } from 'date-fns';

/**
 * Date and time typed in the app's language rather than the system's: a native
 * <input type="date"> follows the browser's locale (mm/dd/yyyy, AM/PM on an
 * American system even when Vitrine speaks French), so Vitrine uses text fields
 * in the pattern of its own date-fns locale, parsed back strictly.
 */
const US = (locale: Pick<Locale, 'code'>) => locale.code === 'en-US';

export function dayPattern(locale: Pick<Locale, 'code'>): string {
  return US(locale) ? 'MM/dd/yyyy' : 'dd/MM/yyyy';
}

export function timePattern(locale: Pick<Locale, 'code'>): string {
  return US(locale) ? 'h:mm a' : 'HH:mm';
}

/** What the empty field shows, in the reader's words ("jj/mm/aaaa"). */
export function dayPlaceholder(locale: Pick<Locale, 'code'>): string {
  if (locale.code?.startsWith('fr')) return 'jj/mm/aaaa';
  return US(locale) ? 'mm/dd/yyyy' : 'dd/mm/yyyy';
}

export function timePlaceholder(locale: Pick<Locale, 'code'>): string {
  return US(locale) ? 'h:mm AM' : 'hh:mm';
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{2}:\d{2}$/;

/** YYYY-MM-DD → the field's text. */
export function dayToText(iso: string, locale: Locale): string {
  if (!ISO_DAY.test(iso)) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return format(new Date(y!, m! - 1, d!), dayPattern(locale), { locale });
}

/** HH:mm → the field's text. */
export function timeToText(hhmm: string, locale: Locale): string {
  if (!ISO_TIME.test(hhmm)) return '';
  const [h, m] = hhmm.split(':').map(Number);
  return format(new Date(2000, 0, 1, h, m), timePattern(locale), { locale });
}

/** The field's text → YYYY-MM-DD, or null when it is not a real date (31/02) in the pattern. ISO is accepted too. */
export function textToDay(text: string, locale: Locale): string | null {
  const t = text.trim();
  if (ISO_DAY.test(t)) return isValid(parse(t, 'yyyy-MM-dd', new Date())) ? t : null;
  const d = parse(t, dayPattern(locale), new Date(2000, 0, 1), { locale });
  if (!isValid(d) || d.getFullYear() < 1900 || d.getFullYear() > 2999) return null;
  return format(d, 'yyyy-MM-dd');
}

/** The field's text → HH:mm, or null. 24-hour text is accepted everywhere. */
export function textToTime(text: string, locale: Locale): string | null {
  const t = text.trim().toUpperCase();
  for (const pattern of [timePattern(locale), 'HH:mm', 'H:mm', "HH'h'mm", "H'h'mm", "H'h'"]) {
    // "14h05" is how French often writes it: the literal h is lower case.
    const d = parse(pattern.includes("'h'") ? t.toLowerCase() : t, pattern, new Date(2000, 0, 1), { locale });
    if (isValid(d)) return format(d, 'HH:mm');
  }
  return null;
}

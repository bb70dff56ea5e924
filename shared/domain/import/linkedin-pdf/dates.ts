/**
 * Dates as LinkedIn's PDF writes them, in the interface language:
 * `January 2020 - Present (5 years 6 months)`, `septembre 2024 - septembre 2025 (1 an 1 mois)`,
 * `agosto de 2021 - …`, `сентября 2021 - августа 2025 (4 года)`, `2010 - 2014`.
 */

const MONTHS: readonly (readonly string[])[] = [
  // en, fr, de, es, pt, it, nl, ru (nominative and genitive)
  ['january', 'janvier', 'januar', 'enero', 'janeiro', 'gennaio', 'januari', 'январь', 'января'],
  ['february', 'février', 'februar', 'febrero', 'fevereiro', 'febbraio', 'februari', 'февраль', 'февраля'],
  ['march', 'mars', 'märz', 'marzo', 'março', 'maart', 'март', 'марта'],
  ['april', 'avril', 'abril', 'aprile', 'апрель', 'апреля'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mei', 'май', 'мая'],
  ['june', 'juin', 'juni', 'junio', 'junho', 'giugno', 'июнь', 'июня'],
  ['july', 'juillet', 'juli', 'julio', 'julho', 'luglio', 'июль', 'июля'],
  ['august', 'août', 'agosto', 'augustus', 'август', 'августа'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'setembro', 'settembre', 'сентябрь', 'сентября'],
  ['october', 'octobre', 'oktober', 'octubre', 'outubro', 'ottobre', 'октябрь', 'октября'],
  ['november', 'novembre', 'noviembre', 'novembro', 'ноябрь', 'ноября'],
  ['december', 'décembre', 'dezember', 'diciembre', 'dezembro', 'dicembre', 'декабрь', 'декабря'],
];
const MONTH = new Map(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));

/** "Until now" in each interface language (LinkedIn often leaves `Present` in English). */
const PRESENT = new Set(['present', 'aujourd’hui', "aujourd'hui", 'heute', 'actualidad', 'la actualidad', 'presente', 'o momento', 'momento', 'heden', 'attuale', 'oggi', 'настоящее время', 'н.в.']);

export interface DateRange {
  /** `YYYY-MM`, `YYYY`, or the text as written when it is neither. */
  start: string;
  /** Same, or '' for a current position. */
  end: string;
  /** Parts that could not be read as a date, kept as written in start/end. */
  unread: string[];
}

/** One side of a range: `YYYY-MM`, `YYYY`, '' for "present", or null. */
export function monthYear(raw: string): string | null {
  const text = raw.normalize('NFC').trim().toLowerCase();
  if (PRESENT.has(text)) return '';
  if (/^\d{4}$/.test(text)) return text;
  const m = /^(\p{L}+)\.?\s+(?:de\s+)?(\d{4})(?:\s*г\.?)?$/u.exec(text);
  const month = m ? MONTH.get(m[1] ?? '') : undefined;
  return m && month ? `${m[2]}-${String(month).padStart(2, '0')}` : null;
}

/**
 * A position's or school's date line, without the duration in brackets
 * and the leading `·`; null when the line is no date range at all.
 */
export function dateRange(line: string): DateRange | null {
  const text = line.replace(/^\s*·\s*/, '').replace(/^\((.*)\)$/, '$1').replace(/\s*\([^()]*\)\s*$/, '').trim();
  const parts = text.split(/\s+[-–]\s+/);
  if (parts.length > 2 || parts.length === 0) return null;
  const [from = '', to] = parts;
  const start = monthYear(from);
  const end = to === undefined ? start : monthYear(to);
  // A range needs at least one side read as a date, or it is not one.
  if (start === null && end === null) return null;
  const unread = [start === null ? from : null, to !== undefined && end === null ? to : null].filter((p): p is string => p !== null);
  // A lone date (a school's single year) is both ends.
  return { start: start ?? from.trim(), end: end ?? (to ?? from).trim(), unread };
}

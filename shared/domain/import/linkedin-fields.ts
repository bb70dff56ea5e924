/**
 * LinkedIn's multi-value profile cells, which changed shape across export
 * vintages (see realdata HEADERS.md):
 *   Websites:        `PORTFOLIO:http://a, PORTFOLIO:https://b/` (2018) or `[PERSONAL:http://c]` (2024)
 *   Twitter Handles: `handle` (2018) or `[handle1,handle2]` (2024), sometimes with `@`
 */

export interface TypedWebsite {
  /** PORTFOLIO, PERSONAL, COMPANY, BLOG, RSS, OTHER… or '' when the value had no type. */
  type: string;
  url: string;
}

/** Drops one pair of surrounding brackets, the 2024 list notation. */
function unbracket(cell: string): string {
  const value = cell.trim();
  return value.startsWith('[') && value.endsWith(']') ? value.slice(1, -1).trim() : value;
}

/**
 * Splits on commas that start a new `TYPE:` item, so that a comma inside a URL
 * stays put. Types are upper case (`http:` is not a type).
 */
export function parseWebsites(cell: string): TypedWebsite[] {
  const body = unbracket(cell);
  if (body === '') return [];
  return body
    .split(/,\s*(?=[A-Z][A-Z_]*:(?!\/\/))/)
    .map((item) => item.trim().replace(/,$/, ''))
    .filter((item) => item !== '')
    .map((item) => {
      const typed = /^([A-Z][A-Z_]*):(?!\/\/)(.*)$/.exec(item);
      return typed ? { type: typed[1] ?? '', url: (typed[2] ?? '').trim() } : { type: '', url: item };
    });
}

/** Handles without `@`, in order, without duplicates. */
export function parseTwitterHandles(cell: string): string[] {
  const handles = unbracket(cell)
    .split(/[,;\s]+/)
    .map((h) => h.trim().replace(/^@/, ''))
    .filter((h) => h !== '');
  return [...new Set(handles)];
}

/** X handles: 1–15 letters, digits or underscores. */
export function isXHandle(handle: string): boolean {
  return /^[A-Za-z0-9_]{1,15}$/.test(handle);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Position dates: `Jun 2018` → `2018-06`, `2006` → `2006`, '' stays '' (a
 * current job). Returns null for anything else, which the caller keeps as
 * written and reports.
 */
export function positionDate(raw: string): string | null {
  const value = raw.trim();
  if (value === '') return '';
  if (/^\d{4}$/.test(value)) return value;
  const monthYear = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(value);
  const month = monthYear ? MONTHS.indexOf((monthYear[1] ?? '').toLowerCase()) : -1;
  if (monthYear && month >= 0) return `${monthYear[2]}-${String(month + 1).padStart(2, '0')}`;
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(value)) return value;
  return null;
}

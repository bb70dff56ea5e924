import Papa from 'papaparse';
import type { ImportIssue } from '../../schema/import-plan';
import { makeIssue, type IssueContext } from './issue';

export type CsvDelimiter = ',' | '\t' | ';';

export interface ReadCsvOptions extends IssueContext {
  /** Forces the delimiter; otherwise it is detected from the header row. */
  delimiter?: CsvDelimiter;
  /** Undo LinkedIn's `""line""` wrapping of multi-line fields (default true). */
  unwrapLinkedInLines?: boolean;
}

/** One data row; values are read by header name, see headerKey. */
export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  values: string[];
  /** Value of the first of `names` that is a column ('' when none is). */
  get(...names: string[]): string;
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
  issues: ImportIssue[];
  /** Whether one of `names` is a column. */
  has(...names: string[]): boolean;
}

/**
 * Header names compared without case, spaces, underscores or dashes, because
 * LinkedIn renamed columns across vintages: `Shared URL` (2018), `SharedURL`
 * (2024) and `SharedUrl` (2025) are one column.
 */
export function headerKey(name: string): string {
  return name.replace(/[\s_-]+/g, '').toLowerCase();
}

/**
 * Reads a CSV export into rows addressable by header name. Handles CRLF,
 * multi-line quoted fields, a LinkedIn `Notes:` preamble, and comma, tab or
 * semicolon delimiters. Never throws: problems become issues with a line.
 */
export function readCsv(text: string, opts: ReadCsvOptions = {}): CsvTable {
  const issues: ImportIssue[] = [];
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const start = skipPreamble(normalized);
  if (start.unterminated) {
    issues.push(makeIssue('warning', 1, {
      en: 'The "Notes:" preamble has no blank line after it; the header is taken to be line 2.',
      fr: 'Le préambule « Notes: » n\'est suivi d\'aucune ligne vide ; l\'en-tête est pris à la ligne 2.',
    }, opts));
  }
  const body = normalized.slice(start.offset);
  const delimiter = opts.delimiter ?? detectDelimiter(firstLine(body));
  const parsed = Papa.parse<string[]>(body, { delimiter, newline: '\n', quoteChar: '"', skipEmptyLines: false });
  const unwrap = opts.unwrapLinkedInLines ?? true;

  // Papaparse gives no line numbers: rebuild them from the newlines each row spans.
  const lineOf: number[] = [];
  let line = start.line;
  for (const cells of parsed.data) {
    lineOf.push(line);
    for (const cell of cells) line += countNewlines(cell);
    line++;
  }
  for (const error of parsed.errors) {
    const at = error.row === undefined ? null : (lineOf[error.row] ?? null);
    issues.push(makeIssue('warning', at, {
      en: `CSV syntax problem: ${error.message}.`,
      fr: `Problème de syntaxe CSV : ${error.message}.`,
    }, opts));
  }

  let headerIndex = parsed.data.findIndex((cells) => !isBlank(cells));
  const headers = headerIndex < 0 ? [] : (parsed.data[headerIndex] ?? []).map((h) => h.trim());
  if (headerIndex < 0) headerIndex = parsed.data.length;
  const columns = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = headerKey(h);
    if (key && !columns.has(key)) columns.set(key, i);
  });
  const columnOf = (names: string[]): number | undefined => {
    for (const name of names) {
      const index = columns.get(headerKey(name));
      if (index !== undefined) return index;
    }
    return undefined;
  };

  const rows: CsvRow[] = [];
  for (let r = headerIndex + 1; r < parsed.data.length; r++) {
    const cells = parsed.data[r] ?? [];
    const rowLine = lineOf[r] ?? 0;
    if (isBlank(cells)) {
      if (cells.length > 1) issues.push(makeIssue('skipped', rowLine, { en: 'Empty row skipped.', fr: 'Ligne vide ignorée.' }, opts));
      continue;
    }
    if (cells.length !== headers.length) {
      issues.push(makeIssue('warning', rowLine, {
        en: `Expected ${headers.length} fields, found ${cells.length}.`,
        fr: `${headers.length} champs attendus, ${cells.length} trouvés.`,
      }, opts));
    }
    const values = unwrap ? cells.map(unwrapLinkedInLines) : cells;
    rows.push({
      line: rowLine,
      values,
      get: (...names) => {
        const index = columnOf(names);
        return index === undefined ? '' : (values[index] ?? '');
      },
    });
  }
  return { headers, rows, issues, has: (...names) => columnOf(names) !== undefined };
}

/**
 * LinkedIn exports start some files with `Notes:` and a quoted paragraph,
 * then a blank line, then the real header. Returns where the header part
 * starts (offset in the text and its 1-based line).
 */
function skipPreamble(text: string): { offset: number; line: number; unterminated: boolean } {
  if (!/^notes:/i.test(text)) return { offset: 0, line: 1, unterminated: false };
  let inQuotes = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === '\n' && !inQuotes) {
      line++;
      if (text[i + 1] === '\n') return { offset: i + 2, line: line + 1, unterminated: false };
    }
  }
  const secondLine = text.indexOf('\n');
  return secondLine < 0
    ? { offset: text.length, line, unterminated: true }
    : { offset: secondLine + 1, line: 2, unterminated: true };
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}

/** The candidate seen most often outside quotes in the header row; comma on a tie or none. */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, '\t': 0, ';': 0 };
  let inQuotes = false;
  for (const c of headerLine) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === ',' || c === '\t' || c === ';')) counts[c]++;
  }
  let best: CsvDelimiter = ',';
  for (const d of ['\t', ';'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

/**
 * LinkedIn writes a multi-line field as `"first""\n""middle""\n""last"`,
 * which a CSV reader turns into lines with stray quotes: `first"`, `"middle"`,
 * `"last`. Strip them only when every line has exactly that shape.
 */
export function unwrapLinkedInLines(value: string): string {
  if (!value.includes('\n')) return value;
  const lines = value.split('\n');
  const last = lines.length - 1;
  const wrapped = lines.every((l, i) =>
    i === 0 ? l.endsWith('"') : i === last ? l.startsWith('"') : l.length >= 2 && l.startsWith('"') && l.endsWith('"'));
  if (!wrapped) return value;
  return lines.map((l, i) => l.slice(i === 0 ? 0 : 1, i === last ? l.length : l.length - 1)).join('\n');
}

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

import type { PdfLinkArea, PdfText, PdfTextItem } from './pdf-text';

/**
 * LinkedIn's "Save to PDF" layout (Apache FOP, US Letter), as measured on
 * 40 files written 2018–2026: font sizes in points at scale 1. The extractor
 * reads the name's size and scales the rest, so a differently scaled file
 * still classifies. Sizes, not text order: pdfjs may give the columns in
 * either order.
 */
export const SIZE = {
  name: 26,
  sectionRight: 15.75,
  sectionLeft: 13,
  /** Headline, location, summary text, company, school. */
  large: 12,
  title: 11.5,
  link: 11,
  body: 10.5,
  footer: 9,
} as const;
export type SizeClass = keyof typeof SIZE;

export type Column = 'left' | 'right';

/** One visual line of one column: the items on one baseline, joined left to right. */
export interface Line {
  page: number;
  column: Column;
  x: number;
  y: number;
  /** Right edge of the last item. */
  right: number;
  size: number;
  text: string;
  /** Baseline distance from the previous line of the column on the same page; null at the top of a page. */
  gap: number | null;
}

export interface Layout {
  /** Size of the name at scale 1 is SIZE.name. */
  scale: number;
  left: Line[];
  right: Line[];
  links: PdfLinkArea[];
}

/** Items of one baseline are within this fraction of the font size. */
const SAME_LINE = 0.4;
/** A horizontal gap wider than this fraction of the size is a word space. */
const WORD_GAP = 0.15;

/**
 * Lines per column, in reading order (page by page, top to bottom). The right
 * column starts where the largest text (the name) starts; the page footer
 * (`Page N of M`, the smallest size at the very bottom) is dropped.
 */
export function layOut(pdf: PdfText): Layout {
  const items = pdf.items.filter((i) => i.text.trim() !== '' && i.fontSize > 0);
  const name = items.reduce<PdfTextItem | null>((best, i) => (best === null || i.fontSize > best.fontSize ? i : best), null);
  const scale = name ? name.fontSize / SIZE.name : 1;
  const split = name ? name.x - 20 * scale : Number.POSITIVE_INFINITY;
  const pages = [...new Set(items.map((i) => i.page))].sort((a, b) => a - b);
  const left: Line[] = [];
  const right: Line[] = [];
  for (const page of pages) {
    const onPage = items.filter((i) => i.page === page);
    for (const line of linesOf(onPage.filter((i) => i.x < split), 'left')) pushLine(left, line, scale);
    for (const line of linesOf(onPage.filter((i) => i.x >= split), 'right')) pushLine(right, line, scale);
  }
  return { scale, left, right, links: pdf.links };
}

function pushLine(lines: Line[], line: Omit<Line, 'gap'>, scale: number): void {
  if (isFooter(line, scale)) return;
  const prev = lines[lines.length - 1];
  lines.push({ ...line, gap: prev && prev.page === line.page ? round(prev.y - line.y) : null });
}

function isFooter(line: Omit<Line, 'gap'>, scale: number): boolean {
  return line.size < (SIZE.footer + 0.75) * scale && line.y < 40 * scale;
}

function linesOf(items: PdfTextItem[], column: Column): Omit<Line, 'gap'>[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (group && first && Math.abs(first.y - item.y) <= SAME_LINE * Math.max(first.fontSize, item.fontSize)) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    const row = [...group].sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const item of row) {
      const spaced = item.x - end > WORD_GAP * item.fontSize && text !== '' && !/\s$/.test(text) && !/^\s/.test(item.text);
      text += (spaced ? ' ' : '') + item.text;
      end = Math.max(end, item.x + item.width);
    }
    const first = row[0] as PdfTextItem;
    return {
      page: first.page,
      column,
      x: round(first.x),
      y: round(first.y),
      right: round(end),
      size: Math.max(...row.filter((i) => i.text.trim() !== '').map((i) => i.fontSize)),
      text: text.replace(/\s+/g, ' ').trim(),
    };
  });
}

/** Whether a line is set in this size of the layout (±0.3 pt at scale 1). */
export function isSize(line: Line, size: SizeClass, scale: number): boolean {
  return Math.abs(line.size - SIZE[size] * scale) <= 0.3 * scale;
}

/**
 * Lines that belong together: the next line follows at the size's own line
 * spacing (FOP sets 1.2× for headings and contact, 1.5× for body text; a new
 * block starts further down: the location sits 1.28× under a 1.2× headline).
 * `spacing` is that factor.
 */
export function paragraphs(lines: readonly Line[], spacing: number): Line[][] {
  const out: Line[][] = [];
  for (const line of lines) {
    const current = out[out.length - 1];
    const prev = current?.[current.length - 1];
    const together = prev !== undefined && line.gap !== null && line.gap <= spacing * line.size + 0.05 && Math.abs(prev.size - line.size) < 0.3;
    if (current && together) current.push(line);
    else out.push([line]);
  }
  return out;
}

/**
 * Joins wrapped lines into text: FOP breaks after a space, after a hyphen
 * (`quality-` / `first`) or a slash (`https://` / `site.com`), so those
 * keep no space.
 */
export function joinWrapped(lines: readonly Line[]): string {
  let text = '';
  for (const line of lines) {
    const glue = text === '' || /[\p{L}\p{N}][-/]$/u.test(text) || text.endsWith('://') ? '' : ' ';
    text += glue + line.text;
  }
  return text.trim();
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

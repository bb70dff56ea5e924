/**
 * What a PDF reader hands to the LinkedIn extractor: positioned text and link
 * areas, in PDF points with the origin at the bottom left of each page. Plain
 * data, so the extractor is tested without pdfjs.
 */

export interface PdfTextItem {
  /** 1-based page number. */
  page: number;
  /** Left edge of the text run. */
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** The reader's name for the font (pdfjs gives an internal id per font). */
  fontName: string;
  fontSize: number;
  text: string;
}

/** A clickable area (a PDF link annotation) and where it leads. */
export interface PdfLinkArea {
  page: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  url: string;
}

export interface PdfInfo {
  title: string;
  author: string;
  producer: string;
  /** The document's creation date as YYYY-MM-DD, when it says so. */
  created: string | null;
}

export interface PdfText {
  pageCount: number;
  info: PdfInfo;
  items: PdfTextItem[];
  links: PdfLinkArea[];
}

/** Every PDF starts with `%PDF-` (some writers put a few bytes before it; the spec allows 1024). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 < head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
}

/** `D:20250619222311Z` (a PDF date) → `2025-06-19`; null when it is not one. */
export function pdfDate(raw: string | undefined | null): string | null {
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec((raw ?? '').trim());
  if (!m) return null;
  const month = m[2] ?? '01';
  const day = m[3] ?? '01';
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null;
  return `${m[1]}-${month}-${day}`;
}

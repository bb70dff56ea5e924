import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Lang } from '../../i18n';

/** An A4 sheet's width (210 mm) in CSS pixels. */
const SHEET_PX = (210 / 25.4) * 96;
/** Room kept on each side of the sheets inside the desk, in CSS pixels. */
const GUTTER = 24;
/** A4 portrait: a sheet's height for its width (the sheets are border-box). */
const A4_RATIO = 297 / 210;

/**
 * The report as A4 sheets, in a shadow root. Its style sheet is a
 * constructed CSSStyleSheet: the app's CSP (style-src 'self') refuses <style>
 * elements and style attributes, not CSSOM, so the preview is styled without
 * loosening it. The markup is the report generator's own escaped output; it
 * is parsed in an inert <template> and, scripts and inline handlers being
 * refused by the same CSP, nothing in it can run.
 */
export function ReportPreview({ body, css, lang, label }: { body: string; css: string; lang: Lang; label: string }) {
  const deskRef = useRef<HTMLDivElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const zoom = useFitZoom(deskRef);
  const sheet = useMemo(() => {
    const s = new CSSStyleSheet();
    s.replaceSync(css);
    return s;
  }, [css]);

  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    // Attached once per element: StrictMode and re-renders find it already there.
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const sheets = paperSheets(body);
    root.replaceChildren(...sheets);
    paginate(sheets);
  }, [body, sheet]);

  return (
    <div ref={deskRef} className="report-desk" role="region" aria-label={label} data-testid="report-preview">
      <div ref={hostRef} className="report-paper" lang={lang} style={{ zoom }} data-testid="report-paper" />
    </div>
  );
}

/**
 * The report's top-level sections grouped as the PDF pages them: the cover and
 * each `.page` section start a sheet, `.follows` sections continue the previous one.
 */
function paperSheets(body: string): HTMLElement[] {
  const template = document.createElement('template');
  template.innerHTML = body;
  const sheets: HTMLElement[] = [];
  for (const section of [...template.content.children]) {
    const last = sheets.at(-1);
    if (last && section.classList.contains('follows')) {
      last.append(section);
    } else {
      const paper = document.createElement('div');
      paper.className = 'sheet';
      paper.append(section);
      sheets.push(paper);
    }
  }
  return sheets;
}

/** Report blocks whose children may go to different sheets (a finding card or a theme card never does). */
const SPLITTABLE = 'section, article.profile, .themes, ol, ul, table, tbody';
/** Children that stay with what follows them: a heading is never left alone at the foot of a sheet. */
const LEAD = 'h2, h3, header, thead, p.intro, p.url';

/**
 * Splits a sheet taller than A4 where the PDF would turn the page: trailing
 * blocks move to a continuation sheet, inside continuations of the sections,
 * lists and tables they belong to (a table's head repeated). A single block
 * taller than a page stays whole, as it would print across pages.
 */
function paginate(sheets: HTMLElement[]): void {
  for (let i = 0; i < sheets.length; i++) {
    const sheet = sheets[i]!;
    // Read after layout; zoom scales width and height alike, so the ratio holds.
    const max = sheet.offsetWidth * A4_RATIO + 1;
    if (sheet.offsetHeight <= max) continue;
    const next = document.createElement('div');
    next.className = 'sheet';
    sheet.after(next);
    const continued = new Map<Element, Element>();
    while (sheet.offsetHeight > max && moveLast(sheet, next, continued));
    // A numbered list goes on counting on the next sheet.
    for (const [list, copy] of continued) {
      if (list instanceof HTMLOListElement && copy instanceof HTMLOListElement) copy.start = list.start + list.querySelectorAll(':scope > li').length;
    }
    for (const el of [...next.querySelectorAll('[data-continues]')].reverse()) if (!el.querySelector(`:scope > :not(${LEAD})`)) el.remove();
    if (next.childElementCount === 0) next.remove();
    else sheets.splice(i + 1, 0, next);
  }
}

/** Moves the last block of `from` to the start of `into`, its continuation; false when nothing can move. */
function moveLast(from: Element, into: Element, continued: Map<Element, Element>): boolean {
  const last = from.lastElementChild;
  if (!last) return false;
  const content = [...last.children].filter((c) => !c.matches(LEAD)).length;
  // All that `from` holds besides its headings: split inside it, or give up.
  const alone = [...from.children].every((c) => c === last || c.matches(LEAD));
  if (last.matches(SPLITTABLE) && content >= (alone ? 1 : 2) && last.childElementCount >= 2) {
    return moveLast(last, continuation(last, into, continued), continued);
  }
  if (alone) return false;
  putFirst(into, last);
  return true;
}

function continuation(el: Element, into: Element, continued: Map<Element, Element>): Element {
  let copy = continued.get(el);
  if (!copy) {
    copy = el.cloneNode(false) as Element;
    copy.removeAttribute('id');
    copy.setAttribute('data-continues', 'true');
    const head = el.tagName === 'TABLE' ? el.querySelector(':scope > thead') : null;
    if (head) copy.append(head.cloneNode(true));
    putFirst(into, copy);
    continued.set(el, copy);
  }
  return copy;
}

/** First in `into`, after a repeated table head. */
function putFirst(into: Element, el: Element): void {
  into.insertBefore(el, [...into.children].find((c) => c.tagName !== 'THEAD') ?? null);
}

/** The zoom that fits a sheet in the desk's width, never enlarging it. */
function useFitZoom(ref: RefObject<HTMLElement | null>): number {
  const [zoom, setZoom] = useState(1);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => setZoom(Math.min(1, Math.max(0.3, (el.clientWidth - 2 * GUTTER) / SHEET_PX)));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return zoom;
}

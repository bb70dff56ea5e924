import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Lang } from '../../i18n';

/** An A4 sheet's width (210 mm) in CSS pixels. */
const SHEET_PX = (210 / 25.4) * 96;
/** Room kept on each side of the sheets inside the desk, in CSS pixels. */
const GUTTER = 24;

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
    root.replaceChildren(...paperSheets(body));
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

import type { Localized } from '../../shared/schema/text';
import type { ImportFile } from '../../shared/domain/import/files';
import { looksLikePdf, pdfDate, type PdfLinkArea, type PdfText, type PdfTextItem } from '../../shared/domain/import/linkedin-pdf/pdf-text';

/** A LinkedIn profile PDF is 50–500 KB and a few pages; far more is not one, and is refused before reading. */
export interface PdfLimits { maxBytes: number; maxPages: number }
export const PDF_LIMITS: PdfLimits = { maxBytes: 10 * 1024 * 1024, maxPages: 60 };

export class PdfReadError extends Error {
  constructor(readonly localized: Localized, readonly kind: 'too-large' | 'damaged') {
    super(localized.en);
  }
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

/**
 * pdfjs-dist is loaded on the first PDF only. Its worker code runs in this
 * thread (pdfjs's "fake worker" picks up `globalThis.pdfjsWorker`), so no
 * worker file is fetched and no thread is started.
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const scope = globalThis as { pdfjsWorker?: unknown; DOMMatrix?: unknown };
    // pdfjs builds one DOMMatrix as its module loads, for drawing. Node has none, and the
    // packaged app ships no @napi-rs/canvas to lend one; Vitrine only reads text, never draws.
    scope.DOMMatrix ??= class InertDOMMatrix {};
    // Without @napi-rs/canvas (the packaged app), pdfjs warns on load that drawing may break: true, and irrelevant here.
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (!/^Warning: Cannot (load "@napi-rs\/canvas"|polyfill)/.test(String(args[0]))) warn(...args);
    };
    try {
      scope.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.warn = warn;
    }
  })();
  return pdfjs;
}

function mb(n: number): string {
  return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
}

/**
 * The positioned text and link areas of a PDF, for the LinkedIn extractor.
 * Size is checked before pdfjs is even loaded and the page count before any
 * page is read. No eval (`isEvalSupported: false`), no font loading, no
 * network: the bytes are all pdfjs gets.
 */
export async function readPdfText(bytes: Uint8Array, name: string, limits: PdfLimits = PDF_LIMITS): Promise<PdfText> {
  if (bytes.length > limits.maxBytes) {
    throw new PdfReadError({
      fr: `Import refusé : « ${name} » fait ${mb(bytes.length)} ; un profil LinkedIn en PDF fait au plus ${mb(limits.maxBytes)}. Rien n’a été modifié.`,
      en: `Import refused: "${name}" is ${mb(bytes.length)}; a LinkedIn profile PDF is at most ${mb(limits.maxBytes)}. Nothing was changed.`,
    }, 'too-large');
  }
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    // pdfjs takes the buffer over: give it a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      const password = error instanceof Error && error.name === 'PasswordException';
      throw new PdfReadError(password
        ? { fr: `« ${name} » est protégé par un mot de passe : Vitrine ne peut pas le lire. Rien n’a été modifié.`, en: `"${name}" is protected by a password: Vitrine cannot read it. Nothing was changed.` }
        : { fr: `« ${name} » n’est pas un PDF lisible (${String((error as Error)?.message ?? error)}). Rien n’a été modifié.`, en: `"${name}" is not a readable PDF (${String((error as Error)?.message ?? error)}). Nothing was changed.` }, 'damaged');
    });
    if (doc.numPages > limits.maxPages) {
      throw new PdfReadError({
        fr: `Import refusé : « ${name} » a ${doc.numPages} pages ; un profil LinkedIn en PDF en a au plus ${limits.maxPages}. Rien n’a été modifié.`,
        en: `Import refused: "${name}" has ${doc.numPages} pages; a LinkedIn profile PDF has at most ${limits.maxPages}. Nothing was changed.`,
      }, 'too-large');
    }
    const meta = await doc.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as Record<string, unknown>;
    const text = (key: string): string => (typeof info[key] === 'string' ? (info[key] as string) : '');
    const items: PdfTextItem[] = [];
    const links: PdfLinkArea[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        items.push({ page: n, x, y, width: item.width, fontName: item.fontName, fontSize: Math.hypot(c, d) || Math.hypot(a, b), text: item.str });
      }
      for (const annotation of (await page.getAnnotations()) as { subtype?: string; url?: string; rect?: number[] }[]) {
        const [x1, y1, x2, y2] = annotation.rect ?? [];
        if (annotation.subtype === 'Link' && typeof annotation.url === 'string' && x1 !== undefined && y1 !== undefined && x2 !== undefined && y2 !== undefined) {
          links.push({ page: n, x1: Math.min(x1, x2), y1: Math.min(y1, y2), x2: Math.max(x1, x2), y2: Math.max(y1, y2), url: annotation.url });
        }
      }
      page.cleanup();
    }
    return { pageCount: doc.numPages, info: { title: text('Title'), author: text('Author'), producer: text('Producer'), created: pdfDate(text('CreationDate')) }, items, links };
  } finally {
    await task.destroy();
  }
}

/** The text of the file handed in when it is a lone PDF (told by its `%PDF-` header, not its name); undefined otherwise. */
export async function lonePdfText(files: readonly ImportFile[], limits: PdfLimits = PDF_LIMITS): Promise<PdfText | undefined> {
  const only = files.length === 1 ? files[0] : undefined;
  return only && looksLikePdf(only.bytes) ? readPdfText(only.bytes, only.name, limits) : undefined;
}

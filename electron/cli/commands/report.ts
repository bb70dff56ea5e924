import { existsSync } from 'node:fs';
import { renderReport } from '../../../shared/domain/report';
import type { Lang } from '../../../shared/schema/text';
import { usage, writeFileAtomic, type CliIo } from '../io';
import { loadWorkspace } from '../workspace-io';

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** PDF through a local Chromium (the app itself uses Electron's printToPDF). */
async function htmlToPdf(html: string): Promise<Uint8Array> {
  const executablePath = CHROMIUM_CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!executablePath) throw usage('a PDF needs Chromium (set CHROMIUM_PATH), or write --out report.html');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }));
  } finally {
    await browser.close();
  }
}

/** vitrine report <workspace> --out report.pdf|report.html [--lang fr|en]. */
export async function reportCommand(io: CliIo, file: string, opts: { out: string; lang: Lang }): Promise<number> {
  const kind = /\.pdf$/i.test(opts.out) ? 'pdf' : /\.html?$/i.test(opts.out) ? 'html' : null;
  if (!kind) throw usage('--out must end in .pdf or .html');
  const ws = loadWorkspace(io, file, opts.lang);
  const html = renderReport(ws, { lang: opts.lang, now: io.now(), consultant: null, weekStartsOn: 1 });
  writeFileAtomic(io, opts.out, kind === 'html' ? html : await htmlToPdf(html));
  io.out(`report written to ${opts.out}`);
  return 0;
}

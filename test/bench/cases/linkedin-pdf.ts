import { planImport } from '../../../shared/domain/import/detect';
import { defaultRegistry } from '../../../shared/domain/networks/registry';
import { newWorkspace } from '../../../shared/domain/workspace/factory';
import { loadPdfJs, lonePdfText } from '../../../electron/services/pdf-text';
import { jeanne } from '../../fixtures/import/linkedin-pdf';
import { timeAlternatelyAsync } from '../measure';
import type { BenchCase } from '../types';

const PAGES = 10;
const RUNS = 7;
const TARGET_RATIO = 1.5;

/** A 10-page profile: many roles with long descriptions, as a senior career gives. */
async function tenPageProfile(): Promise<Uint8Array> {
  const pdf = jeanne().rightHeading('Experience');
  for (let role = 0; pdf.right.page < PAGES; role++) {
    pdf.company(`Pharmacie ${role + 1}`).role(`Role ${role + 1}`, 'March 2019 - Present (6 years 4 months)', 'Lyon', Array.from({ length: 12 }, (_, i) => `Ligne ${i + 1} de la description du poste ${role + 1}, assez longue pour occuper la largeur.`), false);
  }
  return pdf.bytes();
}

/** pdfjs-dist alone: open the file and extract every page's text, nothing else. */
async function pdfjsText(bytes: Uint8Array): Promise<number> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  let n = 0;
  for (let p = 1; p <= doc.numPages; p++) n += (await (await doc.getPage(p)).getTextContent()).items.length;
  await task.destroy();
  return n;
}

export const linkedinPdfBench: BenchCase = async () => {
  const bytes = await tenPageProfile();
  const files = [{ name: 'Profile.pdf', bytes }];
  const target = newWorkspace('Bench', { id: 'bench', now: new Date('2025-01-01T00:00:00Z') });
  let pages = 0;
  const importPdf = async () => {
    const pdf = await lonePdfText(files);
    pages = pdf?.pageCount ?? 0;
    const r = planImport(target, files, { idGen: () => 'id', now: new Date('2025-03-01T00:00:00Z'), registry: defaultRegistry(), pdf });
    if (!r.ok) throw new Error(r.message.en);
  };
  const [tImport, tPdfjs] = await timeAlternatelyAsync(importPdf, () => pdfjsText(bytes), RUNS);
  const ratio = tImport / tPdfjs;
  return {
    name: 'LinkedIn PDF import',
    target: `≤ ${TARGET_RATIO}× pdfjs-dist alone extracting the text`,
    detail: `${tImport.toFixed(0)} ms to import a ${pages}-page Profile.pdf (read, extract, plan), ${tPdfjs.toFixed(0)} ms for pdfjs-dist to extract its text (medians of ${RUNS})`,
    ratio,
    pass: pages === PAGES && ratio <= TARGET_RATIO,
  };
};

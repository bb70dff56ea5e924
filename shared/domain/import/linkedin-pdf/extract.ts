import type { Localized } from '../../../schema/text';
import { readExperience, readEducation } from './career';
import { readContact } from './contact';
import { sectionOf, type SectionKey } from './headings';
import { isSize, joinWrapped, layOut, paragraphs, type Layout, type Line } from './layout';
import type { LinkedInPdfProfile, PdfProblem } from './model';
import type { PdfText } from './pdf-text';

export type Extracted = { ok: true; profile: LinkedInPdfProfile } | { ok: false; kind: 'unrecognised'; message: Localized };

export const NOT_LINKEDIN: Localized = {
  fr: "Ce PDF n’est pas un profil LinkedIn enregistré avec « Enregistrer au format PDF » : Vitrine ne sait pas le lire. Rien n’a été modifié.",
  en: 'This PDF is not a LinkedIn profile saved with "Save to PDF": Vitrine cannot read it. Nothing was changed.',
};

interface Section {
  key: SectionKey | null;
  heading: Line;
  lines: Line[];
}

/**
 * Reads a LinkedIn "Save to PDF" profile from its positioned text. Refuses a
 * PDF that is not one: no name in the largest size at the top of the right
 * column, or neither LinkedIn as author nor LinkedIn's Contact layout.
 */
export function extractLinkedInPdf(pdf: PdfText): Extracted {
  const layout = layOut(pdf);
  const problems: PdfProblem[] = [];
  const left = sections(layout.left, 'sectionLeft', layout, problems);
  const right = sections(layout.right, 'sectionRight', layout, problems);
  const header = headerOf(layout, right[0]?.heading ?? null);
  const contactSection = left.find((s) => s.key === 'contact');
  const byAuthor = pdf.info.author.trim().toLowerCase() === 'linkedin';
  if (header.name === '' || (!byAuthor && !contactSection)) return { ok: false, kind: 'unrecognised', message: NOT_LINKEDIN };

  const all = [...left, ...right];
  const linesOf = (key: SectionKey): Line[] => all.filter((s) => s.key === key).flatMap((s) => s.lines);
  const items = (key: SectionKey): string[] => paragraphs(linesOf(key), 1.25).map(joinWrapped).filter((t) => t !== '');
  const contact = readContact(contactSection?.lines ?? [], layout);
  const summaryLines = linesOf('summary');
  return {
    ok: true,
    profile: {
      name: header.name,
      headline: header.headline,
      location: header.location,
      summary: right.some((s) => s.key === 'summary') ? textOf(summaryLines) : null,
      ...contact,
      topSkills: items('topSkills'),
      languages: items('languages').map((text) => {
        const m = /^(.*?)\s*\(([^()]+)\)$/.exec(text);
        return m ? { name: (m[1] ?? '').trim(), level: (m[2] ?? '').trim() } : { name: text, level: '' };
      }),
      certifications: items('certifications'),
      honors: items('honors'),
      publications: items('publications'),
      patents: items('patents'),
      positions: readExperience(linesOf('experience'), layout, problems),
      education: readEducation(linesOf('education'), layout, problems),
      created: pdf.info.created,
      pageCount: pdf.pageCount,
      problems,
    },
  };
}

/** A column cut at its headings; a heading in no known language is reported with what it holds. */
function sections(lines: readonly Line[], size: 'sectionLeft' | 'sectionRight', layout: Layout, problems: PdfProblem[]): Section[] {
  const out: Section[] = [];
  for (const line of lines) {
    if (isSize(line, size, layout.scale)) out.push({ key: sectionOf(line.text), heading: line, lines: [] });
    else out[out.length - 1]?.lines.push(line);
  }
  for (const section of out) {
    if (section.key !== null) continue;
    const { text, page } = section.heading;
    const n = section.lines.length;
    problems.push({
      level: 'warning',
      where: `page ${page}`,
      message: {
        fr: `Rubrique « ${text} » (page ${page}) non reconnue : ${n === 1 ? 'sa ligne n’a pas été lue' : `ses ${n} lignes n’ont pas été lues`}.`,
        en: `Section "${text}" (page ${page}) not recognised: its ${n === 1 ? 'line was' : `${n} lines were`} not read.`,
      },
    });
  }
  return out;
}

/**
 * The top of the right column on page 1, above the first heading: the name
 * in the largest size (it may take two lines), then the headline (may wrap)
 * and the location, a little further down than the headline's own lines.
 */
function headerOf(layout: Layout, firstHeading: Line | null): { name: string; headline: string; location: string } {
  const top = layout.right.filter((l) => l.page === 1 && (firstHeading === null || l.page < firstHeading.page || l.y > firstHeading.y));
  const name = top.filter((l) => isSize(l, 'name', layout.scale));
  const under = top.filter((l) => isSize(l, 'large', layout.scale) && l.y < (name[name.length - 1]?.y ?? Number.POSITIVE_INFINITY));
  const blocks = paragraphs(under, 1.25);
  const location = blocks.length > 1 ? joinWrapped(blocks[blocks.length - 1] ?? []) : '';
  const headline = joinWrapped((blocks.length > 1 ? blocks.slice(0, -1) : blocks).flat());
  return { name: name.map((l) => l.text).join(' ').trim(), headline, location };
}

/** Summary text: wrapped lines joined, paragraphs kept (a wider gap than the 1.5× line spacing). */
function textOf(lines: readonly Line[]): string {
  return paragraphs(lines, 1.6).map(joinWrapped).join('\n');
}

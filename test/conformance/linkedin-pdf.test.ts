import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { dateRange } from '../../shared/domain/import/linkedin-pdf/dates';
import { extractLinkedInPdf } from '../../shared/domain/import/linkedin-pdf/extract';
import { layOut } from '../../shared/domain/import/linkedin-pdf/layout';
import type { LinkedInPdfProfile } from '../../shared/domain/import/linkedin-pdf/model';
import type { PdfText } from '../../shared/domain/import/linkedin-pdf/pdf-text';
import { readPdfText } from '../../electron/services/pdf-text';
import { announceRealdataSkip, hasRealdata, realdataPath } from '../support/realdata';

/**
 * Every LinkedIn "Save to PDF" profile of ../shared/realdata/linkedin_pdf.
 * References independent of the extractor: the PDF's own link areas (where
 * each address and e-mail really leads, against the text rejoined without
 * them), SOURCES.md (creation date, pages), the date lines of the right
 * column, and the 18 `.expected.json` written for another parser (a guide:
 * each disagreement below was checked against the PDF).
 */
announceRealdataSkip('LinkedIn PDF conformance');

const DIR = realdataPath('linkedin_pdf');
const files = hasRealdata && existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.pdf')).sort() : [];
if (hasRealdata && files.length === 0) console.warn('[LinkedIn PDF conformance] skipped: no PDF in linkedin_pdf/');

const LABELS = new Set(['Personal', 'Portfolio', 'Company', 'Blog', 'Other', 'RSS Feed']);

/** Where the other parser's expectation is wrong, as the PDF shows. */
const EXPECTED_IS_WRONG: Record<string, Partial<Record<'name' | 'label' | 'email' | 'url' | 'skills', string>>> = {
  'en__AlexanderPico__brianna.pdf': { name: 'the PDF shows the credential after the name' },
  'en__AlexanderPico__elisa.pdf': { name: 'the PDF shows the credential after the name' },
  'en__AlexanderPico__kanishka.pdf': { name: 'the PDF shows the credential after the name' },
  'en__AlexanderPico__krishna.pdf': { url: "glues the headline's second line to the address" },
  'en__AlexanderPico__zhaoqi.pdf': { label: "keeps only the headline's second line", email: 'drops the wrapped end of the e-mail', skills: 'misses the three top skills the PDF lists' },
};

/** SOURCES.md: the creation date and page count of each file. */
function sources(): Map<string, { created: string; pages: number }> {
  const out = new Map<string, { created: string; pages: number }>();
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  for (const row of readFileSync(`${DIR}/SOURCES.md`, 'utf8').split('\n')) {
    const cells = row.split('|').map((c) => c.trim());
    const m = /^\w{3} (\w{3})\s+(\d+) [\d:]+ (\d{4}) UTC$/.exec(cells[7] ?? '');
    if (!m || !cells[1]?.endsWith('.pdf')) continue;
    const month = String(months.indexOf(m[1] ?? '') + 1).padStart(2, '0');
    out.set(cells[1], { created: `${m[3]}-${month}-${(m[2] ?? '').padStart(2, '0')}`, pages: Number(cells[8]) });
  }
  return out;
}

/** Same address ignoring scheme, `www.`, case, trailing slash, query and percent-encoding. */
function comparable(url: string): string {
  let value = url;
  try {
    value = decodeURI(url);
  } catch {
    // keep as written
  }
  return value.toLowerCase().replace(/^[a-z]+:(\/\/)?/, '').replace(/^www\./, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
}

/** Link targets in the left column, in reading order (a wrapped address has one area per line). */
function leftTargets(pdf: PdfText): string[] {
  const split = layOut(pdf).right[0]?.x ?? 200;
  const urls = [...pdf.links].filter((l) => l.x1 < split - 10).sort((a, b) => a.page - b.page || b.y2 - a.y2).map((l) => l.url);
  return urls.filter((u, i) => u !== urls[i - 1]);
}

const checks = ['name', 'headline', 'location', 'profile address', 'other links and labels', 'e-mail', 'top skills', 'positions', 'created and pages', 'no problem', 'expected.json'] as const;
const passed = new Map<string, number>(checks.map((c) => [c, 0]));
const pass = (check: (typeof checks)[number]) => passed.set(check, (passed.get(check) ?? 0) + 1);

afterAll(() => {
  if (files.length > 0) console.info(`[LinkedIn PDF conformance] ${files.length} PDFs: ${checks.map((c) => `${c} ${passed.get(c)}`).join(', ')}`);
});

describe.skipIf(files.length === 0)('LinkedIn PDF conformance', () => {
  const meta = files.length > 0 ? sources() : new Map();

  it.each(files)('%s', async (file) => {
    const pdf = await readPdfText(new Uint8Array(readFileSync(`${DIR}/${file}`)), file);
    const withAreas = extractLinkedInPdf(pdf);
    // The same file read from its text alone: rejoined addresses must match where the link areas lead.
    const textOnly = extractLinkedInPdf({ ...pdf, links: [] });
    if (!withAreas.ok || !textOnly.ok) throw new Error(`${file} not read as a LinkedIn profile`);
    const p: LinkedInPdfProfile = withAreas.profile;
    const t = textOnly.profile;

    expect(p.name.length).toBeGreaterThan(1);
    pass('name');
    expect(p.headline).not.toBe('');
    expect(p.headline).not.toBe(p.name);
    pass('headline');
    expect(p.location).not.toBe('');
    expect(p.location).not.toBe(p.headline);
    pass('location');

    const targets = leftTargets(pdf);
    const profileTarget = targets.find((u) => /linkedin\.com\/in\//i.test(u));
    expect(profileTarget).toBeDefined();
    expect(comparable(t.profileUrl ?? '')).toBe(comparable(profileTarget ?? ''));
    expect(p.profileUrl).toMatch(/^https:\/\/www\.linkedin\.com\/in\/[^?#]+$/);
    pass('profile address');

    const others = targets.filter((u) => !/^mailto:/i.test(u) && u !== profileTarget);
    expect(t.links.map((l) => comparable(l.url))).toEqual(others.map(comparable));
    expect(p.links.map((l) => l.url)).toEqual(others.map((u) => (/linkedin\.com\//i.test(u) ? u.replace(/[?#].*$/, '') : u)));
    for (const link of p.links) expect(LABELS.has(link.label ?? '')).toBe(true);
    pass('other links and labels');

    const mail = targets.find((u) => /^mailto:/i.test(u));
    expect(t.email).toBe(mail ? mail.slice('mailto:'.length) : null);
    pass('e-mail');

    expect(p.topSkills.length).toBeLessThanOrEqual(3);
    for (const skill of p.topSkills) expect(skill.trim()).toBe(skill);
    pass('top skills');

    // Every line of Experience that reads wholly as a date range is one role (older files print no duration on a current one).
    const lines = layOut(pdf).right;
    const from = lines.findIndex((l) => ['Experience', 'Expérience', 'Berufserfahrung', 'Experiencia', 'Experiência', 'Esperienza', 'Опыт работы'].includes(l.text));
    const to = lines.findIndex((l, i) => i > from && l.size > 15);
    const roles = from < 0 ? [] : lines.slice(from + 1, to < 0 ? undefined : to).filter((l) => dateRange(l.text)?.unread.length === 0);
    expect(p.positions).toHaveLength(roles.length);
    for (const position of p.positions) {
      expect(position.title).not.toBe('');
      expect(position.company).not.toBe('');
      expect(position.start).toMatch(/^\d{4}(-\d{2})?$/);
      expect(position.end).toMatch(/^(\d{4}(-\d{2})?)?$/);
    }
    pass('positions');

    const source = meta.get(file);
    expect(source).toBeDefined();
    expect({ created: p.created, pages: p.pageCount }).toEqual(source);
    pass('created and pages');

    expect(p.problems).toEqual([]);
    pass('no problem');

    const expectedFile = `${DIR}/${file.replace(/\.pdf$/, '.expected.json')}`;
    if (existsSync(expectedFile)) {
      compareWithExpected(file, p, JSON.parse(readFileSync(expectedFile, 'utf8')) as ExpectedResume);
      pass('expected.json');
    }
  }, 60_000);
});

interface ExpectedResume {
  basics?: { name?: string; label?: string; email?: string; location?: Record<string, string>; profiles?: { network?: string; url?: string }[] };
  work?: unknown[];
  skills?: { name?: string }[];
}

function compareWithExpected(file: string, p: LinkedInPdfProfile, expected: ExpectedResume): void {
  const wrong = EXPECTED_IS_WRONG[file] ?? {};
  const basics = expected.basics ?? {};
  if (!wrong.name) expect(p.name).toBe(basics.name);
  else expect(p.name.startsWith(basics.name ?? '?')).toBe(true);
  if (!wrong.label) expect(p.headline).toBe(basics.label);
  if (!wrong.email) expect(p.email).toBe(basics.email ?? null);
  if (!wrong.url) expect(p.profileUrl).toBe(basics.profiles?.find((q) => q.network === 'LinkedIn')?.url);
  if (!wrong.skills) expect(p.topSkills).toEqual((expected.skills ?? []).map((s) => s.name));
  for (const part of Object.values(basics.location ?? {})) expect(p.location).toContain(part);
  expect(p.positions).toHaveLength(expected.work?.length ?? 0);
}

import { dateRange } from './dates';
import { isSize, joinWrapped, type Layout, type Line } from './layout';
import type { PdfPosition, PdfProblem, PdfSchool } from './model';

/** Body lines of one block follow each other at 1.5× (18 pt for 10.5 pt text, 1.2× under a title). */
const BODY_LINE = 1.75;
/** A description starts about 2× the body size under the dates or location; the location sits at 1.4×. */
const LOCATION_GAP = 1.6;

/**
 * Experience: a company (large), maybe its total duration (body), then for
 * each role a title (title size, may wrap), its dates (body), maybe a
 * location (body, right under the dates) and a description (body, further
 * down). A company with one role has no total duration. The section runs
 * over pages: lines come in reading order across pages, and a gap is only
 * measured on one page.
 */
export function readExperience(lines: readonly Line[], layout: Layout, problems: PdfProblem[]): PdfPosition[] {
  const out: PdfPosition[] = [];
  let company = '';
  let companyOpen = false;
  let current: (PdfPosition & { state: 'title' | 'dates' | 'location' | 'description'; body: Line[] }) | null = null;
  const close = (): void => {
    if (!current) return;
    const { state: _state, body, ...position } = current;
    out.push({ ...position, description: describe(body) });
    current = null;
  };
  lines.forEach((line, index) => {
    if (isSize(line, 'large', layout.scale)) {
      const wrapped = companyOpen && line.gap !== null && line.gap <= BODY_LINE * line.size;
      close();
      company = wrapped ? `${company} ${line.text}` : line.text;
      companyOpen = true;
      return;
    }
    companyOpen = false;
    if (isSize(line, 'title', layout.scale)) {
      if (current?.state === 'title') {
        current.title = joinWrapped([{ ...line, text: current.title }, line]);
        return;
      }
      close();
      current = { title: line.text, company, start: '', end: '', location: '', description: '', state: 'title', body: [] };
      return;
    }
    if (!current) return; // A company's total duration ("21 years 3 months").
    if (current.state === 'title') {
      const range = dateRange(line.text);
      if (range) {
        current.start = range.start;
        current.end = range.end;
        current.state = 'dates';
        for (const raw of range.unread) problems.push(unreadDate(line, raw));
        return;
      }
    }
    if (current.state === 'dates' && isLocation(line, lines[index + 1], layout)) {
      current.location = line.text;
      current.state = 'location';
      return;
    }
    current.state = 'description';
    current.body.push(line);
  });
  close();
  return out;
}

/**
 * The line under the dates is the location when it sits right under them;
 * across a page break, when a description starts under it or it is short
 * and followed by another role.
 */
function isLocation(line: Line, next: Line | undefined, layout: Layout): boolean {
  if (line.gap !== null) return line.gap <= LOCATION_GAP * line.size;
  const nextIsBody = next !== undefined && isSize(next, 'body', layout.scale);
  if (nextIsBody) return next.gap !== null && next.gap > BODY_LINE * next.size && next.gap < 2.5 * next.size;
  return line.text.length <= 60;
}

/** Description lines: wrapped lines joined, blank-line gaps kept as paragraph breaks. */
function describe(body: readonly Line[]): string {
  const blocks: Line[][] = [];
  for (const line of body) {
    const block = blocks[blocks.length - 1];
    if (block && (line.gap === null || line.gap <= BODY_LINE * line.size)) block.push(line);
    else blocks.push([line]);
  }
  return blocks.map(joinWrapped).join('\n');
}

/** Education: a school (large, may wrap), then its degree and `· (dates)` in body size. */
export function readEducation(lines: readonly Line[], layout: Layout, problems: PdfProblem[]): PdfSchool[] {
  const out: PdfSchool[] = [];
  let school: Line[] = [];
  let body: Line[] = [];
  const close = (): void => {
    if (school.length === 0) return;
    const text = joinWrapped(body);
    const dated = /^(.*?)\s*·\s*\(([^()]*)\)\s*$/.exec(text) ?? /^()\s*\(([^()]*)\)\s*$/.exec(text);
    const range = dated ? dateRange(dated[2] ?? '') : null;
    if (dated && range) for (const raw of range.unread) problems.push(unreadDate(body[0] as Line, raw));
    out.push({ school: joinWrapped(school), degree: (dated ? (dated[1] ?? '') : text).replace(/\s*·\s*$/, '').trim(), start: range?.start ?? '', end: range?.end ?? '' });
    school = [];
    body = [];
  };
  for (const line of lines) {
    if (isSize(line, 'large', layout.scale)) {
      if (body.length > 0) close();
      school.push(line);
    } else {
      body.push(line);
    }
  }
  close();
  return out;
}

function unreadDate(line: Line, raw: string): PdfProblem {
  return {
    level: 'warning',
    where: `page ${line.page}`,
    message: { fr: `Date non reconnue, gardée telle quelle : « ${raw} ».`, en: `Date not recognised, kept as written: "${raw}".` },
  };
}

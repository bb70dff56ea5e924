import type { Certification, Education } from '../../schema/workspace';

/**
 * Education and certifications read from several files (a résumé, LinkedIn's
 * PDF, a workspace file) are merged by adding what is new: these say when two
 * entries are the same, and how one reads in a preview or on the person card.
 */
const key = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The same school when the institution agrees and either the degree (type and
 * field together, however a file splits them) or the dates agree.
 */
export function sameEducation(a: Education, b: Education): boolean {
  if (key(a.institution) !== key(b.institution)) return false;
  const degree = (e: Education) => key(`${e.studyType} ${e.area}`.replace(/[,·-]/g, ' '));
  if (degree(a) === degree(b)) return true;
  return a.startDate !== '' && a.startDate === b.startDate && a.endDate === b.endDate;
}

/**
 * The same certification by name, unless they differ where both files say
 * something: the issuer, the verification address (one course passed three
 * times has three), or the date.
 */
export function sameCertification(a: Certification, b: Certification): boolean {
  const differ = (x: string, y: string) => x !== '' && y !== '' && key(x) !== key(y);
  if (key(a.name) !== key(b.name) || differ(a.issuer, b.issuer)) return false;
  if (a.url !== '' && b.url !== '') return key(a.url) === key(b.url);
  return !differ(a.date, b.date);
}

/** The entries of `from` that `into` lacks, in order and once each. */
export function missingFrom<T>(into: readonly T[], from: readonly T[], same: (a: T, b: T) => boolean): T[] {
  const out: T[] = [];
  for (const item of from) if (![...into, ...out].some((x) => same(x, item))) out.push(item);
  return out;
}

const dates = (start: string, end: string): string => (start === '' && end === '' ? '' : ` (${[start, end].filter(Boolean).join('–')})`);

/** "Doctorat, Pharmacie — Université Lyon 1 (2008–2014)". */
export function educationLabel(e: Education): string {
  const degree = [e.studyType, e.area].filter(Boolean).join(', ');
  return `${[degree, e.institution].filter(Boolean).join(' — ')}${dates(e.startDate, e.endDate)}`;
}

/** "Vaccination — Ordre des pharmaciens (2021-10)". */
export function certificationLabel(c: Certification): string {
  return `${[c.name, c.issuer].filter(Boolean).join(' — ')}${c.date === '' ? '' : ` (${c.date})`}`;
}

/** The person's lists kept from files, compared entry by entry rather than as a whole. */
export const CAREER_LIST_NAMES = ['education', 'certifications'] as const;

import { type Certification, type Education, Person, type Position } from '../../schema/workspace';
import { languageKey, languageName } from '../workspace/language';
import { type Json, Reader } from './read';

// Person field limits (shared/schema/workspace.ts).
const NAME_MAX = 200;
const HEADLINE_MAX = 500;
const SUMMARY_MAX = 20000;
const LOCATION_MAX = 200;
const LANGUAGE_MAX = 60;
const IMAGE_MAX = 2048;
const CAREER_TEXT_MAX = 300;
const DEGREE_MAX = 200;
const DATE_MAX = 40;

/** A lenient e-mail shape check: only used to warn, Vitrine stores no e-mail address. */
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function countryName(code: string, reader: Reader): string {
  try {
    return new Intl.DisplayNames([reader.lang], { type: 'region', fallback: 'none' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code; // not a region code ("France" written in countryCode)
  }
}

/** "Nantes, Pays de la Loire, France"; the free-form address when there is no city, region or country. */
function readLocation(reader: Reader, basics: Json): string {
  const location = reader.object(basics, 'location', 'basics');
  if (!location) return '';
  const where = 'basics.location';
  const country = reader.text(location, 'countryCode', where);
  const parts = [reader.text(location, 'city', where), reader.text(location, 'region', where), country ? countryName(country, reader) : '']
    .filter((p) => p !== '');
  const address = reader.text(location, 'address', where);
  reader.checkText(location, ['postalCode'], where);
  return reader.clip(parts.length > 0 ? parts.join(', ') : address.replace(/\s*\n\s*/g, ', '), LOCATION_MAX, where);
}

/** work[] (v1: name; pre-1.0: company) → positions, highlights kept as bullet lines. */
function readPositions(reader: Reader, root: Json): Position[] {
  return reader.objects(root, 'work', '').map(({ item, index }) => {
    const where = `work[${index}]`;
    const highlights = reader.list(item, 'highlights', where).filter((h): h is string => typeof h === 'string' && h.trim() !== '');
    const summary = reader.text(item, 'summary', where) || reader.text(item, 'description', where);
    return {
      title: reader.text(item, 'position', where),
      company: reader.text(item, 'name', where) || reader.text(item, 'company', where),
      start: reader.text(item, 'startDate', where),
      end: reader.text(item, 'endDate', where),
      description: [summary, ...highlights.map((h) => `- ${h.trim()}`)].filter((s) => s !== '').join('\n'),
    };
  });
}

/** education[]: institution, field (area), degree (studyType) and dates; url, score and courses are not kept. */
function readEducation(reader: Reader, root: Json): Education[] {
  return reader.objects(root, 'education', '').map(({ item, index }) => {
    const where = `education[${index}]`;
    reader.checkText(item, ['url', 'score', 'gpa'], where);
    const field = (key: keyof Education, max: number) => reader.clip(reader.text(item, key, where), max, `${where}.${key}`);
    return { institution: field('institution', CAREER_TEXT_MAX), area: field('area', CAREER_TEXT_MAX), studyType: field('studyType', DEGREE_MAX), startDate: field('startDate', DATE_MAX), endDate: field('endDate', DATE_MAX) };
  }).filter((e) => e.institution !== '' || e.area !== '' || e.studyType !== '');
}

/** certificates[] (JSON Resume 1.0): name, issuer, date, url. */
function readCertificates(reader: Reader, root: Json): Certification[] {
  return reader.objects(root, 'certificates', '').map(({ item, index }) => {
    const where = `certificates[${index}]`;
    const field = (key: keyof Certification, max: number) => reader.clip(reader.text(item, key, where), max, `${where}.${key}`);
    return { name: field('name', CAREER_TEXT_MAX), issuer: field('issuer', CAREER_TEXT_MAX), date: field('date', DATE_MAX), url: field('url', IMAGE_MAX) };
  }).filter((c) => c.name !== '');
}

function unique(values: readonly string[], key: (s: string) => string): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = key(v);
    if (v === '' || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** skills[].name and their keywords, once each. */
function readSkills(reader: Reader, root: Json): string[] {
  const found = reader.objects(root, 'skills', '').flatMap(({ item, index }) => {
    const where = `skills[${index}]`;
    const keywords = reader.list(item, 'keywords', where).filter((k): k is string => typeof k === 'string').map((k) => k.trim());
    return [reader.text(item, 'name', where), ...keywords];
  });
  return unique(found, (s) => s.toLowerCase());
}

function readLanguages(reader: Reader, root: Json): string[] {
  const found = reader.objects(root, 'languages', '').map(({ item, index }) => {
    const where = `languages[${index}]`;
    return reader.clip(languageName(reader.text(item, 'language', where), reader.lang), LANGUAGE_MAX, `${where}.language`);
  });
  return unique(found, languageKey);
}

/** The person described by a résumé (basics, work, education, certificates, skills, languages). */
export function readPerson(reader: Reader, root: Json, basics: Json): Person {
  // Vitrine stores no phone or e-mail.
  reader.checkText(basics, ['phone'], 'basics');
  const email = reader.text(basics, 'email', 'basics');
  if (email !== '' && !EMAIL.test(email)) {
    reader.note('warning', 'basics.email', `« ${email} » n’est pas une adresse e-mail valide ; ignorée (Vitrine ne stocke pas d’e-mail)`,
      `"${email}" is not a valid e-mail address; ignored (Vitrine stores no e-mail address)`);
  }
  // v1 calls the personal site `url`; pre-1.0 résumés (e.g. thomasdavis/resume) call it `website`.
  const site = reader.text(basics, 'url', 'basics') || reader.text(basics, 'website', 'basics');
  return Person.parse({
    displayName: reader.clip(reader.text(basics, 'name', 'basics'), NAME_MAX, 'basics.name'),
    headline: reader.clip(reader.text(basics, 'label', 'basics'), HEADLINE_MAX, 'basics.label'),
    summary: reader.clip(reader.text(basics, 'summary', 'basics'), SUMMARY_MAX, 'basics.summary'),
    location: readLocation(reader, basics),
    // Kept as the person's reference picture; it says nothing about which profiles show one.
    image: reader.clip(reader.text(basics, 'image', 'basics'), IMAGE_MAX, 'basics.image'),
    websites: site ? [site] : [],
    positions: readPositions(reader, root),
    skills: readSkills(reader, root),
    languages: readLanguages(reader, root),
    education: readEducation(reader, root),
    certifications: readCertificates(reader, root),
  });
}

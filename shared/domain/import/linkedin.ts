import type { Profile, Workspace } from '../../schema/workspace';
import { readCsv, type CsvTable } from '../csv';
import { parseLinkedInShares } from '../posts/linkedin-shares';
import { Draft } from './draft';
import { decodeFile, type ImportDeps, type ImportResult } from './deps';
import { findFile, type ImportFile } from './files';
import { isXHandle, parseTwitterHandles, parseWebsites, positionDate } from './linkedin-fields';
import { attachWebsite, knownProfile } from './network-links';
import { mergeParsedPosts } from './posts-step';
import { websiteUrl } from './urls';

const LINKEDIN = 'linkedin';
/** person.languages item limit (shared/schema/workspace.ts). */
export const LANGUAGE_MAX = 60;

/**
 * LinkedIn "Get a copy of your data" export, from a zip or an unpacked folder.
 * Reads Profile (and Profile Summary), Positions, Skills, Languages,
 * Education, Certifications and Shares; Connections and the rest are not part of the model. Files are matched by base name, so the dated top folder is ignored.
 */
export function importLinkedInExport(target: Workspace, files: readonly ImportFile[], deps: ImportDeps): ImportResult {
  const draft = new Draft(target, { idGen: deps.idGen, now: deps.now, lang: deps.lang ?? 'en', registry: deps.registry, source: 'linkedin-export' });
  const profileFile = findFile(files, 'profile.csv');
  const positionsFile = findFile(files, 'positions.csv');
  const skillsFile = findFile(files, 'skills.csv');
  const languagesFile = findFile(files, 'languages.csv');
  const sharesFile = findFile(files, 'shares.csv');
  if (!profileFile && !positionsFile && !skillsFile && !languagesFile && !sharesFile) {
    return {
      ok: false,
      kind: 'unrecognised',
      message: {
        fr: "Aucun fichier LinkedIn reconnu (Profile.csv, Positions.csv, Skills.csv, Languages.csv, Shares.csv) dans cet export.",
        en: 'No LinkedIn file found (Profile.csv, Positions.csv, Skills.csv, Languages.csv, Shares.csv) in this export.',
      },
    };
  }
  const linkedin = draft.ensureProfile(LINKEDIN);
  if (profileFile) readProfile(draft, linkedin, profileFile, findFile(files, 'profile summary.csv'), deps);
  if (positionsFile) readPositions(draft, positionsFile);
  if (skillsFile) readNames(draft, skillsFile, 'skills');
  if (languagesFile) readNames(draft, languagesFile, 'languages');
  const educationFile = findFile(files, 'education.csv');
  if (educationFile) readEducation(draft, educationFile);
  const certificationsFile = findFile(files, 'certifications.csv');
  if (certificationsFile) readCertifications(draft, certificationsFile);
  if (sharesFile) readShares(draft, linkedin, sharesFile);
  if (linkedin.url === '') {
    draft.issue('warning', profileFile?.name ?? null, 'url', {
      fr: "L’export LinkedIn ne contient pas l’adresse du profil : ajoutez-la à la main (https://www.linkedin.com/in/…).",
      en: 'The LinkedIn export does not contain the profile address: add it by hand (https://www.linkedin.com/in/…).',
    });
  }
  return { ok: true, plan: draft.finish('linkedin-export') };
}

/** A lone Shares.csv: posts for the LinkedIn profile, created when missing. */
export function importLinkedInShares(target: Workspace, file: ImportFile, deps: ImportDeps): ImportResult {
  const draft = new Draft(target, { idGen: deps.idGen, now: deps.now, lang: deps.lang ?? 'en', registry: deps.registry });
  readShares(draft, draft.ensureProfile(LINKEDIN), file);
  return { ok: true, plan: draft.finish('linkedin-shares') };
}

function readShares(draft: Draft, linkedin: Profile, file: ImportFile): void {
  mergeParsedPosts(draft, linkedin, parseLinkedInShares(file.bytes, { file: file.name, lang: draft.lang }));
}

function table(draft: Draft, file: ImportFile): CsvTable | null {
  const text = decodeFile(draft, file);
  if (text === null) return null;
  const csv = readCsv(text, { file: file.name, lang: draft.lang });
  draft.issues.push(...csv.issues);
  return csv;
}

function readProfile(draft: Draft, linkedin: Profile, file: ImportFile, summaryFile: ImportFile | undefined, deps: ImportDeps): void {
  const csv = table(draft, file);
  const row = csv?.rows[0];
  if (!csv || !row) {
    draft.issue('warning', file.name, null, { fr: 'Profile.csv ne contient aucune ligne de données.', en: 'Profile.csv has no data row.' });
    return;
  }
  draft.count('profiles');
  const name = [row.get('First Name'), row.get('Last Name')].map((s) => s.trim()).filter(Boolean).join(' ');
  const headline = row.get('Headline');
  const summary = row.get('Summary') || (summaryFile ? profileSummary(draft, summaryFile) : '');
  const location = joinLocation(row.get('Geo Location', 'Location'), row.get('Country'));
  for (const [field, value] of [['displayName', name], ['headline', headline], ['summary', summary], ['location', location]] as const) {
    draft.fillPerson(field, value, file.name);
    draft.setProfile(linkedin, field, value, file.name);
  }
  const url = websiteUrl(row.get('Public Profile Url', 'Profile Url', 'Url'));
  const own = url === null ? null : knownProfile(url, deps.registry);
  if (own?.network === LINKEDIN) {
    draft.setProfile(linkedin, 'url', own.url);
    draft.setProfile(linkedin, 'handle', own.handle);
  }
  readWebsites(draft, linkedin, file.name, row.line, row.get('Websites'), deps);
  readTwitterHandles(draft, linkedin, file.name, row.line, row.get('Twitter Handles'), deps);
  if (csv.rows.length > 1) {
    draft.issue('skipped', file.name, csv.rows[1]?.line ?? null, {
      fr: 'Profile.csv a plusieurs lignes ; seule la première est lue.',
      en: 'Profile.csv has several rows; only the first one is read.',
    });
  }
}

/** The 2018 export splits the place into `Geo Location` (a city) and `Country`. */
function joinLocation(geo: string, country: string): string {
  const place = geo.trim();
  const land = country.trim();
  if (land === '' || place.toLowerCase().includes(land.toLowerCase())) return place;
  return place === '' ? land : `${place}, ${land}`;
}

/** `Profile Summary.csv` (2024) holds the summary when Profile.csv leaves it out. */
function profileSummary(draft: Draft, file: ImportFile): string {
  const csv = table(draft, file);
  return csv?.rows[0]?.get('Profile Summary') ?? '';
}

function readWebsites(draft: Draft, linkedin: Profile, file: string, line: number, cell: string, deps: ImportDeps): void {
  for (const site of parseWebsites(cell)) {
    const url = websiteUrl(site.url);
    if (url === null) {
      draft.issue('warning', file, `${line}: Websites`, {
        fr: `Site web ignoré, ce n’est pas une adresse : « ${site.url} ».`,
        en: `Website skipped, not an address: "${site.url}".`,
      });
      continue;
    }
    draft.count('websites');
    attachWebsite(draft, linkedin, url, deps.registry);
  }
}

function readTwitterHandles(draft: Draft, linkedin: Profile, file: string, line: number, cell: string, deps: ImportDeps): void {
  for (const handle of parseTwitterHandles(cell)) {
    const known = isXHandle(handle) ? knownProfile(`https://x.com/${handle}`, deps.registry) : null;
    if (known === null) {
      draft.issue('warning', file, `${line}: Twitter Handles`, {
        fr: `Identifiant X (Twitter) ignoré, il n’est pas valide : « ${handle} ».`,
        en: `X (Twitter) handle skipped, it is not valid: "${handle}".`,
      });
      continue;
    }
    draft.count('twitterHandles');
    attachWebsite(draft, linkedin, known.url, deps.registry);
  }
}

function readPositions(draft: Draft, file: ImportFile): void {
  const csv = table(draft, file);
  if (!csv) return;
  for (const row of csv.rows) {
    const title = row.get('Title').trim();
    const company = row.get('Company Name', 'Company').trim();
    if (title === '' && company === '') {
      draft.issue('skipped', file.name, row.line, { fr: 'Poste sans intitulé ni entreprise ignoré.', en: 'Position with neither title nor company skipped.' });
      continue;
    }
    draft.count('positions');
    const start = exportDate(draft, file, row.line, 'Started On', row.get('Started On', 'Start Date'));
    const end = exportDate(draft, file, row.line, 'Finished On', row.get('Finished On', 'End Date'));
    draft.addPosition({ title, company, start, end, description: row.get('Description').trim() });
  }
}

/** A date as LinkedIn writes it ("Mar 2019", "2004") as YYYY-MM or YYYY; one it does not know is kept as written, with a warning. */
function exportDate(draft: Draft, file: ImportFile, line: number, column: string, raw: string): string {
  const date = positionDate(raw);
  if (date !== null) return date;
  draft.issue('warning', file.name, `${line}: ${column}`, {
    fr: `Date non reconnue, gardée telle quelle : « ${raw} ».`,
    en: `Date not recognised, kept as written: "${raw}".`,
  });
  return raw.trim();
}

/** Education.csv: School Name, Start Date, End Date, Degree Name (the export has no field of study). */
function readEducation(draft: Draft, file: ImportFile): void {
  const csv = table(draft, file);
  if (!csv) return;
  const schools = csv.rows.map((row) => ({
    institution: row.get('School Name').trim(),
    studyType: row.get('Degree Name').trim(),
    area: '',
    startDate: exportDate(draft, file, row.line, 'Start Date', row.get('Start Date')),
    endDate: exportDate(draft, file, row.line, 'End Date', row.get('End Date')),
  })).filter((e) => e.institution !== '' || e.studyType !== '');
  draft.count('education', schools.length);
  draft.addEducation(schools);
}

/** Certifications.csv: Name, Url, Authority (the issuer), Started On (when it was issued); the licence number is not kept. */
function readCertifications(draft: Draft, file: ImportFile): void {
  const csv = table(draft, file);
  if (!csv) return;
  const certifications = csv.rows
    .map((row) => ({ name: row.get('Name').trim(), issuer: row.get('Authority').trim(), date: exportDate(draft, file, row.line, 'Started On', row.get('Started On')), url: row.get('Url').trim() }))
    .filter((c) => c.name !== '');
  draft.count('certifications', certifications.length);
  draft.addCertifications(certifications);
}

/** Skills.csv and Languages.csv: one `Name` per row (a language's Proficiency is not kept). */
function readNames(draft: Draft, file: ImportFile, list: 'skills' | 'languages'): void {
  const csv = table(draft, file);
  if (!csv) return;
  const names = csv.rows.map((r) => r.get('Name').trim()).filter((n) => n !== '');
  draft.count(list, names.length);
  draft.addToPersonList(list, names, list === 'languages' ? LANGUAGE_MAX : undefined);
}

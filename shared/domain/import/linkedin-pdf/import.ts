import type { Localized } from '../../../schema/text';
import type { Education, Workspace } from '../../../schema/workspace';
import type { ImportDeps, ImportResult } from '../deps';
import { Draft } from '../draft';
import type { ImportFile } from '../files';
import { LANGUAGE_MAX } from '../linkedin';
import { attachWebsite, knownProfile } from '../network-links';
import { websiteUrl } from '../urls';
import { extractLinkedInPdf } from './extract';
import type { LinkedInPdfProfile, PdfSchool } from './model';
import type { PdfText } from './pdf-text';

const LINKEDIN = 'linkedin';

export const PDF_NOT_READ: Localized = {
  fr: "Ce PDF n’a pas pu être lu. Rien n’a été modifié.",
  en: 'This PDF could not be read. Nothing was changed.',
};

/**
 * LinkedIn's "Save to PDF" profile: what the public sees. The LinkedIn
 * profile takes the name, headline, location, summary, address, top skills
 * and the sites shown; the person card is only filled where empty (a
 * different value is reported, not overwritten); positions, skills,
 * languages, schools and certifications are added. `pdf` is the file's text, read beforehand by the
 * caller (reading a PDF is asynchronous and needs pdfjs, which shared/ does not load).
 */
export function importLinkedInPdf(target: Workspace, file: ImportFile, pdf: PdfText | undefined, deps: ImportDeps): ImportResult {
  if (!pdf) return { ok: false, kind: 'damaged', message: PDF_NOT_READ };
  const extracted = extractLinkedInPdf(pdf);
  if (!extracted.ok) return extracted;
  const profile = extracted.profile;
  // What the PDF shows is what LinkedIn showed the day it was made.
  const draft = new Draft(target, { idGen: deps.idGen, now: deps.now, lang: deps.lang ?? 'en', registry: deps.registry, source: 'linkedin-pdf', sourceDate: profile.created });
  const own = profile.profileUrl === null ? null : knownProfile(profile.profileUrl, deps.registry);
  const linkedin = draft.ensureProfile(LINKEDIN, own?.network === LINKEDIN ? { url: own.url, handle: own.handle } : {});
  draft.count('profiles');
  const fields = [['displayName', profile.name], ['headline', profile.headline], ['location', profile.location], ['summary', profile.summary ?? '']] as const;
  for (const [field, value] of fields) {
    draft.fillPerson(field, value, file.name);
    draft.setProfile(linkedin, field, value, file.name);
  }
  // No Summary section: the profile has none. (No Top Skills section is left unchecked: the PDF shows only three.)
  if (profile.summary === null) draft.seeFact(linkedin, 'summary', 'absent', file.name);
  draft.count('skills', profile.topSkills.length);
  draft.addProfileKeywords(linkedin, profile.topSkills, file.name);
  draft.addToPersonList('skills', profile.topSkills);
  draft.count('languages', profile.languages.length);
  draft.addToPersonList('languages', profile.languages.map((l) => l.name), LANGUAGE_MAX);
  draft.count('positions', profile.positions.length);
  for (const { location: _where, ...position } of profile.positions) draft.addPosition(position);
  draft.count('education', profile.education.length);
  draft.addEducation(profile.education.map(schoolOf));
  draft.count('certifications', profile.certifications.length);
  // The PDF lists a certification's name only: no issuer, no date.
  draft.addCertifications(profile.certifications.map((name) => ({ name, issuer: '', date: '', url: '' })));
  for (const link of profile.links) {
    const url = websiteUrl(link.url);
    if (url === null) {
      draft.issue('warning', file.name, 'Contact', { fr: `Adresse ignorée, ce n’est pas une adresse web : « ${link.url} ».`, en: `Address skipped, not a web address: "${link.url}".` });
      continue;
    }
    draft.count('websites');
    const shown = attachWebsite(draft, linkedin, url, deps.registry, file.name);
    if (shown !== null) draft.seeLink(linkedin, shown, file.name);
  }
  // Contact lists every site the profile shows: none listed means none shown.
  if (profile.links.length === 0) draft.seeFact(linkedin, 'links', 'absent', file.name);
  if (own === null) {
    draft.issue('warning', file.name, 'Contact', {
      fr: "Le PDF ne montre pas l’adresse du profil LinkedIn : ajoutez-la à la main (https://www.linkedin.com/in/…).",
      en: 'The PDF does not show the LinkedIn profile address: add it by hand (https://www.linkedin.com/in/…).',
    });
  }
  for (const problem of profile.problems) draft.issue(problem.level, file.name, problem.where, problem.message);
  reportNotKept(draft, file.name, profile);
  return { ok: true, plan: draft.finish('linkedin-pdf') };
}

/**
 * LinkedIn prints a school's degree as "Degree, Field of study" (either may be
 * missing): the part before the first comma is the degree, the rest the field.
 */
function schoolOf(school: PdfSchool): Education {
  const comma = school.degree.indexOf(',');
  const [studyType, area] = comma < 0 ? [school.degree, ''] : [school.degree.slice(0, comma), school.degree.slice(comma + 1)];
  return { institution: school.school, studyType: studyType.trim(), area: area.trim(), startDate: school.start, endDate: school.end };
}

/** What the PDF shows that Vitrine has no place for: said, never dropped silently. */
function reportNotKept(draft: Draft, file: string, profile: LinkedInPdfProfile): void {
  draft.issue('skipped', file, 'photo', {
    fr: "Le PDF de LinkedIn ne contient jamais la photo : Vitrine ne peut pas savoir si le profil en a une, la photo reste « non vérifiée ».",
    en: "LinkedIn's PDF never holds the photo: Vitrine cannot tell whether the profile has one, so the photo stays \"not checked\".",
  });
  const contact = [profile.email, ...profile.phones, profile.address].filter((v): v is string => v !== null && v !== '');
  if (contact.length > 0) {
    draft.issue('skipped', file, 'Contact', {
      fr: `Coordonnées non gardées (Vitrine ne stocke ni e-mail, ni téléphone, ni adresse postale) : ${contact.join(' ; ')}.`,
      en: `Contact details not kept (Vitrine stores no e-mail, phone or postal address): ${contact.join('; ')}.`,
    });
  }
  // French agrees with the gender of each noun: « 2 brevets lus », « 2 certifications lues ».
  const lists: [keyof Pick<LinkedInPdfProfile, 'honors' | 'publications' | 'patents'>, string, 'f' | 'm', string][] = [
    ['honors', 'distinction', 'f', 'honors and awards'],
    ['publications', 'publication', 'f', 'publications'],
    ['patents', 'brevet', 'm', 'patents'],
  ];
  for (const [key, noun, gender, en] of lists) {
    const n = profile[key].length;
    if (n === 0) continue;
    draft.count(key, n);
    const agree = (gender === 'f' ? 'e' : '') + (n > 1 ? 's' : '');
    draft.issue('skipped', file, key, {
      fr: `${n} ${noun}${n > 1 ? 's' : ''} lu${agree} mais non gardé${agree} : Vitrine n’a pas de rubrique pour cela.`,
      en: `${n} ${en} read but not kept: Vitrine has no place for them.`,
    });
  }
}

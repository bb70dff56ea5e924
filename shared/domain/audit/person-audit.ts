import type { Severity } from '../../schema/finding';
import type { Localized } from '../../schema/text';
import type { Person } from '../../schema/workspace';
import { identify } from '../networks/identify';
import { defaultRegistry, type NetworkRegistry } from '../networks/registry';
import { personFacts } from './context';
import { assessPastedCv, type CvSignal } from './cv-detector';
import { findingKey } from './engine';
import { countryOf } from './region';
import { SIGNAL_TEXT } from './rules/completeness';
import { charCount, lowerPlain, words } from './text';
import type { AuditFinding, FindingParams } from './types';
import { urlKey } from './url';

/**
 * The audit of what a résumé says about the person itself (JSON Resume `basics`): name,
 * function, summary, picture and site. A résumé is the document being audited, so what it
 * lacks is known: a résumé without `basics.image` has no picture. These findings have no
 * profile and cost the profiles' score nothing (README, "How the score is made"): the résumé
 * is not a public profile; they are listed beside the profiles' audit.
 */

/** Where findings about the résumé are filed: no profile, this subject. */
export const RESUME_SUBJECT = 'resume';

/** Under this many characters a résumé's summary says too little (two or three lines say enough). */
export const RESUME_SUMMARY_MIN = 100;

/** Where a CV usually carries a photo: its absence is a gap a recruiter notices. */
const PICTURE_CUSTOMARY: readonly string[] = ['DE', 'AT', 'CH', 'FR', 'BE', 'LU'];
/** Where recruiters expect no photo on a résumé (anti-discrimination practice): a coach would not ask for one. */
const PICTURE_UNWANTED: readonly string[] = ['US', 'GB', 'CA', 'IE', 'AU', 'NZ'];

interface Hit {
  params?: FindingParams;
  severity?: Severity;
}

interface PersonRule {
  code: string;
  severity: Severity;
  why: Localized;
  fix: Localized;
  check(person: Person, registry: NetworkRegistry): Hit[];
  message(params: FindingParams, severity: Severity): Localized;
}

const missingName: PersonRule = {
  code: 'resume-missing-name', severity: 'error',
  why: {
    fr: 'Sans nom, le lecteur ne sait pas à qui il a affaire, et personne ne peut relier ce CV à vos profils.',
    en: 'Without a name the reader does not know whose résumé it is, and nobody can tie it to your profiles.',
  },
  fix: {
    fr: 'Écrivez votre prénom et votre nom en tête du CV, tels qu’ils apparaissent sur vos profils.',
    en: 'Put your first name and surname at the top of the résumé, as they appear on your profiles.',
  },
  check: (person) => (person.displayName.trim() === '' ? [{}] : []),
  message: () => ({ fr: 'Le CV ne donne pas de nom.', en: 'The résumé gives no name.' }),
};

/**
 * A name in Latin letters with an initial ("J. Dupont", "Jean D."). A single word is left alone:
 * some people have one name, and Vitrine cannot tell a mononym from a first name alone.
 */
function shortName(name: string): boolean {
  const all = words(name);
  const latin = all.filter((w) => /^[a-z]+$/.test(w));
  if (latin.length < 2 || latin.length < all.length) return false;
  return latin.some((w) => w.length === 1);
}

const shortenedName: PersonRule = {
  code: 'resume-name-shortened', severity: 'warning',
  why: {
    fr: 'Un recruteur qui vous cherche tape votre nom en entier ; une initiale le fait douter que ce soit vous.',
    en: 'A recruiter looking you up types your full name; an initial makes them doubt it is you.',
  },
  fix: {
    fr: 'Écrivez votre prénom et votre nom en entier, comme sur vos profils.',
    en: 'Write your first name and surname in full, as on your profiles.',
  },
  check: (person) => (person.displayName.trim() !== '' && shortName(person.displayName) ? [{ params: { name: person.displayName.trim() } }] : []),
  message: ({ name }) => ({ fr: `Le nom du CV, « ${String(name)} », est abrégé.`, en: `The résumé's name, "${String(name)}", is shortened.` }),
};

const missingLabel: PersonRule = {
  code: 'resume-missing-label', severity: 'error',
  why: {
    fr: 'La ligne sous votre nom est la première lue ; sans elle, le lecteur doit deviner votre métier dans vos expériences.',
    en: 'The line under your name is the first one read; without it the reader has to guess your job from your experience.',
  },
  fix: {
    fr: 'Ajoutez sous votre nom votre fonction en quelques mots, par exemple « Infirmière en bloc opératoire ».',
    en: 'Add your function in a few words under your name, for example "Operating theatre nurse".',
  },
  check: (person) => (person.headline.trim() === '' ? [{}] : []),
  message: () => ({ fr: 'Le CV ne dit pas quel est votre métier : il n’a pas de titre.', en: 'The résumé does not say what you do: it has no headline.' }),
};

const missingSummary: PersonRule = {
  code: 'resume-missing-summary', severity: 'warning',
  why: {
    fr: 'L’accroche dit en trois lignes ce que vous apportez ; sans elle, le lecteur reconstitue seul votre parcours.',
    en: 'The summary says in three lines what you bring; without it the reader pieces your career together alone.',
  },
  fix: {
    fr: 'Écrivez trois à cinq lignes à la première personne : votre métier, pour qui, un résultat concret.',
    en: 'Write three to five lines in the first person: your job, for whom, one concrete result.',
  },
  check: (person) => (person.summary.trim() === '' ? [{}] : []),
  message: () => ({ fr: 'Le CV n’a pas d’accroche.', en: 'The résumé has no summary.' }),
};

/** The pasted-CV detector on the résumé's own summary, with the résumé's positions as the career it may repeat. */
function pastedCv(person: Person): ReturnType<typeof assessPastedCv> | null {
  if (person.summary.trim() === '') return null;
  const cv = assessPastedCv(lowerPlain(person.summary), personFacts(person));
  return cv.pasted ? cv : null;
}

/** Same code as the profile rule: the same detector, the same problem; this one has no profile. */
const summaryLooksLikeCv: PersonRule = {
  code: 'summary-looks-like-cv', severity: 'warning',
  why: {
    fr: 'Une accroche qui reprend vos postes et vos dates répète la rubrique Expérience juste en dessous, et parle de vous comme d’un dossier.',
    en: 'A summary that lists your positions and dates repeats the Experience section right below it, and reads like a file.',
  },
  fix: {
    fr: 'Réécrivez l’accroche à la première personne : ce que vous faites, pour qui, et un résultat. Laissez les dates et les postes à la rubrique Expérience.',
    en: 'Rewrite the summary in the first person: what you do, for whom, one result. Leave dates and positions to the Experience section.',
  },
  check: (person) => {
    const cv = pastedCv(person);
    return cv ? [{ params: { signals: cv.signals.map((s) => s.kind), counts: cv.signals.map((s) => s.count) } }] : [];
  },
  message: ({ signals, counts }) => {
    const kinds = signals as readonly CvSignal['kind'][];
    const parts = kinds.map((kind, i) => SIGNAL_TEXT[kind]((counts as readonly number[])[i] ?? 0));
    return {
      fr: `L’accroche du CV ressemble à un CV collé : ${parts.map((p) => p.fr).join(', ')}.`,
      en: `The résumé's summary looks like a pasted CV: ${parts.map((p) => p.en).join(', ')}.`,
    };
  },
};

const summaryTooShort: PersonRule = {
  code: 'resume-summary-too-short', severity: 'warning',
  why: {
    fr: 'Une accroche d’une ligne ne dit ni pour qui vous travaillez ni ce que vous avez obtenu.',
    en: 'A one-line summary says neither whom you work for nor what you achieved.',
  },
  fix: {
    fr: 'Développez l’accroche : votre spécialité, pour qui, un résultat concret.',
    en: 'Expand the summary: your speciality, for whom, one concrete result.',
  },
  check: (person) => {
    const text = person.summary.trim();
    if (text === '' || pastedCv(person)) return [];
    const length = charCount(text);
    return length < RESUME_SUMMARY_MIN ? [{ params: { length, min: RESUME_SUMMARY_MIN } }] : [];
  },
  message: ({ length, min }) => ({
    fr: `L’accroche du CV ne fait que ${String(length)} caractères ; visez au moins ${String(min)}.`,
    en: `The résumé's summary is only ${String(length)} characters long; aim for at least ${String(min)}.`,
  }),
};

const missingPicture: PersonRule = {
  code: 'resume-missing-picture', severity: 'info',
  why: {
    fr: 'Vos profils reprennent par défaut la photo du CV. En France, en Belgique, au Luxembourg, en Allemagne, en Autriche et en Suisse, un CV porte d’habitude une photo.',
    en: 'Your profiles take the résumé’s picture by default. In France, Belgium, Luxembourg, Germany, Austria and Switzerland a résumé usually carries one.',
  },
  fix: {
    fr: 'Ajoutez une photo récente, cadrée sur le visage : c’est celle que vos profils reprendront.',
    en: 'Add a recent head-and-shoulders picture: it is the one your profiles will use.',
  },
  check: (person) => {
    if (person.image.trim() !== '') return [];
    const country = countryOf(person.location);
    if (country !== null && PICTURE_UNWANTED.includes(country)) return [];
    return [{ severity: country !== null && PICTURE_CUSTOMARY.includes(country) ? 'warning' : 'info' }];
  },
  message: (_params, severity) => severity === 'warning'
    ? { fr: 'Le CV n’a pas de photo, alors que les recruteurs de votre pays s’attendent à en voir une.', en: 'The résumé has no picture, though recruiters in your country expect one.' }
    : { fr: 'Le CV n’a pas de photo : vos profils n’en reçoivent pas par défaut.', en: 'The résumé has no picture, so your profiles get no default one.' },
};

/** Why the site address cannot be given to a reader, or null when it can. */
function siteProblem(url: string, registry: NetworkRegistry): Localized | null {
  const found = identify(url, registry);
  if (!found.ok && found.code === 'lookalike-host') return found.message;
  if (!found.ok && found.code === 'unsafe-scheme') return { fr: 'ce n’est pas une adresse web, et ce type de lien peut être dangereux.', en: 'it is not a web address, and this kind of link can be harmful.' };
  if ((!found.ok && found.code === 'malformed') || urlKey(url) === null) return { fr: 'ce n’est pas une adresse web lisible.', en: 'it is not a readable web address.' };
  return null;
}

const invalidSite: PersonRule = {
  code: 'resume-invalid-site', severity: 'error',
  why: {
    fr: 'Un lecteur qui clique sur une adresse fausse tombe sur une erreur, ou sur un site qui se fait passer pour un autre.',
    en: 'A reader who clicks a wrong address lands on an error, or on a site posing as another.',
  },
  fix: {
    fr: 'Copiez l’adresse de votre site depuis la barre du navigateur, sur sa page d’accueil.',
    en: 'Copy your site’s address from the browser bar while on its home page.',
  },
  check: (person, registry) => person.websites.flatMap((url) => {
    const problem = url.trim() === '' ? null : siteProblem(url.trim(), registry);
    return problem ? [{ params: { url: url.trim(), reason: problem.en, reasonFr: problem.fr } }] : [];
  }),
  message: ({ url, reason, reasonFr }) => ({
    fr: `L’adresse du site du CV (${String(url)}) ne convient pas : ${lowerFirst(String(reasonFr))}`,
    en: `The résumé's site address (${String(url)}) will not do: ${lowerFirst(String(reason))}`,
  }),
};

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** In the order a reader meets them: name, function, summary, picture, site. */
export const PERSON_RULES: readonly PersonRule[] = [missingName, shortenedName, missingLabel, missingSummary, summaryLooksLikeCv, summaryTooShort, missingPicture, invalidSite];

/**
 * What a coach says about a résumé's own content, errors first. Every finding is filed under
 * no profile (`RESUME_SUBJECT`) and costs 0 points: it is listed, never scored.
 */
export function auditResume(person: Person, registry: NetworkRegistry = defaultRegistry()): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const rule of PERSON_RULES) {
    for (const hit of rule.check(person, registry)) {
      const severity = hit.severity ?? rule.severity;
      const params = hit.params ?? {};
      out.push({
        key: findingKey(rule.code, null, `${RESUME_SUBJECT}${params.url === undefined ? '' : `|${String(params.url)}`}`),
        code: rule.code, severity, profileId: null, network: null, field: null,
        message: rule.message(params, severity), why: rule.why, fix: rule.fix, points: 0,
        subject: RESUME_SUBJECT, params,
      });
    }
  }
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return out.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

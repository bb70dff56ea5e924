import type { ProfileField } from '../../../schema/network';
import type { Localized } from '../../../schema/text';
import type { Profile } from '../../../schema/workspace';
import { factState } from '../../facts/state';
import { summaryPlain } from '../context';
import { assessPastedCv, type CvSignal } from '../cv-detector';
import { charCount } from '../text';
import { profileRule, type ProfileRule } from '../types';

const recommends = (field: ProfileField) => (n: { recommendedFields: readonly ProfileField[] }) => n.recommendedFields.includes(field);

interface MissingFieldSpec {
  code: string;
  field: 'photo' | 'displayName' | 'headline' | 'summary';
  severity: 'error' | 'warning';
  points: number;
  /** The field's name inside a sentence, e.g. {fr: 'de photo', en: 'photo'}. */
  what: Localized;
  why: Localized;
  fix: Localized;
}

/** Known absent only: a fact nobody checked goes to the profile's "to verify" list instead. */
function isMissing(profile: Profile, field: MissingFieldSpec['field']): boolean {
  return factState(profile, field) === 'absent';
}

/** The four "field is empty" rules differ only in their field and texts. */
function missingFieldRule(spec: MissingFieldSpec): ProfileRule {
  return profileRule({
    code: spec.code,
    severity: spec.severity,
    field: spec.field,
    points: spec.points,
    why: spec.why,
    fix: spec.fix,
    appliesTo: recommends(spec.field),
    check: ({ profile }) => (isMissing(profile, spec.field) ? [{ params: {} }] : []),
    message: ({ network }) => ({ fr: `Pas ${spec.what.fr} sur ${network}.`, en: `No ${spec.what.en} on ${network}.` }),
  });
}

export const missingPhoto = missingFieldRule({
  code: 'missing-photo', field: 'photo', severity: 'error', points: 20,
  what: { fr: 'de photo', en: 'photo' },
  why: { fr: 'Un profil sans photo inspire moins confiance et est moins consulté.', en: 'A profile without a photo looks less trustworthy and gets fewer visits.' },
  fix: { fr: 'Ajoutez une photo récente, cadrée sur le visage, la même sur tous vos profils professionnels.', en: 'Add a recent head-and-shoulders photo, the same on all your professional profiles.' },
});

export const missingName = missingFieldRule({
  code: 'missing-name', field: 'displayName', severity: 'error', points: 15,
  what: { fr: 'de nom affiché', en: 'display name' },
  why: { fr: 'Sans nom, personne ne peut vous retrouver ni relier ce profil aux autres.', en: 'Without a name nobody can find you or tie this profile to your others.' },
  fix: { fr: 'Renseignez votre nom tel qu’il apparaît sur vos autres profils.', en: 'Fill in your name as it appears on your other profiles.' },
});

export const missingHeadline = missingFieldRule({
  code: 'missing-headline', field: 'headline', severity: 'error', points: 10,
  what: { fr: 'de titre', en: 'headline' },
  why: { fr: 'Le titre est la première ligne lue dans les recherches et les listes.', en: 'The headline is the first line people read in searches and lists.' },
  fix: { fr: 'Écrivez en une ligne votre métier et ce que vous apportez.', en: 'Write your trade and what you bring in one line.' },
});

export const missingSummary = missingFieldRule({
  code: 'missing-summary', field: 'summary', severity: 'warning', points: 10,
  what: { fr: 'de résumé', en: 'summary' },
  why: { fr: 'Le résumé dit qui vous êtes et pour qui vous travaillez ; sans lui le profil reste muet.', en: 'The summary says who you are and whom you work for; without it the profile says nothing.' },
  fix: { fr: 'Rédigez quelques paragraphes à la première personne, adaptés à ce réseau.', en: 'Write a few paragraphs in the first person, tailored to this network.' },
});

export const summaryTooShort = profileRule<{ length: number; min: number }>({
  code: 'summary-too-short', severity: 'warning', field: 'summary', points: 5,
  appliesTo: (n) => n.limits.summaryMin !== undefined || n.recommendedFields.includes('summary'),
  why: { fr: 'Un résumé trop court ne donne pas assez de matière aux recherches ni aux lecteurs.', en: 'A summary that short gives searches and readers too little to go on.' },
  fix: { fr: 'Développez : votre spécialité, vos clients, un résultat concret, comment vous contacter.', en: 'Expand it: your speciality, your clients, one concrete result, how to reach you.' },
  check: ({ profile, limits }) => {
    const min = limits.summaryMin;
    if (min === undefined || profile.summary.trim() === '') return [];
    const length = charCount(profile.summary.trim());
    if (length >= min) return [];
    // Under half the minimum ("Consultant RH." for 200) a visitor reads no summary at all: it costs what a missing one does.
    return [{ params: { length, min }, ...(length * 2 < min ? { points: missingSummary.points } : {}) }];
  },
  message: ({ length, min, network }) => ({
    fr: `Le résumé fait ${length} caractères ; visez au moins ${min} sur ${network}.`,
    en: `The summary is ${length} characters long; aim for at least ${min} on ${network}.`,
  }),
});

/** Both "too long" rules compare a field to a limit of the (overridable) network limits. */
function tooLongRule(code: string, field: 'headline' | 'summary', limit: 'headlineMax' | 'summaryMax', label: Localized): ProfileRule {
  return profileRule<{ length: number; max: number }>({
    code, severity: 'error', field, points: 10,
    appliesTo: () => true,
    why: { fr: `Au-delà de la limite du réseau, ${label.fr} est refusé ou coupé.`, en: `Past the network's limit, the ${label.en} is refused or cut off.` },
    fix: { fr: `Raccourcissez ${label.fr} : gardez l’essentiel au début.`, en: `Shorten the ${label.en}: keep what matters first.` },
    check: ({ profile, limits }) => {
      const max = limits[limit];
      // UTF-16 length is never below the code point count, so it is a cheap first test.
      if (max === undefined || profile[field].length <= max) return [];
      const length = charCount(profile[field]);
      return length > max ? [{ params: { length, max } }] : [];
    },
    message: ({ length, max, network }) => ({
      fr: `${capitalise(label.fr)} fait ${length} caractères ; ${network} en autorise ${max}.`,
      en: `The ${label.en} is ${length} characters long; ${network} allows ${max}.`,
    }),
  });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const headlineTooLong = tooLongRule('headline-too-long', 'headline', 'headlineMax', { fr: 'le titre', en: 'headline' });
export const summaryTooLong = tooLongRule('summary-too-long', 'summary', 'summaryMax', { fr: 'le résumé', en: 'summary' });

export const SIGNAL_TEXT: Record<CvSignal['kind'], (n: number) => Localized> = {
  'dated-lines': (n) => ({ fr: `${n} lignes datées`, en: `${n} dated lines` }),
  'section-headers': (n) => ({ fr: `${n} titres de rubrique de CV`, en: `${n} CV section headers` }),
  bullets: (n) => ({ fr: `${n} lignes à puces`, en: `${n} bullet lines` }),
  'third-person': (n) => ({ fr: `${n} phrases à la troisième personne`, en: `${n} third-person sentences` }),
  positions: (n) => ({ fr: `${n} postes de votre parcours repris`, en: `${n} of your positions repeated` }),
};

export const summaryLooksLikeCv = profileRule<{ score: number; signals: readonly string[]; counts: readonly number[] }>({
  code: 'summary-looks-like-cv', severity: 'warning', field: 'summary', points: 15,
  appliesTo: recommends('summary'),
  why: {
    fr: 'Un CV collé dans le résumé répète la rubrique Expérience et parle de vous comme d’un dossier, pas à votre lecteur.',
    en: 'A CV pasted into the summary repeats the Experience section and reads like a file, not like you talking to your reader.',
  },
  fix: {
    fr: 'Réécrivez le résumé à la première personne : ce que vous faites, pour qui, et un résultat. Laissez les dates et les postes à la rubrique Expérience.',
    en: 'Rewrite the summary in the first person: what you do, for whom, one result. Leave dates and positions to the Experience section.',
  },
  check: ({ facts, audit }) => {
    const cv = assessPastedCv(summaryPlain(facts), audit.person);
    if (!cv.pasted) return [];
    return [{ params: { score: cv.score, signals: cv.signals.map((s) => s.kind), counts: cv.signals.map((s) => s.count) } }];
  },
  // The detector's score stays in the params (tests, tuning); the reader gets what was seen.
  message: ({ signals, counts, network }) => {
    const parts = signals.map((kind, i) => SIGNAL_TEXT[kind as CvSignal['kind']](counts[i] ?? 0));
    return {
      fr: `Le résumé ${network} ressemble à un CV collé : ${parts.map((p) => p.fr).join(', ')}.`,
      en: `The ${network} summary looks like a pasted CV: ${parts.map((p) => p.en).join(', ')}.`,
    };
  },
});

export const missingKeywords = profileRule<{ count: number; min: number }>({
  code: 'missing-keywords', severity: 'warning', field: 'keywords', points: 5,
  appliesTo: (n) => n.features.keywords,
  why: {
    fr: 'Sur ce réseau, les clients vous trouvent par vos mots-clés : chaque mot-clé manquant est une recherche où vous n’apparaissez pas.',
    en: 'On this network clients find you by your keywords: each missing keyword is a search you do not show up in.',
  },
  fix: { fr: 'Ajoutez les compétences que vos clients recherchent, avec leurs mots à eux.', en: 'Add the skills your clients search for, in their own words.' },
  check: ({ profile, limits }) => {
    const min = Math.max(limits.keywordsMin ?? 1, 1);
    const count = profile.keywords.filter((k) => k.trim() !== '').length;
    if (count === 0 && factState(profile, 'keywords') !== 'absent') return [];
    return count < min ? [{ params: { count, min } }] : [];
  },
  message: ({ count, min, network }) => ({
    fr: `${count} mot${count > 1 ? 's' : ''}-clé${count > 1 ? 's' : ''} sur ${network} ; il en faut au moins ${min}.`,
    en: `${count} keyword${count === 1 ? '' : 's'} on ${network}; it needs at least ${min}.`,
  }),
});

export const COMPLETENESS_RULES: readonly ProfileRule[] = [
  missingPhoto, missingName, missingHeadline, missingSummary,
  summaryTooShort, summaryTooLong, headlineTooLong, summaryLooksLikeCv, missingKeywords,
];

import { labelOf } from '../labels';
import { overlapCoefficient } from '../text';
import { profileRule, type ProfileRule } from '../types';

export const nameInconsistent = profileRule<{ name: string; expected: string }>({
  code: 'name-inconsistent', severity: 'warning', field: 'displayName', points: 5,
  appliesTo: () => true,
  why: {
    fr: 'Un nom écrit différemment d’un réseau à l’autre brouille les recherches à votre nom et fait douter que ce soit vous.',
    en: 'A name spelt differently from one network to the next muddles searches for you and casts doubt on it being you.',
  },
  fix: {
    fr: 'Utilisez partout la même forme de votre nom (mêmes prénoms, même nom d’usage).',
    en: 'Use the same form of your name everywhere (same first names, same surname).',
  },
  check: ({ profile, facts, audit }) => {
    // Accents, case, punctuation and word order are already folded out of both keys.
    if (facts.nameKey === '' || audit.referenceName === '' || facts.nameKey === audit.referenceName) return [];
    const expected = audit.person.person.displayName.trim() || audit.referenceName;
    return [{ params: { name: profile.displayName.trim(), expected } }];
  },
  message: ({ network, name, expected }) => ({
    fr: `Sur ${network}, le nom est « ${name} » au lieu de « ${expected} ».`,
    en: `On ${network}, the name is "${name}" instead of "${expected}".`,
  }),
});

/** Share of the shorter title's words the other must hold; below it the titles describe different jobs. */
export const HEADLINE_SIMILARITY_MIN = 0.5;

export const headlineInconsistent = profileRule<{ headline: string; expected: string; similarity: number }>({
  code: 'headline-inconsistent', severity: 'warning', field: 'headline', points: 3,
  appliesTo: () => true,
  why: {
    fr: 'Des titres qui annoncent des métiers différents rendent votre positionnement flou pour qui vous croise sur deux réseaux.',
    en: 'Headlines announcing different jobs blur your positioning for anyone who meets you on two networks.',
  },
  fix: {
    fr: 'Gardez le même cœur de métier dans chaque titre ; adaptez seulement la fin au public du réseau.',
    en: 'Keep the same core job in every headline; only tailor the end to the network’s audience.',
  },
  check: ({ profile, facts, audit }) => {
    const reference = audit.person.headlineTokens;
    if (reference.size === 0 || facts.headlineTokens.size === 0) return [];
    const similarity = overlapCoefficient(facts.headlineTokens, reference);
    if (similarity >= HEADLINE_SIMILARITY_MIN) return [];
    return [{ params: { headline: profile.headline.trim(), expected: audit.person.person.headline.trim(), similarity: Math.round(similarity * 100) } }];
  },
  message: ({ network, headline, expected, similarity }) => ({
    fr: `Le titre ${network} « ${headline} » s’écarte de votre titre « ${expected} » (${similarity} % de mots communs).`,
    en: `The ${network} headline "${headline}" departs from your headline "${expected}" (${similarity}% words in common).`,
  }),
});

export const duplicateSummary = profileRule<{ others: readonly string[] }>({
  code: 'duplicate-summary', severity: 'warning', field: 'summary', points: 5,
  appliesTo: () => true,
  why: {
    fr: 'Le même résumé partout ignore le public de chaque réseau, et qui vous suit sur deux réseaux lit deux fois la même chose.',
    en: 'The same summary everywhere ignores each network’s audience, and anyone following you on two networks reads the same thing twice.',
  },
  fix: {
    fr: 'Adaptez le résumé au public et au thème de ce réseau.',
    en: 'Tailor the summary to this network’s audience and theme.',
  },
  check: ({ profile, audit }) => {
    const others = audit.duplicates.get(profile.id);
    return others ? [{ params: { others: others.map((id) => labelOf(audit, id)) } }] : [];
  },
  message: ({ network, others }) => ({
    fr: `Le résumé ${network} est (presque) identique à celui de : ${others.join(', ')}.`,
    en: `The ${network} summary is (nearly) the same as on: ${others.join(', ')}.`,
  }),
});

export const CONSISTENCY_RULES: readonly ProfileRule[] = [nameInconsistent, headlineInconsistent, duplicateSummary];

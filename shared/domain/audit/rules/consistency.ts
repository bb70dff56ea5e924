import { labelOf } from '../labels';
import { overlapCoefficient, words } from '../text';
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
    if (sameName(profile.displayName, audit.referenceName)) return [];
    const expected = audit.person.person.displayName.trim() || audit.referenceName;
    return [{ params: { name: profile.displayName.trim(), expected } }];
  },
  message: ({ network, name, expected }) => ({
    fr: `Sur ${network}, le nom est « ${name} » au lieu de « ${expected} ».`,
    en: `On ${network}, the name is "${name}" instead of "${expected}".`,
  }),
});

const LATIN_WORD = /^[a-z0-9]+$/;
const BRACKETED = /\(([^)]*)\)|\[([^\]]*)\]|«([^»]*)»|“([^”]*)”|"([^"]*)"/g;

/**
 * A name is the reference name when, leaving aside an alias in brackets ("Noa (Noémie) Ben David")
 * and the same name written in another script ("Layla Haddad ليلى حداد"), its words are the
 * reference's. A name wholly in another script than the reference cannot be compared and is not
 * flagged. Initials and short forms ("J. Dupont", "Jean D.") are other words: flagged.
 */
export function sameName(name: string, referenceKey: string): boolean {
  const ref = referenceKey.split(' ');
  const refLatin = ref.some((w) => LATIN_WORD.test(w));
  const aliases = new Set(words([...name.matchAll(BRACKETED)].map((m) => m.slice(1).join(' ')).join(' ')));
  const own = words(name.replace(BRACKETED, ' '));
  const comparable = own.filter((w) => LATIN_WORD.test(w) === refLatin && !aliases.has(w));
  if (comparable.length === 0) return true;
  return comparable.sort().join(' ') === [...ref].filter((w) => LATIN_WORD.test(w) === refLatin).sort().join(' ');
}

/** A title mostly written in a script other than Latin (Arabic, Hebrew, CJK…). */
function nonLatin(text: string): boolean {
  const ws = words(text);
  return ws.length > 0 && ws.filter((w) => !LATIN_WORD.test(w)).length * 2 > ws.length;
}

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
    // Titles in different scripts say the same job in two languages: they are not compared word by word.
    if (nonLatin(profile.headline) !== nonLatin(audit.person.person.headline)) return [];
    const similarity = overlapCoefficient(facts.headlineTokens, reference);
    if (similarity >= HEADLINE_SIMILARITY_MIN) return [];
    return [{ params: { headline: profile.headline.trim(), expected: audit.person.person.headline.trim(), similarity: Math.round(similarity * 100) } }];
  },
  message: ({ network, headline, expected }) => ({
    fr: `Le titre ${network} « ${headline} » annonce un autre métier que votre titre « ${expected} ».`,
    en: `The ${network} headline "${headline}" announces another job than your headline "${expected}".`,
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
    return others ? [{ params: { others: others.map((id) => labelOf(audit, id)) }, frParams: { others: others.map((id) => labelOf(audit, id, 'fr')) } }] : [];
  },
  message: ({ network, others }) => ({
    fr: `Le résumé ${network} est (presque) identique à celui de : ${others.join(', ')}.`,
    en: `The ${network} summary is (nearly) the same as on: ${others.join(', ')}.`,
  }),
});

export const CONSISTENCY_RULES: readonly ProfileRule[] = [nameInconsistent, headlineInconsistent, duplicateSummary];

import { format } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import type { Lang, Localized } from '../../schema/text';
import type { FactName, FactSource, FactSourceKind } from '../../schema/workspace';

/** What to look at on the live profile, inside a sentence ("la photo", "the photo"). */
export const FACT_LABEL: Readonly<Record<FactName, Localized>> = {
  displayName: { fr: 'le nom affiché', en: 'the display name' },
  headline: { fr: 'le titre', en: 'the headline' },
  photo: { fr: 'la photo', en: 'the photo' },
  summary: { fr: 'le résumé', en: 'the summary' },
  keywords: { fr: 'les mots-clés', en: 'the keywords' },
  links: { fr: 'les liens affichés', en: 'the links shown' },
  followOpen: { fr: 'le mode « suivre »', en: 'the Follow setting' },
  wallRestricted: { fr: 'qui peut publier sur le mur', en: 'who can post on the wall' },
};

/** "seen in LinkedIn's PDF of 3 March 2026": the source, then the date when there is one. */
const SOURCE: Readonly<Record<FactSourceKind, { fr: string; en: string; frOn: string; enOn: string }>> = {
  typed: { fr: 'saisi', en: 'typed', frOn: 'saisi le', enOn: 'typed on' },
  person: { fr: 'repris de la personne', en: 'from the person', frOn: 'repris de la personne le', enOn: 'from the person on' },
  resume: { fr: 'lu dans le CV', en: 'from the résumé', frOn: 'lu dans le CV du', enOn: 'from the résumé of' },
  'linkedin-export': { fr: 'lu dans l’export LinkedIn', en: 'from the LinkedIn export', frOn: 'lu dans l’export LinkedIn du', enOn: 'from the LinkedIn export of' },
  'linkedin-pdf': { fr: 'vu dans le PDF LinkedIn', en: 'seen in LinkedIn’s PDF', frOn: 'vu dans le PDF LinkedIn du', enOn: 'seen in LinkedIn’s PDF of' },
  'saved-page': { fr: 'vu dans la page enregistrée', en: 'seen in the saved page', frOn: 'vu dans la page enregistrée du', enOn: 'seen in the page saved on' },
  github: { fr: 'lu sur GitHub', en: 'from GitHub', frOn: 'lu sur GitHub le', enOn: 'from GitHub on' },
  mastodon: { fr: 'lu sur Mastodon', en: 'from Mastodon', frOn: 'lu sur Mastodon le', enOn: 'from Mastodon on' },
  'x-archive': { fr: 'lu dans l’archive X', en: 'from the X archive', frOn: 'lu dans l’archive X du', enOn: 'from the X archive of' },
};

/** A calendar date as the locale writes it: "1er mars 2026", "3 March 2026". */
export function longDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  // French writes the first of the month "1er" and every other day as a plain number.
  if (lang === 'fr') return format(date, date.getDate() === 1 ? "d'er' MMMM yyyy" : 'd MMMM yyyy', { locale: fr });
  return format(date, 'd MMMM yyyy', { locale: enGB });
}

/** Where a fact came from, in a few words, with its date and file when known. */
export function describeSource(source: FactSource, lang: Lang): string {
  const words = SOURCE[source.kind];
  const text = source.at === null ? words[lang] : `${lang === 'fr' ? words.frOn : words.enOn} ${longDate(source.at, lang)}`;
  return source.label === '' ? text : `${text} (${source.label})`;
}

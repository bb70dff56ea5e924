import type { Localized } from '../../../schema/text';
import type { Workspace } from '../../../schema/workspace';
import type { ImportDeps, ImportResult } from '../deps';
import { Draft } from '../draft';
import type { ImportFile } from '../files';
import { attachWebsite, knownProfile } from '../network-links';
import { readSavedPage } from './read';

/** A saved profile page is a few hundred KB; a larger file is refused before it is parsed. */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024;

/** Networks whose saved page shows little to someone not logged in: say what could not be read. */
const THIN_PAGES: Readonly<Record<string, Localized>> = {
  linkedin: {
    fr: "Une page LinkedIn enregistrée montre peu de choses : le titre complet, le résumé, les compétences et les sites affichés n’ont pas pu être lus. Utilisez plutôt « Enregistrer au format PDF » sur le profil.",
    en: 'A saved LinkedIn page shows little: the full headline, summary, skills and sites shown could not be read. Use the profile\'s "Save to PDF" instead.',
  },
  malt: {
    fr: "Une page Malt enregistrée montre peu de choses : la présentation, les compétences et les liens n’ont pas pu être lus.",
    en: 'A saved Malt page shows little: the description, skills and links could not be read.',
  },
  xing: {
    fr: "Une page XING enregistrée montre peu de choses : le titre, les compétences (« haves ») et les liens n’ont pas pu être lus.",
    en: 'A saved XING page shows little: the headline, skills ("haves") and links could not be read.',
  },
};

export const NOT_A_PROFILE_PAGE: Localized = {
  fr: "Cette page enregistrée ne dit pas de quel profil elle est (ni adresse canonique reconnue, ni personne décrite). Rien n’a été modifié.",
  en: 'This saved page does not say whose profile it is (no recognised canonical address, no person described). Nothing was changed.',
};

/** Whether a lone file is an HTML page, by name or by its first bytes. */
export function looksLikeHtml(file: ImportFile): boolean {
  if (/\.x?html?$/i.test(file.name)) return true;
  const head = new TextDecoder('utf-8').decode(file.bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/**
 * A profile page saved from the browser. Its canonical address says which
 * network and profile it is; JSON-LD, OpenGraph, h-card and rel="me" give
 * the name, headline, description and the links it shows. A personal site
 * describing its owner fills the person and their websites.
 */
export function importSavedPage(target: Workspace, file: ImportFile, deps: ImportDeps): ImportResult {
  if (file.bytes.length > MAX_PAGE_BYTES) {
    const mb = (n: number) => `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
    return {
      ok: false,
      kind: 'too-large',
      message: {
        fr: `Import refusé : « ${file.name} » fait ${mb(file.bytes.length)} ; une page de profil enregistrée fait au plus ${mb(MAX_PAGE_BYTES)}. Rien n’a été modifié.`,
        en: `Import refused: "${file.name}" is ${mb(file.bytes.length)}; a saved profile page is at most ${mb(MAX_PAGE_BYTES)}. Nothing was changed.`,
      },
    };
  }
  const page = readSavedPage(new TextDecoder('utf-8').decode(file.bytes));
  const known = page.canonical === null ? null : knownProfile(page.canonical, deps.registry);
  const draft = new Draft(target, { idGen: deps.idGen, now: deps.now, lang: deps.lang ?? 'en', registry: deps.registry, source: 'saved-page' });
  if (known) {
    const profile = draft.ensureProfile(known.network, { url: known.url, handle: known.handle });
    draft.count('profiles');
    for (const [field, value] of [['displayName', page.name], ['headline', page.headline], ['summary', page.description]] as const) draft.setProfile(profile, field, value, file.name);
    for (const url of page.links) {
      draft.count('websites');
      const shown = attachWebsite(draft, profile, url, deps.registry, file.name);
      if (shown !== null) draft.seeLink(profile, shown, file.name);
    }
    const thin = THIN_PAGES[known.network];
    if (thin) draft.issue('warning', file.name, null, thin);
  } else if (page.name !== '' && page.canonical !== null) {
    // The person's own site: it describes them and lists their profiles.
    draft.addPersonWebsite(page.canonical);
    for (const [field, value] of [['displayName', page.name], ['headline', page.headline], ['summary', page.description]] as const) draft.fillPerson(field, value, file.name);
    for (const url of page.links) {
      const other = knownProfile(url, deps.registry);
      draft.count('websites');
      if (other && !draft.ws.profiles.some((p) => p.network === other.network)) draft.ensureProfile(other.network, { url: other.url, handle: other.handle });
      else if (!other) draft.addPersonWebsite(url);
    }
  } else {
    return { ok: false, kind: 'unrecognised', message: NOT_A_PROFILE_PAGE };
  }
  if (page.found.length === 0) {
    draft.issue('warning', file.name, null, {
      fr: 'La page ne contient ni JSON-LD, ni OpenGraph, ni h-card, ni lien rel="me" : seule son adresse a été lue.',
      en: 'The page holds no JSON-LD, OpenGraph, h-card or rel="me" link: only its address was read.',
    });
  }
  return { ok: true, plan: draft.finish('saved-page') };
}

import Papa from 'papaparse';
import type { Lang, Localized } from '../../schema/text';
import type { FactState, Profile, ProfileStatus, Workspace } from '../../schema/workspace';
import { networkForWorkspace } from '../networks/registry';

export interface InventoryCsvOptions {
  lang: Lang;
  /** Adds a score column (0–100, empty when null). */
  score?: (profile: Profile, ws: Workspace) => number | null;
  /** Defaults to ";" in French (what French spreadsheets expect) and "," in English. */
  delimiter?: string;
}

const HEADERS: Record<string, Localized> = {
  client: { fr: 'Client', en: 'Client' },
  network: { fr: 'Réseau', en: 'Network' },
  status: { fr: 'Statut', en: 'Status' },
  audience: { fr: 'Public', en: 'Audience' },
  url: { fr: 'URL', en: 'URL' },
  handle: { fr: 'Identifiant', en: 'Handle' },
  name: { fr: 'Nom affiché', en: 'Display name' },
  headline: { fr: 'Titre', en: 'Headline' },
  photo: { fr: 'Photo', en: 'Photo' },
  lastReviewed: { fr: 'Dernière revue', en: 'Last reviewed' },
  score: { fr: 'Score', en: 'Score' },
};

const STATUS: Record<ProfileStatus, Localized> = {
  active: { fr: 'actif', en: 'active' },
  'to-create': { fr: 'à créer', en: 'to create' },
  dormant: { fr: 'en sommeil', en: 'dormant' },
  'to-close': { fr: 'à fermer', en: 'to close' },
};

const AUDIENCE: Record<Profile['audience'], Localized> = {
  professional: { fr: 'professionnel', en: 'professional' },
  personal: { fr: 'personnel', en: 'personal' },
};

/** The photo as known: a blank cell would read as "no photo". */
const PHOTO: Record<FactState, Localized> = { known: { fr: 'oui', en: 'yes' }, absent: { fr: 'non', en: 'no' }, unchecked: { fr: 'à vérifier', en: 'to verify' } };

/**
 * A spreadsheet opens a cell starting with = + - @ (or a tab / carriage
 * return) as a formula: a profile headline could run one. Some also skip
 * leading blanks, and read the full-width and small forms (＝＋－＠, ﹦﹢﹣)
 * and the minus sign − like their ASCII twins. A leading apostrophe makes
 * the cell plain text (OWASP "CSV injection").
 */
const FORMULA_START = /^[\t\r]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\u2212]/;

export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One row per profile, across one workspace or a whole client library. */
export function inventoryCsv(workspaces: Workspace | readonly Workspace[], options: InventoryCsvOptions): string {
  const { lang, score } = options;
  const list: readonly Workspace[] = Array.isArray(workspaces) ? workspaces : [workspaces as Workspace];
  const columns = ['client', 'network', 'status', 'audience', 'url', 'handle', 'name', 'headline', 'photo', 'lastReviewed', ...(score ? ['score'] : [])];
  const data = list.flatMap((ws) => {
    const registry = networkForWorkspace(ws);
    return ws.profiles.map((p) => {
      const text = [
        ws.name, registry.get(p.network)?.label ?? p.network, STATUS[p.status][lang], AUDIENCE[p.audience][lang],
        p.url, p.handle, p.displayName, p.headline, PHOTO[p.facts.photo.state][lang], p.lastReviewed ?? '',
      ].map(neutralizeFormula);
      if (!score) return text;
      const value = score(p, ws);
      return [...text, value === null ? '' : String(Math.round(value))];
    });
  });
  return Papa.unparse(
    { fields: columns.map((c) => HEADERS[c]?.[lang] ?? c), data },
    { delimiter: options.delimiter ?? (lang === 'fr' ? ';' : ','), newline: '\r\n' },
  );
}

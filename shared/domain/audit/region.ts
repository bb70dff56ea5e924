/**
 * Where a person works, read from the free-text locations they typed
 * ("Zürich, Schweiz", "Lyon", "Austin, Texas, USA"), and whether they write
 * in German: what region-bound suggestions (XING, a marketplace's countries,
 * a country's trade networks) need. Unknown stays unknown (null), never a guess.
 */
import { fold, wordsOfPlain, lowerPlain } from './text';

/** Cities people often write without their country (folded, as typed in French, English or German). */
const CITIES: Readonly<Record<string, string>> = {
  paris: 'FR', lyon: 'FR', marseille: 'FR', lille: 'FR', nantes: 'FR', bordeaux: 'FR', toulouse: 'FR', montpellier: 'FR',
  grenoble: 'FR', rennes: 'FR', nancy: 'FR', strasbourg: 'FR', nice: 'FR', rouen: 'FR', dijon: 'FR', brest: 'FR', tours: 'FR',
  berlin: 'DE', hamburg: 'DE', munchen: 'DE', munich: 'DE', koln: 'DE', cologne: 'DE', frankfurt: 'DE', stuttgart: 'DE',
  dusseldorf: 'DE', leipzig: 'DE', dresden: 'DE', hannover: 'DE', nurnberg: 'DE', bremen: 'DE',
  wien: 'AT', vienna: 'AT', vienne: 'AT', graz: 'AT', linz: 'AT', salzburg: 'AT', innsbruck: 'AT',
  zurich: 'CH', geneve: 'CH', geneva: 'CH', genf: 'CH', basel: 'CH', bale: 'CH', bern: 'CH', berne: 'CH', lausanne: 'CH', luzern: 'CH', lugano: 'CH',
  bruxelles: 'BE', brussels: 'BE', brussel: 'BE', anvers: 'BE', antwerpen: 'BE', liege: 'BE', gand: 'BE', gent: 'BE',
  luxembourg: 'LU', amsterdam: 'NL', rotterdam: 'NL', utrecht: 'NL', madrid: 'ES', barcelona: 'ES', barcelone: 'ES', valencia: 'ES',
  london: 'GB', londres: 'GB', manchester: 'GB', leeds: 'GB', bristol: 'GB', edinburgh: 'GB', glasgow: 'GB', birmingham: 'GB',
  dublin: 'IE', lisbon: 'PT', lisbonne: 'PT', lisboa: 'PT', copenhagen: 'DK', copenhague: 'DK', kobenhavn: 'DK',
  montreal: 'CA', quebec: 'CA', 'new york': 'US', usa: 'US', 'u s a': 'US', 'united states of america': 'US',
  uk: 'GB', 'great britain': 'GB', england: 'GB', angleterre: 'GB', scotland: 'GB', dubai: 'AE',
};

/** Codes that are not today's countries (East Germany, Soviet Union…, groupings, pseudo-regions): never an answer. */
const NOT_COUNTRIES = new Set(['DD', 'FX', 'YD', 'SU', 'YU', 'CS', 'BU', 'TP', 'ZR', 'NT', 'AN', 'EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

let NAMES: Map<string, string> | null = null;

/** Every country name Intl knows, in French, English and German, folded → ISO code; built on first use. */
function countryNames(): Map<string, string> {
  if (NAMES) return NAMES;
  const out = new Map<string, string>(Object.entries(CITIES));
  for (const lang of ['en', 'fr', 'de']) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      continue; // no region names in this runtime: cities and aliases still work
    }
    const unknown = names.of('ZZ');
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        let name: string | undefined;
        try {
          name = names.of(code);
        } catch {
          name = undefined;
        }
        if (name && name !== unknown && name !== code && !NOT_COUNTRIES.has(code) && !out.has(fold(name))) out.set(fold(name), code);
      }
    }
  }
  NAMES = out;
  return out;
}

/** The country (ISO 3166 code) a location names, read from its end ("Austin, Texas, USA" → US); null if none is recognised. */
export function countryOf(location: string): string | null {
  const words = wordsOfPlain(lowerPlain(location));
  const names = countryNames();
  // Longest phrase first, rightmost first: the country usually closes the location.
  for (let end = words.length; end > 0; end--) {
    for (let len = Math.min(4, end); len >= 1; len--) {
      const code = names.get(words.slice(end - len, end).join(' '));
      if (code) return code;
    }
  }
  return null;
}

/** The first country found among these locations (the person's, then their profiles'). */
export function countryOfAny(locations: readonly string[]): string | null {
  for (const l of locations) {
    const c = countryOf(l);
    if (c) return c;
  }
  return null;
}

/** Germany, Austria and Switzerland: XING's home market. */
export const DACH: readonly string[] = ['DE', 'AT', 'CH'];

const GERMAN_WORDS = new Set(['und', 'ich', 'der', 'die', 'das', 'mit', 'fur', 'nicht', 'wir', 'ist', 'bei', 'von', 'zu', 'auf', 'eine', 'ein', 'sie', 'meine', 'unsere', 'jeden']);

/** True when a text is written in German: at least three distinct common German words. */
export function writtenInGerman(text: string): boolean {
  const seen = new Set<string>();
  for (const w of fold(text).split(' ')) {
    if (GERMAN_WORDS.has(w)) seen.add(w);
    if (seen.size >= 3) return true;
  }
  return false;
}

import { editDistance } from './edit-distance';
import { defaultRegistry, type NetworkRegistry } from './registry';

/** Other names people write for built-in networks (JSON Resume `network`, CSV columns). */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  linkedin: ['linked in', 'lnkd'],
  x: ['twitter', 'x twitter', 'twitter x', 'x.com', 'twitter.com'],
  facebook: ['fb', 'facebook pro', 'meta'],
  instagram: ['insta', 'ig'],
  github: ['git hub'],
  youtube: ['yt', 'you tube'],
  mastodon: ['fediverse'],
  bluesky: ['bsky', 'blue sky'],
  stackoverflow: ['stack overflow', 'stack exchange', 'stackexchange'],
  welcometothejungle: ['wttj', 'welcome to the jungle', 'welcome jungle'],
  talentpharmacie: ['talent pharmacie'],
  pharmareseau: ['pharma reseau', 'pharma-reseau'],
  malt: ['malt.fr', 'malt.com'],
};

/** Lower case, accents and punctuation dropped: "Pharma Réseau" → "pharmareseau". */
function key(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Names long enough to be typo-matched; "x" or "fb" one letter off would match anything. */
const FUZZY_MIN_LENGTH = 4;

function allowedTypos(length: number): number {
  return length >= 8 ? 2 : 1;
}

/**
 * The network a free-text name refers to. "exact" for an id, label or known alias in any case
 * or spacing; "fuzzy" for a near miss ("GiHub"), which the UI should ask the user to confirm.
 * null when nothing is close, or when two networks are equally close.
 */
export function matchNetworkName(
  name: string,
  registry: NetworkRegistry = defaultRegistry(),
): { network: string; confidence: 'exact' | 'fuzzy' } | null {
  const wanted = key(name);
  if (wanted === '') return null;
  const candidates = registry.all().map((n) => ({ id: n.id, keys: [n.id, n.label, ...(ALIASES[n.id] ?? [])].map(key) }));
  const exact = candidates.find((c) => c.keys.includes(wanted));
  if (exact) return { network: exact.id, confidence: 'exact' };
  if (wanted.length < FUZZY_MIN_LENGTH) return null;
  let best: { id: string; distance: number } | null = null;
  let tie = false;
  const max = allowedTypos(wanted.length);
  for (const c of candidates) {
    const distance = Math.min(...c.keys.filter((k) => k.length >= FUZZY_MIN_LENGTH).map((k) => editDistance(wanted, k, max)));
    if (distance > max) continue;
    if (best === null || distance < best.distance) {
      best = { id: c.id, distance };
      tie = false;
    } else if (distance === best.distance && best.id !== c.id) {
      tie = true;
    }
  }
  return best && !tie ? { network: best.id, confidence: 'fuzzy' } : null;
}

/**
 * A colour per network for calendar items: each network's brand hue, darkened
 * where needed so that white text on it reaches WCAG AA (4.5:1, checked by a
 * unit test). The colour only helps the eye: items always carry the network's
 * name or initial too.
 */
const BUILT_IN: Readonly<Record<string, string>> = {
  linkedin: '#0a66c2',
  x: '#14171a',
  facebook: '#0b5fcc',
  instagram: '#b1306e',
  github: '#24292f',
  youtube: '#c00000',
  medium: '#292929',
  mastodon: '#563acc',
  bluesky: '#0a5bc4',
  malt: '#b8283f',
  viadeo: '#a8451f',
  xing: '#026466',
  behance: '#0050e0',
  dribbble: '#b3195a',
  stackoverflow: '#a14c0b',
  welcometothejungle: '#1f5f52',
  talentpharmacie: '#2e7d32',
  pharmareseau: '#00695c',
  proz: '#33507a',
};

/** For networks a user defines: picked from the id, so it stays the same across sessions. */
const FALLBACK = ['#5b4bb7', '#7a3e9d', '#0e6b8a', '#8a4b08', '#4a6b12', '#8b2252'] as const;

export function networkColour(id: string): string {
  const known = BUILT_IN[id];
  if (known) return known;
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return FALLBACK[h % FALLBACK.length]!;
}

/** The letter shown on the colour: the network's initial. */
export function networkInitial(label: string): string {
  return label.trim().charAt(0).toUpperCase() || '?';
}

export const NETWORK_COLOURS = BUILT_IN;
export const FALLBACK_COLOURS = FALLBACK;

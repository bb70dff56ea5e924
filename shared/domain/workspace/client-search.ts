/**
 * The client list's search: every word of the query must appear in a client's
 * search text. The text is built in the main process and crosses IPC for all
 * clients at start, so each piece is kept once and web addresses lose what
 * every address shares (scheme, "www.", trailing slash); a pasted address is
 * trimmed the same way, so it still finds its client.
 */
const URL_START = /^[a-z][a-z0-9+.-]*:\/\//;

/** An address as the search keeps it: "https://www.x.com/jo/" → "x.com/jo". */
export function searchableUrl(url: string): string {
  return url.toLowerCase().trim().replace(URL_START, '').replace(/^www\./, '').replace(/\/+$/, '');
}

/** Lower-cased, each distinct piece once, one per line. */
export function clientSearchText(parts: { words: readonly string[]; urls: readonly string[] }): string {
  const pieces = [...parts.words.map((w) => w.toLowerCase().trim()), ...parts.urls.map(searchableUrl)].filter(Boolean);
  return [...new Set(pieces)].join('\n');
}

/** The query's words, addresses trimmed as in the text. */
export function searchWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean).map((w) => (URL_START.test(w) || w.startsWith('www.') ? searchableUrl(w) : w)).filter(Boolean);
}

export function matchesSearch(searchText: string, words: readonly string[]): boolean {
  return words.every((w) => searchText.includes(w));
}

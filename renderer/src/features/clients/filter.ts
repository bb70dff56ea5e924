import type { WorkspaceSummary } from '../../../../shared/ipc/contract';
import { clientSearchText, matchesSearch, searchWords } from '../../../../shared/domain/workspace/client-search';

/** Each client's search text by id (`library:search-index`). */
export type SearchIndex = Readonly<Record<string, string>>;

export type ClientShow = 'active' | 'archived' | 'all';

/** What a client is searched by until the search index has come (names, headline, networks); then the index's text. */
function textOf(s: WorkspaceSummary, index: SearchIndex | null): string {
  return index?.[s.id] ?? clientSearchText({ words: [s.name, s.personName, s.headline, ...s.networks], urls: [] });
}

/** Clients matching every word of the query (in any order), in the order given. */
export function filterClients(summaries: readonly WorkspaceSummary[], query: string, show: ClientShow, index: SearchIndex | null): WorkspaceSummary[] {
  const words = searchWords(query);
  return summaries
    .filter((s) => (show === 'all' ? true : show === 'archived' ? s.archived : !s.archived))
    .filter((s) => words.length === 0 || matchesSearch(textOf(s, index), words));
}

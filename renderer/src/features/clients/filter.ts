import type { WorkspaceSummary } from '../../../../shared/ipc/contract';
import { matchesSearch, searchWords } from '../../../../shared/domain/workspace/client-search';

export type ClientShow = 'active' | 'archived' | 'all';

/** Clients matching every word of the query (in any order), newest first. */
export function filterClients(summaries: readonly WorkspaceSummary[], query: string, show: ClientShow): WorkspaceSummary[] {
  const words = searchWords(query);
  return summaries
    .filter((s) => (show === 'all' ? true : show === 'archived' ? s.archived : !s.archived))
    .filter((s) => matchesSearch(s.searchText, words))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)); // ISO times: plain order, no collation
}

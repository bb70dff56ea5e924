import type { WorkspaceSummary } from '../../../../shared/ipc/contract';

export type ClientShow = 'active' | 'archived' | 'all';

/** Clients matching every word of the query (in any order), newest first. */
export function filterClients(summaries: readonly WorkspaceSummary[], query: string, show: ClientShow): WorkspaceSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return summaries
    .filter((s) => (show === 'all' ? true : show === 'archived' ? s.archived : !s.archived))
    .filter((s) => words.every((w) => s.searchText.includes(w)))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

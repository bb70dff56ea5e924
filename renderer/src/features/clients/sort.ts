import type { WorkspaceSummary } from '../../../../shared/ipc/contract';

export type ClientSortKey = 'name' | 'score' | 'coverage' | 'errors' | 'lastSession' | 'nextPost';
export type SortDirection = 'ascending' | 'descending';
export interface ClientSort { key: ClientSortKey; direction: SortDirection }

/** The columns, in order, each with the direction a first click sorts by (the useful end first). */
export const SORT_COLUMNS: readonly { key: ClientSortKey; first: SortDirection }[] = [
  { key: 'name', first: 'ascending' },
  { key: 'score', first: 'ascending' },
  { key: 'coverage', first: 'ascending' },
  { key: 'errors', first: 'descending' },
  { key: 'lastSession', first: 'descending' },
  { key: 'nextPost', first: 'ascending' },
];

/** Newest work first, as the list always opened. */
export const DEFAULT_SORT: ClientSort = { key: 'lastSession', direction: 'descending' };

type Value = number | null;

/** The value a column sorts by; a client with none (no score, nothing to cover) goes last. `rank`: place in name order. */
function valueOf(s: WorkspaceSummary, key: ClientSortKey, rank: number): Value {
  switch (key) {
    case 'name': return rank;
    case 'score': return s.score;
    case 'coverage': return s.coverage;
    case 'errors': return s.errors;
    case 'lastSession': return Date.parse(s.updatedAt);
    case 'nextPost': return s.nextPost === null ? null : Date.parse(s.nextPost);
  }
}

/** Clicking a column: the same one turns the order round, another starts at its useful end. */
export function nextSort(current: ClientSort, key: ClientSortKey): ClientSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: SORT_COLUMNS.find((c) => c.key === key)?.first ?? 'ascending' };
}

/**
 * The clients in the chosen order; those without a value (not audited, nothing
 * planned) always come last, and ties keep alphabetical order. `clients` come
 * in name order, as the main process lists them (byClientName), so their place
 * is the name order: no collation here.
 */
export function sortClients(clients: readonly WorkspaceSummary[], sort: ClientSort): WorkspaceSummary[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  // Each value worked out once, not at every comparison (500 clients: ~9,000 comparisons).
  const rows = clients.map((s, rank) => ({ s, rank, v: valueOf(s, sort.key, rank) }));
  return rows.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? a.rank - b.rank : a.v === null ? 1 : -1;
    return a.v !== b.v ? sign * (a.v - b.v) : a.rank - b.rank;
  }).map((r) => r.s);
}

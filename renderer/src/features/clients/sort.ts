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

type Value = string | number | null;

/** The value a column sorts by; a client with none (no score, nothing to cover) goes last. */
function valueOf(s: WorkspaceSummary, key: ClientSortKey): Value {
  switch (key) {
    case 'name': return s.name;
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
 * planned) always come last, and ties keep alphabetical order by name.
 */
export function sortClients(clients: readonly WorkspaceSummary[], sort: ClientSort, locale: string): WorkspaceSummary[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  // Each value worked out once, not at every comparison (500 clients: ~9,000 comparisons).
  const rows = clients.map((s) => ({ s, v: valueOf(s, sort.key) }));
  const byName = (a: WorkspaceSummary, b: WorkspaceSummary) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return rows.sort((a, b) => {
    const va = a.v;
    const vb = b.v;
    if (va === null || vb === null) return va === vb ? byName(a.s, b.s) : va === null ? 1 : -1;
    const c = typeof va === 'string' && typeof vb === 'string' ? collator.compare(va, vb) : (va as number) - (vb as number);
    return c !== 0 ? sign * c : byName(a.s, b.s);
  }).map((r) => r.s);
}

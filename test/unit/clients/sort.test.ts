import { describe, expect, it } from 'vitest';
import type { WorkspaceSummary } from '../../../shared/ipc/contract';
import { DEFAULT_SORT, nextSort, sortClients } from '../../../renderer/src/features/clients/sort';

const summary = (name: string, over: Partial<WorkspaceSummary>): WorkspaceSummary => ({
  id: name.toLowerCase(), name, archived: false, personName: '', headline: '', profileCount: 1, networks: [],
  updatedAt: '2025-03-01T00:00:00Z', score: null, previousScore: null, errors: null, coverage: null, nextPost: null, ...over,
});

const clients = [
  summary('Émile', { score: 72, errors: 0, updatedAt: '2025-03-05T10:00:00Z', nextPost: '2025-03-12T08:00:00Z' }),
  summary('alice', { score: 40, errors: 3, updatedAt: '2025-02-01T10:00:00Z', nextPost: null }),
  summary('Zoé', { score: null, errors: null, updatedAt: '2025-03-07T10:00:00Z', nextPost: '2025-03-10T08:00:00+01:00' }),
  summary('Bruno', { score: 72, errors: 1, updatedAt: '2025-01-01T10:00:00Z', nextPost: '2025-03-10T09:00:00Z' }),
];
const names = (list: WorkspaceSummary[]) => list.map((s) => s.name);

describe('sorting the client table', () => {
  it('opens on the most recent session first', () => {
    expect(names(sortClients(clients, DEFAULT_SORT, 'fr'))).toEqual(['Zoé', 'Émile', 'alice', 'Bruno']);
  });

  it('sorts names as people read them (case and accents ignored), both ways', () => {
    expect(names(sortClients(clients, { key: 'name', direction: 'ascending' }, 'fr'))).toEqual(['alice', 'Bruno', 'Émile', 'Zoé']);
    expect(names(sortClients(clients, { key: 'name', direction: 'descending' }, 'fr'))).toEqual(['Zoé', 'Émile', 'Bruno', 'alice']);
  });

  it('puts clients without a value last in either direction, and breaks ties by name', () => {
    expect(names(sortClients(clients, { key: 'score', direction: 'ascending' }, 'fr'))).toEqual(['alice', 'Bruno', 'Émile', 'Zoé']);
    expect(names(sortClients(clients, { key: 'score', direction: 'descending' }, 'fr'))).toEqual(['Bruno', 'Émile', 'alice', 'Zoé']);
    expect(names(sortClients(clients, { key: 'errors', direction: 'descending' }, 'fr'))).toEqual(['alice', 'Bruno', 'Émile', 'Zoé']);
  });

  it('orders the next post by instant, whatever the offset', () => {
    // Zoé's 08:00+01:00 is 07:00Z, before Bruno's 09:00Z.
    expect(names(sortClients(clients, { key: 'nextPost', direction: 'ascending' }, 'fr'))).toEqual(['Zoé', 'Bruno', 'Émile', 'alice']);
  });

  it('sorts by coverage, clients with nothing to cover last', () => {
    const covered = clients.map((c, i) => ({ ...c, coverage: [60, null, 100, 25][i] ?? null }));
    const order = (direction: 'ascending' | 'descending') => names(sortClients(covered, { key: 'coverage', direction }, 'fr'));
    expect(order('ascending').at(-1)).toBe(covered[1]!.name);
    expect(order('ascending').slice(0, 3)).toEqual([covered[3]!.name, covered[0]!.name, covered[2]!.name]);
    expect(order('descending').slice(0, 3)).toEqual([covered[2]!.name, covered[0]!.name, covered[3]!.name]);
  });

  it('turns the order round on a second click, and starts each column at its useful end', () => {
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'errors')).toEqual({ key: 'errors', direction: 'descending' });
    expect(nextSort({ key: 'errors', direction: 'descending' }, 'score')).toEqual({ key: 'score', direction: 'ascending' });
  });
});

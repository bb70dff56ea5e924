import { describe, expect, it } from 'vitest';
import type { WorkspaceSummary } from '../../../shared/ipc/contract';
import { byClientName } from '../../../shared/domain/workspace/client-order';
import { DEFAULT_SORT, nextSort, sortClients, type ClientSort } from '../../../renderer/src/features/clients/sort';

const summary = (name: string, over: Partial<WorkspaceSummary>): WorkspaceSummary => ({
  id: name.toLowerCase(), name, archived: false, personName: '', headline: '', profileCount: 1, networks: [],
  updatedAt: '2025-03-01T00:00:00Z', score: null, previousScore: null, errors: null, coverage: null, nextPost: null, ...over,
});

// As the main process lists them: in name order.
const clients = byClientName([
  summary('Émile', { score: 72, errors: 0, updatedAt: '2025-03-05T10:00:00Z', nextPost: '2025-03-12T08:00:00Z' }),
  summary('alice', { score: 40, errors: 3, updatedAt: '2025-02-01T10:00:00Z', nextPost: null }),
  summary('Zoé', { score: null, errors: null, updatedAt: '2025-03-07T10:00:00Z', nextPost: '2025-03-10T08:00:00+01:00' }),
  summary('Bruno', { score: 72, errors: 1, updatedAt: '2025-01-01T10:00:00Z', nextPost: '2025-03-10T09:00:00Z' }),
], 'fr');
const names = (list: WorkspaceSummary[]) => list.map((s) => s.name);

describe('the client list in name order (main process)', () => {
  it('reads names as people do: case and accents ignored, numbers by value, ties by id', () => {
    const list = byClientName([
      summary('Client 10', {}), summary('émile', {}), summary('Client 9', {}), summary('Alice', {}), summary('Zoé', {}), summary('Emile', { id: 'a-emile' }),
    ], 'fr');
    expect(list.map((s) => s.name)).toEqual(['Alice', 'Client 9', 'Client 10', 'Emile', 'émile', 'Zoé']);
    expect(byClientName(list.slice().reverse(), 'en').map((s) => s.id)).toEqual(list.map((s) => s.id));
  });
});

describe('sorting the client table', () => {
  it('opens on the most recent session first', () => {
    expect(names(sortClients(clients, DEFAULT_SORT))).toEqual(['Zoé', 'Émile', 'alice', 'Bruno']);
  });

  it('sorts names as people read them (case and accents ignored), both ways', () => {
    expect(names(sortClients(clients, { key: 'name', direction: 'ascending' }))).toEqual(['alice', 'Bruno', 'Émile', 'Zoé']);
    expect(names(sortClients(clients, { key: 'name', direction: 'descending' }))).toEqual(['Zoé', 'Émile', 'Bruno', 'alice']);
  });

  it('puts clients without a value last in either direction, and breaks ties by name', () => {
    expect(names(sortClients(clients, { key: 'score', direction: 'ascending' }))).toEqual(['alice', 'Bruno', 'Émile', 'Zoé']);
    expect(names(sortClients(clients, { key: 'score', direction: 'descending' }))).toEqual(['Bruno', 'Émile', 'alice', 'Zoé']);
    expect(names(sortClients(clients, { key: 'errors', direction: 'descending' }))).toEqual(['alice', 'Bruno', 'Émile', 'Zoé']);
  });

  it('orders the next post by instant, whatever the offset', () => {
    // Zoé's 08:00+01:00 is 07:00Z, before Bruno's 09:00Z.
    expect(names(sortClients(clients, { key: 'nextPost', direction: 'ascending' }))).toEqual(['Zoé', 'Bruno', 'Émile', 'alice']);
  });

  it('sorts by coverage, clients with nothing to cover last', () => {
    const covered = clients.map((c, i) => ({ ...c, coverage: [60, null, 100, 25][i] ?? null }));
    const order = (direction: 'ascending' | 'descending') => names(sortClients(covered, { key: 'coverage', direction }));
    expect(order('ascending').at(-1)).toBe(covered[1]!.name);
    expect(order('ascending').slice(0, 3)).toEqual([covered[3]!.name, covered[0]!.name, covered[2]!.name]);
    expect(order('descending').slice(0, 3)).toEqual([covered[2]!.name, covered[0]!.name, covered[3]!.name]);
  });

  it('keeps name order for ties and uses no collation of its own (the list comes in name order)', () => {
    const tied = byClientName(['Zoé', 'alice', 'Émile', 'Bruno'].map((n) => summary(n, { score: 50 })), 'fr');
    const byScore: ClientSort = { key: 'score', direction: 'descending' };
    expect(names(sortClients(tied, byScore))).toEqual(['alice', 'Bruno', 'Émile', 'Zoé']);
  });

  it('turns the order round on a second click, and starts each column at its useful end', () => {
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'errors')).toEqual({ key: 'errors', direction: 'descending' });
    expect(nextSort({ key: 'errors', direction: 'descending' }, 'score')).toEqual({ key: 'score', direction: 'ascending' });
  });
});

import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../shared/schema/workspace';
import { cloneJson, duplicateWorkspace, newProfile, newWorkspace, replaceIds, workspaceName } from '../../../shared/domain/workspace/factory';

const NOW = new Date('2025-03-01T09:00:00.000Z');
const LATER = new Date('2025-04-01T10:00:00.000Z');

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${(n += 1)}`;
}

describe('newWorkspace', () => {
  it('builds a valid empty workspace from the id and time given', () => {
    const ws = newWorkspace('  Jeanne Dupont ', { id: 'ws1', now: NOW });
    expect(Workspace.parse(ws)).toEqual(ws);
    expect(ws).toMatchObject({ id: 'ws1', name: 'Jeanne Dupont', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), profiles: [], posts: [] });
    expect(ws.person.displayName).toBe('');
  });

  it('never produces a name the schema rejects', () => {
    expect(newWorkspace('   ', { id: 'w', now: NOW }).name).toBe('Vitrine');
    expect(newWorkspace('x'.repeat(300), { id: 'w', now: NOW }).name).toHaveLength(200);
    expect(workspaceName('', 'Copie')).toBe('Copie');
  });
});

describe('newProfile', () => {
  it('fills defaults and keeps the fields given', () => {
    const p = newProfile('malt', { id: 'p1', handle: 'jeanne', status: 'to-create' });
    expect(p).toMatchObject({ id: 'p1', network: 'malt', handle: 'jeanne', status: 'to-create', url: '', audience: 'professional', photo: {}, facts: { photo: { state: 'unchecked', source: null } }, theme: null });
  });
});

describe('duplicateWorkspace', () => {
  function source(): Workspace {
    const ws = newWorkspace('Client A', { id: 'ws1', now: NOW });
    ws.profiles = [newProfile('linkedin', { id: 'p1', handle: 'a' }), newProfile('github', { id: 'p2', handle: 'b' })];
    ws.posts = [
      { id: 'post1', profileId: 'p2', network: 'github', date: '2025-01-01T08:00:00Z', status: 'published', theme: '', text: '', link: '', promotional: false, notes: '', slotKey: 'p2|2025-01-01', source: null },
      { id: 'post2', profileId: null, network: 'x', date: '2025-01-02T08:00:00Z', status: 'idea', theme: '', text: '', link: '', promotional: false, notes: '', slotKey: null, source: null },
    ];
    ws.dismissals = [{ key: 'missing-photo:p1', code: 'missing-photo', profileId: 'p1', reason: 'no', at: '2025-01-01T00:00:00Z' }];
    ws.scoreHistory = [{ at: '2025-01-01T00:00:00Z', score: 50 }];
    ws.archived = true;
    return ws;
  }

  it('gives fresh ids and remaps every reference', () => {
    const original = source();
    const before = cloneJson(original);
    const copy = duplicateWorkspace(original, { id: 'ws2', now: LATER, name: 'Client B', idGen: counter('n') });
    expect(original).toEqual(before);
    expect(Workspace.parse(copy)).toEqual(copy);
    expect(copy).toMatchObject({ id: 'ws2', name: 'Client B', createdAt: LATER.toISOString(), archived: false, scoreHistory: [] });
    expect(copy.profiles.map((p) => [p.id, p.handle])).toEqual([['n1', 'a'], ['n2', 'b']]);
    expect(copy.posts.map((p) => [p.id, p.profileId, p.slotKey])).toEqual([['n3', 'n2', 'n2|2025-01-01'], ['n4', null, null]]);
    expect(copy.dismissals[0]).toMatchObject({ key: 'missing-photo:n1', profileId: 'n1' });
  });

  it('shares no objects with the original', () => {
    const original = source();
    const copy = duplicateWorkspace(original, { id: 'ws2', now: LATER, name: '', idGen: counter('n') });
    expect(copy.name).toBe('Client A');
    copy.profiles[0]?.links.push('https://example.org');
    copy.person.skills.push('React');
    expect(original.profiles[0]?.links).toEqual([]);
    expect(original.person.skills).toEqual([]);
  });
});

describe('replaceIds', () => {
  it('replaces whole tokens only', () => {
    expect(replaceIds('rule:p1:p10', new Map([['p1', 'x']]))).toBe('rule:x:p10');
  });
});

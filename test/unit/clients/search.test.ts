import { describe, expect, it } from 'vitest';
import { searchIndex, summarize } from '../../../electron/services/summaries';
import { filterClients } from '../../../renderer/src/features/clients/filter';
import { clientSearchText, searchableUrl, searchWords } from '../../../shared/domain/workspace/client-search';
import { profile, workspace } from '../../fixtures/audit/build';

const NOW = new Date('2026-11-30T10:00:00Z');

function client(name: string, handle: string) {
  return workspace({
    id: `ws-${handle}`,
    name,
    person: { displayName: name },
    profiles: [
      profile({ id: `${handle}-li`, network: 'linkedin', url: `https://www.linkedin.com/in/${handle}/`, handle, displayName: name }),
      profile({ id: `${handle}-gh`, network: 'github', url: `https://github.com/${handle}`, handle, displayName: name }),
    ],
  });
}

describe('the client search', () => {
  const clients = [client('Inès Mercier', 'ines-mercier'), client('Jonas Weber', 'jweber')];
  const summaries = clients.map((ws) => summarize(ws, NOW));
  const index = searchIndex(clients);

  it('keeps each piece once and addresses without scheme, www or trailing slash', () => {
    const text = index['ws-ines-mercier']!.split('\n');
    expect(text.filter((t) => t === 'inès mercier')).toHaveLength(1);
    expect(text).toContain('linkedin.com/in/ines-mercier');
    expect(text).toContain('github.com/ines-mercier');
    expect(text.some((t) => t.includes('https://') || t.startsWith('www.'))).toBe(false);
    expect(clientSearchText({ words: ['A', 'a ', ''], urls: ['HTTPS://WWW.X.com/A/'] })).toBe('a\nx.com/a');
  });

  it('finds a client by a pasted address, a partial address, a handle or words of the name in any order', () => {
    const names = (q: string) => filterClients(summaries, q, 'all', index).map((s) => s.name);
    expect(names('https://www.linkedin.com/in/ines-mercier/')).toEqual(['Inès Mercier']);
    expect(names('http://linkedin.com/in/ines-mercier')).toEqual(['Inès Mercier']);
    expect(names('github.com/jweber')).toEqual(['Jonas Weber']);
    expect(names('jweber')).toEqual(['Jonas Weber']);
    expect(names('mercier inès')).toEqual(['Inès Mercier']);
    expect(names('linkedin.com/in/nobody')).toEqual([]);
  });

  it('finds by name, headline and network before the index has come, and by handle only once it has', () => {
    const before = (q: string) => filterClients(summaries, q, 'all', null).map((s) => s.name);
    expect(before('weber')).toEqual(['Jonas Weber']);
    expect(before('github')).toHaveLength(2);
    expect(before('jweber')).toEqual([]);
    expect(filterClients(summaries, '', 'all', null)).toHaveLength(2);
  });

  it('trims only what looks like an address in the query', () => {
    expect(searchWords('  Inès   WWW.site.fr/ https://a.b/c/ ')).toEqual(['inès', 'site.fr', 'a.b/c']);
    expect(searchableUrl('mailto://x')).toBe('x');
    expect(searchWords('   ')).toEqual([]);
  });
});

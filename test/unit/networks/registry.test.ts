import { describe, expect, it } from 'vitest';
import { identify } from '../../../shared/domain/networks/identify';
import { createRegistry, defaultRegistry, networkForWorkspace, validateCustomNetworks } from '../../../shared/domain/networks/registry';
import type { NetworkDefinitionInput } from '../../../shared/schema/network';

const ordre: NetworkDefinitionInput = {
  id: 'ordre-pharmaciens',
  label: 'Annuaire Ordre des pharmaciens',
  kind: 'professional',
  hosts: ['annuaire.ordre-pharma.example'],
  profilePaths: ['/pharmacien/{handle}'],
  canonicalUrl: 'https://annuaire.ordre-pharma.example/pharmacien/{handle}',
  nonProfilePaths: [{ prefix: '/officine/', reason: 'pharmacy page' }],
  handlePattern: '[0-9]{6,12}',
  trades: ['pharmacist'],
};

describe('registry', () => {
  it('lists built-ins, finds by id and by trade', () => {
    const reg = defaultRegistry();
    expect(reg.get('linkedin')?.label).toBe('LinkedIn');
    expect(reg.get('nope')).toBeUndefined();
    expect(reg.byTrade('pharmacist').map((n) => n.id).sort()).toEqual(['pharmareseau', 'talentpharmacie']);
    expect(reg.byTrade('Freelance').map((n) => n.id)).toEqual([]);
    expect(reg.byTrade('developer').map((n) => n.id).sort()).toEqual(['github']);
    expect(reg.byTrade('translator').map((n) => n.id)).toEqual(['proz']);
    expect(reg.byTrade('designer').map((n) => n.id).sort()).toEqual(['behance', 'dribbble']);
    expect(reg.issues).toEqual([]);
  });

  it('recognises a user-defined network, its trade and its non-profile pages', () => {
    const reg = createRegistry([ordre]);
    expect(reg.issues).toEqual([]);
    expect(reg.all().at(-1)?.id).toBe('ordre-pharmaciens');
    expect(reg.byTrade('pharmacist').map((n) => n.id)).toContain('ordre-pharmaciens');
    expect(identify('annuaire.ordre-pharma.example/pharmacien/10123456/', reg)).toEqual({
      ok: true, network: 'ordre-pharmaciens', handle: '10123456', canonicalUrl: 'https://annuaire.ordre-pharma.example/pharmacien/10123456',
    });
    const page = identify('https://annuaire.ordre-pharma.example/officine/42', reg);
    expect(page).toMatchObject({ ok: false, code: 'not-a-profile' });
    if (!page.ok) expect(page.message.fr).toContain('pharmacy page');
    // The default registry does not know it.
    expect(identify('https://annuaire.ordre-pharma.example/pharmacien/10123456')).toMatchObject({ ok: false, code: 'unknown-network' });
  });

  it('refuses a custom network that clashes with a built-in, with a clear per-field message', () => {
    const issues = validateCustomNetworks([{ ...ordre, id: 'linkedin' }]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ index: 0, id: 'linkedin', field: 'id' });
    expect(issues[0]?.message.en).toContain('built-in');
    expect(issues[0]?.message.fr).toContain('intégré');
  });

  it('reports invalid custom networks instead of throwing, and keeps the valid ones', () => {
    const reg = createRegistry([
      { ...ordre, id: 'Bad Id' },
      { ...ordre, id: 'steals-host', hosts: ['www.linkedin.com'] },
      { ...ordre, id: 'bad-regex', hosts: ['a.example'], handlePattern: '([' },
      { ...ordre, id: 'bad-template', hosts: ['b.example'], profilePaths: ['/u/'] },
      ordre,
      { ...ordre },
    ]);
    expect(reg.issues.map((i) => [i.index, i.field])).toEqual([
      [0, 'id'], [1, 'hosts[0]'], [2, 'handlePattern'], [3, 'profilePaths[0]'], [5, 'id'], [5, 'hosts[0]'],
    ]);
    expect(reg.get('ordre-pharmaciens')).toBeDefined();
    expect(reg.get('bad-regex')).toBeUndefined();
    expect(identify('https://www.linkedin.com/in/jdoe', reg)).toMatchObject({ ok: true, network: 'linkedin' });
  });

  it('lets the user override built-in limits, field by field', () => {
    const reg = createRegistry([], { linkedin: { headlineMax: 120 }, x: { nameMax: -3 } as never });
    expect(reg.limitsFor('linkedin')).toMatchObject({ headlineMax: 120, summaryMax: 2600 });
    expect(reg.limitsFor('x')).toEqual(defaultRegistry().limitsFor('x'));
    expect(reg.issues).toHaveLength(1);
    expect(reg.issues[0]?.field).toBe('limitOverrides.x.nameMax');
    expect(reg.limitsFor('unknown')).toEqual({});
  });

  it('builds one registry per workspace value', () => {
    const ws = { customNetworks: [ordre], limitOverrides: {} } as never;
    expect(networkForWorkspace(ws)).toBe(networkForWorkspace(ws));
    expect(networkForWorkspace({ customNetworks: [], limitOverrides: {} })).toBe(defaultRegistry());
    expect(networkForWorkspace(ws).get('ordre-pharmaciens')).toBeDefined();
  });
});

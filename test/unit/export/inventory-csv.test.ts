import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { inventoryCsv, neutralizeFormula } from '../../../shared/domain/export/inventory-csv';
import { newProfile, newWorkspace } from '../../../shared/domain/workspace/factory';

const NOW = new Date('2025-03-01T09:00:00.000Z');

function client(name: string, id: string) {
  const ws = newWorkspace(name, { id, now: NOW });
  ws.profiles = [
    newProfile('linkedin', { id: `${id}-1`, url: 'https://www.linkedin.com/in/jeanne', handle: 'jeanne', displayName: 'Jeanne Dupont', headline: 'Pharmacienne, "officine"; Lyon', facts: { photo: { state: 'known' } }, lastReviewed: '2025-01-15' }),
    newProfile('viadeo', { id: `${id}-2`, status: 'dormant', headline: '=HYPERLINK("http://evil.example","clic")' }),
    newProfile('facebook', { id: `${id}-3`, audience: 'personal', displayName: '@jeanne', headline: '+33 6 00 00 00 00' }),
  ];
  return ws;
}

function rows(csv: string, delimiter: string): string[][] {
  const parsed = Papa.parse<string[]>(csv, { delimiter });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('inventoryCsv', () => {
  it('writes one row per profile with English headers and labels', () => {
    const table = rows(inventoryCsv(client('Jeanne Dupont', 'w1'), { lang: 'en' }), ',');
    expect(table[0]).toEqual(['Client', 'Network', 'Status', 'Audience', 'URL', 'Handle', 'Display name', 'Headline', 'Photo', 'Last reviewed']);
    expect(table[1]).toEqual(['Jeanne Dupont', 'LinkedIn', 'active', 'professional', 'https://www.linkedin.com/in/jeanne', 'jeanne', 'Jeanne Dupont', 'Pharmacienne, "officine"; Lyon', 'yes', '2025-01-15']);
    expect(table[2]?.slice(1, 4)).toEqual(['Viadeo', 'dormant', 'professional']);
    expect(table).toHaveLength(4);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const table = rows(inventoryCsv(client('=cmd|calc', 'w1'), { lang: 'en' }), ',');
    expect(table[1]?.[0]).toBe("'=cmd|calc");
    expect(table[2]?.[7]).toBe('\'=HYPERLINK("http://evil.example","clic")');
    expect(table[3]?.[6]).toBe("'@jeanne");
    expect(table[3]?.[7]).toBe("'+33 6 00 00 00 00");
    expect(['-1', '\tx', 'ok', '', 'a=b'].map(neutralizeFormula)).toEqual(["'-1", "'\tx", 'ok', '', 'a=b']);
  });

  it('also neutralises formulas behind leading blanks and in full-width or small forms', () => {
    const hostile = [' =1+1', '  @SUM(A1)', '\u00a0+1', '\u3000=1', '\n=cmd', '＝HYPERLINK("http://evil.example")', '＋33', '－1', '＠user', '﹦1', '−1'];
    for (const cell of hostile) expect(neutralizeFormula(cell), JSON.stringify(cell)).toBe(`'${cell}`);
    for (const cell of [' plain', 'Pharmacienne = passion', 'a＝b', '  ']) expect(neutralizeFormula(cell)).toBe(cell);
    const table = rows(inventoryCsv(client('＝cmd|calc', 'w1'), { lang: 'en' }), ',');
    expect(table[1]?.[0]).toBe("'＝cmd|calc");
  });

  it('covers a whole library, in French with semicolons, with an optional score column', () => {
    const csv = inventoryCsv([client('Jeanne', 'w1'), client('Paul', 'w2')], { lang: 'fr', score: (p) => (p.network === 'viadeo' ? null : 72.4) });
    expect(csv.split('\r\n')).toHaveLength(7);
    const table = rows(csv, ';');
    expect(table[0]).toEqual(['Client', 'Réseau', 'Statut', 'Public', 'URL', 'Identifiant', 'Nom affiché', 'Titre', 'Photo', 'Dernière revue', 'Score']);
    expect(table.map((r) => r[0])).toEqual(['Client', 'Jeanne', 'Jeanne', 'Jeanne', 'Paul', 'Paul', 'Paul']);
    expect(table[1]?.slice(8)).toEqual(['oui', '2025-01-15', '72']);
    expect(table[2]?.slice(2, 4)).toEqual(['en sommeil', 'professionnel']);
    expect(table[2]?.[10]).toBe('');
    expect(table[3]?.[3]).toBe('personnel');
  });

  it('labels user-defined networks and falls back to the id', () => {
    const ws = client('C', 'w1');
    ws.customNetworks = [{ id: 'ordre-pharma', label: 'Ordre des pharmaciens', kind: 'professional', builtIn: false, legacy: false, hosts: [], profilePaths: [], reservedHandles: [], nonProfilePaths: [], fediverse: false, limits: {}, recommendedFields: [], trades: [], features: { follow: false, wall: false, keywords: false }, customFields: [] }];
    ws.profiles = [newProfile('ordre-pharma', { id: 'x' }), newProfile('gone-network', { id: 'y' })];
    const table = rows(inventoryCsv(ws, { lang: 'en', delimiter: '\t' }), '\t');
    expect(table.map((r) => r[1])).toEqual(['Network', 'Ordre des pharmaciens', 'gone-network']);
  });

  it('writes only the header for an empty library', () => {
    expect(inventoryCsv([], { lang: 'en' })).toBe('Client,Network,Status,Audience,URL,Handle,Display name,Headline,Photo,Last reviewed\r\n');
  });
});

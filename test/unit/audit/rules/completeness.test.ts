import { describe, expect, it } from 'vitest';
import { ABSENT, findingsOf, single, UNCHECKED } from '../../../fixtures/audit/build';

describe('completeness rules', () => {
  it.each([
    ['missing-photo', 'photo', { facts: { photo: ABSENT } }],
    ['missing-name', 'displayName', { displayName: '  ' }],
    ['missing-headline', 'headline', { headline: '' }],
    ['missing-summary', 'summary', { summary: '' }],
  ] as const)('%s fires on a field known to be empty, not on a filled one nor on one nobody checked', (code, fact, emptied) => {
    const found = findingsOf(single(emptied), code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ profileId: 'p1', network: 'linkedin', key: `${code}:p1` });
    expect(found[0]!.message.en).toContain('LinkedIn');
    expect(findingsOf(single(), code)).toEqual([]);
    expect(findingsOf(single({ ...emptied, facts: { [fact]: UNCHECKED } }), code)).toEqual([]);
  });

  it('missing-* rules skip networks that do not recommend the field', () => {
    const custom = { id: 'guild', label: 'Guild', kind: 'professional' as const, recommendedFields: ['displayName' as const] };
    const ws = single({ network: 'guild', url: 'https://guild.example/u/p1', facts: { photo: ABSENT }, headline: '' }, { customNetworks: [custom] });
    expect(findingsOf(ws, 'missing-photo')).toEqual([]);
    expect(findingsOf(ws, 'missing-headline')).toEqual([]);
  });

  it('headline-too-long gives the length and the network limit, in both languages', () => {
    const [f] = findingsOf(single({ headline: 'x'.repeat(250) }), 'headline-too-long');
    expect(f?.message.fr).toBe('Le titre fait 250 caractères ; LinkedIn en autorise 220.');
    expect(f?.message.en).toBe('The headline is 250 characters long; LinkedIn allows 220.');
    expect(f?.severity).toBe('error');
    expect(findingsOf(single({ headline: 'x'.repeat(220) }), 'headline-too-long')).toEqual([]);
  });

  it('lengths count characters, not UTF-16 units (emoji)', () => {
    expect(findingsOf(single({ headline: '🙂'.repeat(200) }), 'headline-too-long')).toEqual([]);
  });

  it('summary-too-long uses the user override of the limit', () => {
    const summary = 'Pharmacienne. '.repeat(100);
    expect(findingsOf(single({ summary }), 'summary-too-long')).toEqual([]);
    const [f] = findingsOf(single({ summary }, { limitOverrides: { linkedin: { summaryMax: 1000 } } }), 'summary-too-long');
    expect(f?.params).toMatchObject({ length: summary.length, max: 1000 });
  });

  it('summary-too-short fires under the minimum, not on an empty summary (missing-summary covers it)', () => {
    const overrides = { limitOverrides: { linkedin: { summaryMin: 200 } } };
    const [f] = findingsOf(single({ summary: 'Pharmacienne à Lyon.' }, overrides), 'summary-too-short');
    expect(f?.message.fr).toBe('Le résumé fait 20 caractères ; visez au moins 200 sur LinkedIn.');
    expect(findingsOf(single({ summary: '' }, overrides), 'summary-too-short')).toEqual([]);
    expect(findingsOf(single({ summary: 'x'.repeat(200) }, overrides), 'summary-too-short')).toEqual([]);
  });

  it('summary-too-short costs what a missing summary costs under half the minimum, its own points above', () => {
    const overrides = { limitOverrides: { linkedin: { summaryMin: 200 } } };
    expect(findingsOf(single({ summary: 'Consultant RH.' }, overrides), 'summary-too-short')[0]?.points).toBe(10);
    expect(findingsOf(single({ summary: 'x'.repeat(99) }, overrides), 'summary-too-short')[0]?.points).toBe(10);
    expect(findingsOf(single({ summary: 'x'.repeat(100) }, overrides), 'summary-too-short')[0]?.points).toBe(5);
    expect(findingsOf(single({ summary: 'x'.repeat(199) }, overrides), 'summary-too-short')[0]?.points).toBe(5);
  });

  it('missing-keywords counts against the network minimum (Malt asks for keywords)', () => {
    const malt = { network: 'malt', url: 'https://www.malt.fr/profile/jeannedupont', handle: 'jeannedupont' };
    const [f] = findingsOf(single({ ...malt, keywords: ['React', ' '] }), 'missing-keywords');
    expect(f?.params.count).toBe(1);
    expect(Number(f?.params.min)).toBeGreaterThan(1);
    const enough = Array.from({ length: 20 }, (_, i) => `skill ${i}`);
    expect(findingsOf(single({ ...malt, keywords: enough }), 'missing-keywords')).toEqual([]);
  });

  it('missing-keywords ignores networks without keywords (X)', () => {
    expect(findingsOf(single({ network: 'x', url: 'https://x.com/jdupont', handle: 'jdupont', keywords: [] }), 'missing-keywords')).toEqual([]);
  });

  it('summary-looks-like-cv fires on a pasted CV and lists its signals', () => {
    const summary = [
      'Expérience',
      'Pharmacienne adjointe – Pharmacie du Centre',
      'janv. 2020 - présent',
      'Pharmacienne – Pharmacie des Lilas',
      '2016 – 2019',
      'Formation',
      'Doctorat en pharmacie, Lyon, 2010 - 2016',
    ].join('\n');
    const [f] = findingsOf(single({ summary }), 'summary-looks-like-cv');
    expect(f?.params.signals).toEqual(expect.arrayContaining(['dated-lines', 'section-headers']));
    expect(f?.message.fr).toContain('3 lignes datées');
    expect(findingsOf(single(), 'summary-looks-like-cv')).toEqual([]);
  });
});

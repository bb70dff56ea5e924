import { describe, expect, it } from 'vitest';
import { auditWorkspace } from '../../../../shared/domain/audit/engine';
import { DECLINING_SCORE_WEIGHT } from '../../../../shared/domain/networks/catalog';
import { ABSENT, findingsOf, NOW, profile, single, workspace } from '../../../fixtures/audit/build';

const facebook = { network: 'facebook', url: 'https://www.facebook.com/jeanne.dupont.pharma', handle: 'jeanne.dupont.pharma' };

describe('settings rules', () => {
  it('follow-disabled fires when following is off on a network that has it', () => {
    expect(findingsOf(single({ ...facebook, followOpen: false }), 'follow-disabled')).toHaveLength(1);
    expect(findingsOf(single({ ...facebook, followOpen: true }), 'follow-disabled')).toEqual([]);
    expect(findingsOf(single({ ...facebook, followOpen: null }), 'follow-disabled')).toEqual([]);
  });

  it('follow-disabled ignores networks without a follow feature (Malt)', () => {
    const malt = { network: 'malt', url: 'https://www.malt.fr/profile/jeannedupont', handle: 'jeannedupont' };
    expect(findingsOf(single({ ...malt, followOpen: false }), 'follow-disabled')).toEqual([]);
  });

  it('wall-open fires on a Facebook profile with an open wall, saying what a public personal wall exposes', () => {
    const [f] = findingsOf(single({ ...facebook, wallRestricted: false }), 'wall-open');
    expect(f?.field).toBe('wallRestricted');
    expect(findingsOf(single({ ...facebook, wallRestricted: true }), 'wall-open')).toEqual([]);
    const [personal] = findingsOf(single({ ...facebook, wallRestricted: false, audience: 'personal' }), 'wall-open');
    expect(personal?.message.fr).toBe('Le mur de votre profil personnel Facebook est public : clients et recruteurs peuvent y lire votre vie privée.');
    expect(findingsOf(single({ ...facebook, wallRestricted: true, audience: 'personal' }), 'wall-open')).toEqual([]);
  });

  it('stale-profile fires past workspace.settings.staleMonths, and is info when never reviewed', () => {
    const [old] = findingsOf(single({ lastReviewed: '2023-12-31' }, { settings: { staleMonths: 12 } }), 'stale-profile');
    expect(old).toMatchObject({ severity: 'warning', points: 3 });
    expect(old?.message.en).toContain('since 31 December 2023');
    expect(old?.message.fr).toContain('depuis le 31 décembre 2023');
    expect(findingsOf(single({ lastReviewed: '2024-03-02' }, { settings: { staleMonths: 12 } }), 'stale-profile')).toEqual([]);
    expect(findingsOf(single({ lastReviewed: '2024-08-15' }, { settings: { staleMonths: 6 } }), 'stale-profile')).toHaveLength(1);
    const [never] = findingsOf(single({ lastReviewed: null }), 'stale-profile');
    expect(never).toMatchObject({ severity: 'info', points: 0 });
  });

  const viadeo = { network: 'viadeo', url: 'https://fr.viadeo.com/fr/profile/jeanne.dupont', handle: 'jeanne.dupont' };

  it('legacy-network fires on Viadeo, active or dormant, not on LinkedIn, with advice about the profile’s fate', () => {
    const [f] = findingsOf(single({ ...viadeo, status: 'dormant', lastReviewed: '2019-03-01' }), 'legacy-network');
    expect(f?.message.fr).toBe('Viadeo est un réseau en déclin et votre profil n’y a pas été relu depuis le 1er mars 2019 : mettez-le à jour en quelques lignes, ou archivez-le et fermez-le.');
    expect(f?.message.en).toContain('bring it up to date in a few lines, or archive and close it');
    expect(findingsOf(single({ ...viadeo, lastReviewed: '2025-02-01' }), 'legacy-network')[0]?.message.en).toContain('your profile there is up to date');
    expect(findingsOf(single(), 'legacy-network')).toEqual([]);
  });

  it('a declining network gets no completeness, keyword, review or consistency requests', () => {
    const empty = single({ ...viadeo, facts: { photo: ABSENT }, headline: '', summary: '', keywords: [], displayName: 'J. D.', lastReviewed: '2015-01-01' });
    const codes = findingsOf(empty, 'legacy-network').concat(
      ...['missing-photo', 'missing-headline', 'missing-summary', 'missing-keywords', 'stale-profile', 'name-inconsistent'].map((c) => findingsOf(empty, c)),
    ).map((f) => f.code);
    expect(codes).toEqual(['legacy-network']);
    // The same empty profile on a live network gets them.
    expect(findingsOf(single({ facts: { photo: ABSENT }, summary: '' }), 'missing-summary')).toHaveLength(1);
  });

  it('a declining network’s profile weighs a quarter of a live one in the workspace score', () => {
    const ws = workspace({ profiles: [profile({ id: 'li' }), profile({ id: 'vi', ...viadeo, lastReviewed: '2015-01-01' })] });
    const report = auditWorkspace(ws, { now: NOW });
    const vi = report.profiles.find((p) => p.id === 'vi')!.score;
    const li = report.profiles.find((p) => p.id === 'li')!.score;
    expect(report.base).toBeCloseTo((li + vi * DECLINING_SCORE_WEIGHT) / (1 + DECLINING_SCORE_WEIGHT), 1);
  });
});

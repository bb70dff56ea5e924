import { describe, expect, it } from 'vitest';
import { findingsOf, single } from '../../../fixtures/audit/build';

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

  it('wall-open fires on a professional Facebook profile with an open wall only', () => {
    const [f] = findingsOf(single({ ...facebook, wallRestricted: false }), 'wall-open');
    expect(f?.field).toBe('wallRestricted');
    expect(findingsOf(single({ ...facebook, wallRestricted: true }), 'wall-open')).toEqual([]);
    expect(findingsOf(single({ ...facebook, wallRestricted: false, audience: 'personal' }), 'wall-open')).toEqual([]);
  });

  it('stale-profile fires past workspace.settings.staleMonths, and is info when never reviewed', () => {
    const [old] = findingsOf(single({ lastReviewed: '2023-12-31' }, { settings: { staleMonths: 12 } }), 'stale-profile');
    expect(old).toMatchObject({ severity: 'warning', points: 3 });
    expect(old?.message.en).toContain('2023-12-31');
    expect(findingsOf(single({ lastReviewed: '2024-03-02' }, { settings: { staleMonths: 12 } }), 'stale-profile')).toEqual([]);
    expect(findingsOf(single({ lastReviewed: '2024-08-15' }, { settings: { staleMonths: 6 } }), 'stale-profile')).toHaveLength(1);
    const [never] = findingsOf(single({ lastReviewed: null }), 'stale-profile');
    expect(never).toMatchObject({ severity: 'info', points: 0 });
  });

  it('legacy-network fires on Viadeo, active or dormant, not on LinkedIn', () => {
    const viadeo = { network: 'viadeo', url: 'https://fr.viadeo.com/fr/profile/jeanne.dupont', handle: 'jeanne.dupont' };
    expect(findingsOf(single({ ...viadeo, status: 'dormant' }), 'legacy-network')).toHaveLength(1);
    expect(findingsOf(single(), 'legacy-network')).toEqual([]);
  });
});

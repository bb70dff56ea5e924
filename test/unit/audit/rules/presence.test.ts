import { describe, expect, it } from 'vitest';
import { tradeTags } from '../../../../shared/domain/audit/trades';
import { findingsOf, profile, workspace } from '../../../fixtures/audit/build';

const subjects = (ws: Parameters<typeof findingsOf>[0]) => findingsOf(ws, 'suggest-network').map((f) => f.subject).sort();

describe('presence rules', () => {
  it('maps free-text trades to tags, in French and English', () => {
    expect(tradeTags('Pharmacienne titulaire', 'other').map((t) => t.tag)).toEqual(['pharmacist']);
    expect(tradeTags('Développeuse indépendante', 'other').map((t) => t.tag)).toEqual(['freelance', 'developer']);
    expect(tradeTags('UX designer', 'other').map((t) => t.tag)).toEqual(['designer']);
    expect(tradeTags('Comptable', 'freelance').map((t) => t.tag)).toEqual(['freelance']);
    expect(tradeTags('Comptable', 'job-search')).toEqual([]);
  });

  it('suggest-network asks a pharmacist for both pharmacy networks', () => {
    const ws = workspace({ person: { trade: 'pharmacienne' }, profiles: [profile({ id: 'li' })] });
    expect(subjects(ws)).toEqual(['pharmareseau', 'talentpharmacie']);
    const [f] = findingsOf(ws, 'suggest-network');
    expect(f).toMatchObject({ profileId: null, field: null });
    expect(f?.message.fr).toMatch(/^En tant que pharmacien·ne, ayez un profil /);
  });

  it('suggest-network is quiet when the trade’s networks are there (a planned one counts)', () => {
    const ws = workspace({
      person: { trade: 'Pharmacien' },
      profiles: [
        profile({ id: 'li' }),
        profile({ id: 'tp', network: 'talentpharmacie', url: 'https://www.talentpharmacie.fr/profil/jdupont' }),
        profile({ id: 'pr', network: 'pharmareseau', url: '', status: 'to-create' }),
      ],
    });
    expect(subjects(ws)).toEqual([]);
  });

  it('suggest-network asks a designer for Behance or Dribbble, once', () => {
    const ws = workspace({ person: { trade: 'Graphiste' }, profiles: [profile({ id: 'li' })] });
    expect(subjects(ws)).toEqual(['designer']);
    expect(findingsOf(ws, 'suggest-network')[0]?.message.en).toBe('As a designer, have a profile on Behance or Dribbble.');
    const withDribbble = workspace({ person: { trade: 'Graphiste' }, profiles: [profile({ id: 'li' }), profile({ id: 'dr', network: 'dribbble', url: 'https://dribbble.com/jdupont' })] });
    expect(subjects(withDribbble)).toEqual([]);
  });

  it('suggest-network uses user-defined networks of the trade too', () => {
    const customNetworks = [{ id: 'officinejobs', label: 'OfficineJobs', kind: 'professional' as const, trades: ['pharmacist'] }];
    expect(subjects(workspace({ person: { trade: 'pharmacienne' }, customNetworks }))).toContain('officinejobs');
  });

  it('too-many-dormant fires at two dormant profiles or more dormant than active', () => {
    const dormant = (id: string) => profile({ id, status: 'dormant' });
    expect(findingsOf(workspace({ profiles: [profile({ id: 'a' }), profile({ id: 'b' }), dormant('c'), dormant('d')] }), 'too-many-dormant')[0]?.params).toEqual({ dormant: 2, active: 2 });
    expect(findingsOf(workspace({ profiles: [dormant('c')] }), 'too-many-dormant')).toHaveLength(1);
    expect(findingsOf(workspace({ profiles: [profile({ id: 'a' }), dormant('c')] }), 'too-many-dormant')).toEqual([]);
  });
});

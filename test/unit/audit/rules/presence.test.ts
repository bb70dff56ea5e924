import { describe, expect, it } from 'vitest';
import { findingsOf, profile, workspace } from '../../../fixtures/audit/build';

const subjects = (ws: Parameters<typeof findingsOf>[0]) => findingsOf(ws, 'suggest-network').map((f) => f.subject).sort();

describe('presence rules', () => {
  const subjectsFor = (person: object, profiles = [profile({ id: 'li' })]) => subjects(workspace({ person, profiles }));
  const gh = profile({ id: 'gh', network: 'github', url: 'https://github.com/jdupont' });

  it('suggest-network asks a pharmacist in France for both pharmacy networks, saying it is for the trade', () => {
    const ws = workspace({ person: { trade: 'pharmacienne', location: 'Lyon' }, profiles: [profile({ id: 'li' })] });
    expect(subjects(ws)).toEqual(['pharmareseau', 'talentpharmacie']);
    const [f] = findingsOf(ws, 'suggest-network');
    expect(f).toMatchObject({ profileId: null, field: null, params: { reason: 'trade' } });
    expect(f?.message.fr).toMatch(/^En tant que pharmacienne, ayez un profil (TalentPharmacie|Pharma Réseau) : c’est le réseau de votre métier\.$/);
    expect(subjectsFor({ trade: 'community pharmacist', location: 'Leeds, United Kingdom' })).toEqual([]);
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
    expect(subjects(ws)).toEqual(['behance|dribbble']);
    expect(findingsOf(ws, 'suggest-network')[0]?.message.en).toBe('As a designer, have a profile on Behance or Dribbble: it is your trade’s network.');
    const withDribbble = workspace({ person: { trade: 'Graphiste' }, profiles: [profile({ id: 'li' }), profile({ id: 'dr', network: 'dribbble', url: 'https://dribbble.com/jdupont' })] });
    expect(subjects(withDribbble)).toEqual([]);
  });

  it('suggest-network uses user-defined networks of the trade too', () => {
    const customNetworks = [{ id: 'officinejobs', label: 'OfficineJobs', kind: 'professional' as const, trades: ['pharmacist'] }];
    expect(subjects(workspace({ person: { trade: 'pharmacienne' }, customNetworks, profiles: [profile({ id: 'li' })] }))).toContain('officinejobs');
  });

  it('suggest-network asks every professional without LinkedIn for it, and nobody with an empty inventory', () => {
    const [f] = findingsOf(workspace({ profiles: [gh] }), 'suggest-network');
    expect(f).toMatchObject({ subject: 'linkedin', params: { reason: 'everyone' } });
    expect(f?.message.fr).toBe('Vous n’avez pas de profil LinkedIn : c’est là que recruteurs et clients vérifient d’abord un professionnel.');
    expect(subjects(workspace({ profiles: [] }))).toEqual([]);
    expect(subjects(workspace({ profiles: [profile({ id: 'li' })] }))).toEqual([]);
  });

  it('suggest-network asks for XING in Germany, Austria or Switzerland, or when writing in German, and not elsewhere', () => {
    expect(subjectsFor({ location: 'Zürich, Schweiz' })).toEqual(['xing']);
    expect(subjectsFor({ location: 'Wien' })).toEqual(['xing']);
    const [f] = findingsOf(workspace({ person: { location: 'Zürich' }, profiles: [profile({ id: 'li' })] }), 'suggest-network');
    expect(f).toMatchObject({ params: { reason: 'region' } });
    expect(f?.message.fr).toBe('Vous travaillez en Suisse : ayez aussi un profil XING, le réseau professionnel des pays germanophones.');
    expect(subjectsFor({ location: 'Lyon', summary: 'Ich bin Übersetzerin und arbeite mit Verlagen, die mir ihre Bücher anvertrauen.' })).toEqual(['xing']);
    expect(subjectsFor({ location: 'Lyon', summary: 'Je traduis des livres pour des éditeurs.' })).toEqual([]);
    const [aiming] = findingsOf(workspace({ person: { location: 'Lyon', headline: 'Product designer, open to roles in Switzerland' }, profiles: [profile({ id: 'li' })] }), 'suggest-network');
    expect(aiming?.message.fr).toBe('Vous visez la Suisse : ayez aussi un profil XING, le réseau professionnel des pays germanophones.');
    expect(subjects(workspace({ person: { location: 'Berlin' }, profiles: [profile({ id: 'li' }), profile({ id: 'xi', network: 'xing', url: 'https://www.xing.com/profile/Jeanne_Dupont' })] }))).toEqual([]);
  });

  it('suggest-network offers a freelance marketplace only to freelancers of a trade it serves, in its countries', () => {
    const dev = { trade: 'Développeuse web', goal: 'freelance' as const };
    const [f] = findingsOf(workspace({ person: { ...dev, location: 'Nantes' }, profiles: [profile({ id: 'li' }), gh] }), 'suggest-network');
    expect(f).toMatchObject({ subject: 'malt', params: { reason: 'goal' } });
    expect(f?.message.fr).toBe('En tant qu’indépendante, ayez un profil Malt : c’est là que les entreprises cherchent des freelances de votre métier.');
    expect(subjectsFor({ ...dev, location: 'Austin, Texas, USA' }, [profile({ id: 'li' }), gh])).toEqual([]);
    expect(subjectsFor({ ...dev, goal: 'job-search', location: 'Nantes' }, [profile({ id: 'li' }), gh])).toEqual([]);
    expect(subjectsFor({ trade: 'infirmière libérale', location: 'Nantes' })).toEqual([]);
    expect(subjectsFor({ trade: 'coach sportive indépendante', goal: 'freelance', location: 'Bordeaux' })).toEqual([]);
    expect(subjectsFor({ trade: 'traductrice indépendante', location: 'Montpellier' })).toEqual(['malt', 'proz']);
  });

  it('too-many-dormant fires at two dormant profiles or more dormant than active', () => {
    const dormant = (id: string) => profile({ id, status: 'dormant' });
    expect(findingsOf(workspace({ profiles: [profile({ id: 'a' }), profile({ id: 'b' }), dormant('c'), dormant('d')] }), 'too-many-dormant')[0]?.params).toEqual({ dormant: 2, active: 2 });
    expect(findingsOf(workspace({ profiles: [dormant('c')] }), 'too-many-dormant')).toHaveLength(1);
    expect(findingsOf(workspace({ profiles: [profile({ id: 'a' }), dormant('c')] }), 'too-many-dormant')).toEqual([]);
  });

  it('too-many-dormant costs 5 points per dormant profile: each one a visitor can find looks abandoned', () => {
    const dormant = (id: string) => profile({ id, status: 'dormant' });
    expect(findingsOf(workspace({ profiles: [profile({ id: 'a' }), dormant('c'), dormant('d')] }), 'too-many-dormant')[0]?.points).toBe(10);
    expect(findingsOf(workspace({ profiles: [profile({ id: 'a' }), dormant('c'), dormant('d'), dormant('e')] }), 'too-many-dormant')[0]?.points).toBe(15);
    expect(findingsOf(workspace({ profiles: [dormant('c')] }), 'too-many-dormant')[0]?.points).toBe(5);
  });
});

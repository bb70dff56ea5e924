import { describe, expect, it } from 'vitest';
import { auditWorkspace } from '../../../shared/domain/audit/engine';
import { scoreProgress } from '../../../shared/domain/audit/history';
import { markFact } from '../../../shared/domain/facts/record';
import { newProfile } from '../../../shared/domain/workspace/factory';
import type { ProfileInput, Workspace } from '../../../shared/schema/workspace';
import { ABSENT, NOW, profile, workspace } from '../../fixtures/audit/build';

const PASTED_CV = [
  'Expérience', 'Pharmacienne adjointe – Pharmacie du Centre', 'janv. 2020 - présent',
  'Pharmacienne – Pharmacie des Lilas', '2016 – 2019', 'Formation', 'Doctorat en pharmacie, Lyon, 2010 - 2016',
].join('\n');

const audit = (ws: Workspace) => auditWorkspace(ws, { now: NOW });

/** A job seeker with LinkedIn, Malt and X, everything typed and checked. */
function jobSeeker(linkedin: Partial<ProfileInput> = {}): Workspace {
  return workspace({
    person: { displayName: 'Jeanne Dupont', headline: 'Pharmacienne d’officine', goal: 'job-search' },
    profiles: [
      profile({ id: 'li', links: ['https://www.malt.fr/profile/jeannedupont', 'https://x.com/jeannedupont'], ...linkedin }),
      profile({
        id: 'malt', network: 'malt', url: 'https://www.malt.fr/profile/jeannedupont', handle: 'jeannedupont',
        summary: 'Je remplace les titulaires d’officine de la région lyonnaise pour des missions d’une semaine à trois mois : dispensation, conseil, gestion des stocks et encadrement de l’équipe, avec la même exigence que dans ma propre pharmacie.',
        keywords: ['remplacement', 'officine', 'dispensation', 'conseil', 'vaccination', 'gestion des stocks', 'management'],
        links: ['https://www.linkedin.com/in/jeanne-dupont-li', 'https://x.com/jeannedupont'],
      }),
      profile({
        id: 'x', network: 'x', url: 'https://x.com/jeannedupont', handle: 'jeannedupont', summary: 'Pharmacienne à Lyon, je parle prévention et vaccination.',
        links: ['https://www.linkedin.com/in/jeanne-dupont-li', 'https://www.malt.fr/profile/jeannedupont'],
      }),
      // The pharmacy networks a pharmacist is asked for, planned (not scored).
      profile({ id: 'tp', network: 'talentpharmacie', url: '', status: 'to-create' }),
      profile({ id: 'pr', network: 'pharmareseau', url: '', status: 'to-create' }),
    ],
  });
}

describe('to-verify: unknown is not missing', () => {
  const fromUrl = () => workspace({ profiles: [newProfile('linkedin', { id: 'p1', url: 'https://www.linkedin.com/in/jeanne-dupont', handle: 'jeanne-dupont' })] });

  it('a profile added from a URL gets one info item listing what to look at, and no error', () => {
    const report = audit(fromUrl());
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const items = report.findings.filter((f) => f.code === 'to-verify');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ severity: 'info', points: 0, profileId: 'p1', field: 'displayName' });
    expect(items[0]!.message.en).toBe('To verify on the live LinkedIn profile: the display name, the headline, the photo, the summary, the keywords, the links shown and the Follow setting.');
    expect(items[0]!.message.fr).toBe('À vérifier sur le profil LinkedIn en ligne : le nom affiché, le titre, la photo, le résumé, les mots-clés, les liens affichés et le mode « suivre ».');
  });

  it('has no score yet while nothing is checked, and its coverage rises as facts are confirmed', () => {
    const ws = fromUrl();
    const before = audit(ws);
    expect(before.rated).toBe(false);
    expect(before.coverage).toEqual({ checked: 0, total: 7, percent: 0 });
    const checked = { ...ws, profiles: [markFact(ws.profiles[0]!, 'photo', 'known', { kind: 'typed', at: '2025-03-01', label: '' })] };
    const after = audit(checked);
    expect(after.rated).toBe(true);
    expect(after.coverage).toEqual({ checked: 1, total: 7, percent: 14 });
    expect(after.findings.find((f) => f.code === 'to-verify')?.params.facts).not.toContain('photo');
  });

  it('does not fire when every fact is checked', () => {
    expect(audit(workspace({ profiles: [profile({ id: 'p1' })] })).findings.filter((f) => f.code === 'to-verify')).toEqual([]);
  });

  it('a photo known to be missing is an error that costs points; an unchecked one costs nothing', () => {
    const absent = audit(workspace({ profiles: [profile({ id: 'p1', facts: { photo: ABSENT } })] }));
    expect(absent.findings.find((f) => f.code === 'missing-photo')).toMatchObject({ severity: 'error', points: 20 });
    expect(absent.profiles[0]!.score).toBe(80);
  });
});

describe('a fair score', () => {
  it('a model profile scores near 100', () => {
    expect(audit(jobSeeker()).score).toBeGreaterThanOrEqual(95);
  });

  it('LinkedIn is the main profile of a job seeker, unless the user picks another', () => {
    expect(audit(jobSeeker()).mainProfileId).toBe('li');
    expect(audit({ ...jobSeeker(), mainProfileId: 'x' }).mainProfileId).toBe('x');
    const freelance = jobSeeker();
    expect(audit({ ...freelance, person: { ...freelance.person, goal: 'freelance' } }).mainProfileId).toBe('malt');
    expect(audit({ ...freelance, person: { ...freelance.person, goal: 'other' } }).mainProfileId).toBeNull();
  });

  it('a pasted CV on the main profile costs a job seeker clearly more than on a side profile', () => {
    const clean = audit(jobSeeker()).score;
    const pasted = audit(jobSeeker({ summary: PASTED_CV })).score;
    expect(clean - pasted).toBeGreaterThanOrEqual(8);
    const side = jobSeeker();
    const onX = audit({ ...side, profiles: side.profiles.map((p) => (p.id === 'x' ? { ...p, summary: PASTED_CV } : p)) }).score;
    expect(clean - onX).toBeLessThan(clean - pasted);
  });

  it('a broken address moves the score visibly', () => {
    const ws = jobSeeker();
    const broken = audit({ ...ws, profiles: ws.profiles.map((p) => (p.id === 'li' ? { ...p, url: 'https://www.linkedin.com/jeanne' } : p)) });
    expect(audit(ws).score - broken.score).toBeGreaterThanOrEqual(10);
  });
});

describe('scoreProgress: the one progress figure', () => {
  const history = [
    { at: '2025-02-01T09:00:00Z', score: 50 },
    { at: '2025-02-20T09:00:00Z', score: 60 },
    { at: '2025-03-01T08:00:00Z', score: 64 },
  ];
  it('compares today’s score with the last one recorded on an earlier day', () => {
    expect(scoreProgress(history, NOW)).toEqual({ score: 64, previous: { score: 60, at: '2025-02-20T09:00:00Z' }, delta: 4 });
    expect(scoreProgress(history, NOW, 70)).toEqual({ score: 70, previous: { score: 60, at: '2025-02-20T09:00:00Z' }, delta: 10 });
  });
  it('without a point today, the latest point is the score and the one before it the previous', () => {
    expect(scoreProgress(history.slice(0, 2), NOW)).toEqual({ score: 60, previous: { score: 50, at: '2025-02-01T09:00:00Z' }, delta: 10 });
    expect(scoreProgress([], NOW)).toBeNull();
    expect(scoreProgress([], NOW, 40)).toEqual({ score: 40, previous: null, delta: 0 });
  });
});

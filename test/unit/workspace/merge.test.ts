import { describe, expect, it } from 'vitest';
import { ImportPlan } from '../../../shared/schema/import-plan';
import type { Post, Workspace } from '../../../shared/schema/workspace';
import { cloneJson, newProfile, newWorkspace } from '../../../shared/domain/workspace/factory';
import { mergeWorkspaces } from '../../../shared/domain/workspace/merge';
import { sameProfile, urlKey } from '../../../shared/domain/workspace/profile-key';

const NOW = new Date('2025-03-01T09:00:00.000Z');
const LATER = new Date('2025-05-01T09:00:00.000Z');

function post(id: string, profileId: string | null, extra: Partial<Post> = {}): Post {
  return { id, profileId, network: 'linkedin', date: '2025-02-01T08:00:00Z', status: 'published', theme: '', text: 'Hello', link: '', promotional: false, notes: '', slotKey: null, source: null, ...extra };
}

function target(): Workspace {
  const ws = newWorkspace('Jeanne', { id: 'T', now: NOW });
  ws.person.displayName = 'Jeanne Dupont';
  ws.person.headline = 'Pharmacienne';
  ws.person.skills = ['Officine'];
  ws.profiles = [
    newProfile('linkedin', { id: 'a', handle: 'Jeanne-Dupont', url: 'https://www.linkedin.com/in/jeanne-dupont', headline: 'Pharmacienne titulaire' }),
    newProfile('malt', { id: 'b', url: 'https://www.malt.fr/profile/jeanned', customFields: { tjm: '500' } }),
  ];
  ws.posts = [post('post1', 'a', { source: { kind: 'linkedin-shares', externalId: 'urn:1' } })];
  return ws;
}

function incoming(): Workspace {
  const ws = newWorkspace('Other name', { id: 'I', now: LATER });
  ws.person.displayName = 'Jeanne Dupont';
  ws.person.headline = 'Pharmacist';
  ws.person.summary = 'Twenty years in community pharmacy.';
  ws.person.skills = ['officine', 'Vaccination'];
  ws.profiles = [
    newProfile('LinkedIn', { id: 'x1', handle: 'jeanne-dupont', headline: 'Pharmacist', summary: 'About me', facts: { photo: { state: 'known' } }, keywords: ['santé'] }),
    newProfile('malt', { id: 'x2', url: 'http://malt.fr/profile/jeanned/?overview', handle: 'jeanned', customFields: { tjm: '600', dispo: 'oui' } }),
    newProfile('github', { id: 'a', handle: 'jdupont' }),
  ];
  ws.posts = [
    post('other-id', 'x1', { source: { kind: 'linkedin-shares', externalId: 'urn:1' } }),
    post('post1', 'x1'),
    post('post9', 'a', { network: 'github' }),
  ];
  return ws;
}

describe('sameProfile / urlKey', () => {
  it('matches by network + handle in any case, or by page URL', () => {
    expect(urlKey(' HTTPS://www.Malt.fr/profile/x/?overview#top ')).toBe('malt.fr/profile/x');
    expect(sameProfile({ network: 'LinkedIn', handle: 'Ab', url: '' }, { network: 'linkedin', handle: 'aB', url: '' })).toBe(true);
    expect(sameProfile({ network: 'x', handle: '', url: 'https://x.com/ab' }, { network: 'twitter', handle: '', url: 'http://www.x.com/ab/' })).toBe(true);
    expect(sameProfile({ network: 'github', handle: 'ab', url: '' }, { network: 'gitlab', handle: 'ab', url: '' })).toBe(false);
    expect(sameProfile({ network: 'github', handle: '', url: '' }, { network: 'github', handle: '', url: '' })).toBe(false);
  });
});

describe('mergeWorkspaces — merge mode', () => {
  const t = target();
  const i = incoming();
  const plan = mergeWorkspaces(t, i, { mode: 'merge', now: LATER, networkLabel: (id) => id.toUpperCase() });

  it('never touches its inputs and returns a valid plan', () => {
    expect(t).toEqual(target());
    expect(i).toEqual(incoming());
    expect(ImportPlan.parse(plan)).toEqual(plan);
    expect(plan.format).toBe('vitrine-workspace');
    expect(plan.read).toEqual({ profiles: 3, posts: 3 });
  });

  it('keeps the target id and name, fills empty person fields and reports conflicts', () => {
    expect(plan.result).toMatchObject({ id: 'T', name: 'Jeanne', createdAt: NOW.toISOString(), updatedAt: LATER.toISOString() });
    expect(plan.result.person).toMatchObject({ headline: 'Pharmacienne', summary: 'Twenty years in community pharmacy.', skills: ['Officine', 'Vaccination'] });
    expect(plan.changes).toContainEqual({ kind: 'change', entity: 'person', label: 'person.summary', field: 'summary', before: null, after: 'Twenty years in community pharmacy.' });
    expect(plan.changes).toContainEqual({ kind: 'change', entity: 'person', label: 'person.skills', field: 'skills', before: 'Officine', after: 'Officine, Vaccination' });
    expect(plan.issues).toContainEqual({ level: 'skipped', file: null, where: 'person.headline', message: 'kept the existing value ("Pharmacienne"); the file has "Pharmacist"' });
  });

  it('matches profiles by handle or URL and fills only their gaps', () => {
    const [a, b, gh] = plan.result.profiles;
    expect(plan.result.profiles).toHaveLength(3);
    expect(a).toMatchObject({ id: 'a', network: 'linkedin', handle: 'Jeanne-Dupont', headline: 'Pharmacienne titulaire', summary: 'About me', facts: { photo: { state: 'known' } }, keywords: ['santé'] });
    expect(b).toMatchObject({ id: 'b', handle: 'jeanned', url: 'https://www.malt.fr/profile/jeanned', customFields: { tjm: '500', dispo: 'oui' } });
    expect(gh).toMatchObject({ id: 'a-2', network: 'github', handle: 'jdupont' });
    expect(plan.changes).toContainEqual({ kind: 'change', entity: 'profile', label: 'LINKEDIN — Jeanne-Dupont', field: 'summary', before: null, after: 'About me' });
    expect(plan.changes).toContainEqual({ kind: 'change', entity: 'profile', label: 'MALT — jeanned', field: 'handle', before: null, after: 'jeanned' });
    expect(plan.changes).toContainEqual({ kind: 'add', entity: 'profile', label: 'GITHUB — jdupont', field: null, before: null, after: 'jdupont' });
    expect(plan.issues).toContainEqual(expect.objectContaining({ where: 'workspace.profiles[0].headline' }));
  });

  it('merges posts by id and by source, remapping their profile', () => {
    expect(plan.result.posts.map((p) => [p.id, p.profileId])).toEqual([['post1', 'a'], ['post9', 'a-2']]);
    expect(plan.issues).toContainEqual({ level: 'skipped', file: null, where: 'workspace.posts', message: '2 posts already present, skipped' });
    expect(plan.changes.filter((c) => c.entity === 'post')).toEqual([{ kind: 'add', entity: 'post', label: '2025-02-01 github — Hello', field: null, before: null, after: 'published' }]);
  });

  it('is idempotent: merging the result again changes nothing', () => {
    const again = mergeWorkspaces(plan.result, incoming(), { mode: 'merge', now: new Date('2026-01-01T00:00:00Z') });
    expect(again.changes).toEqual([]);
    expect(again.result).toEqual(plan.result);
  });

  it('reports in French', () => {
    const fr = mergeWorkspaces(target(), incoming(), { mode: 'merge', lang: 'fr' });
    expect(fr.issues).toContainEqual(expect.objectContaining({ where: 'person.headline', message: 'valeur existante conservée ("Pharmacienne") ; le fichier propose "Pharmacist"' }));
    expect(fr.result.updatedAt).toBe(NOW.toISOString());
  });

  it('adds custom networks, overrides and dismissals that are missing', () => {
    const t2 = target();
    const i2 = incoming();
    const custom = { id: 'talentpharmacie', label: 'TalentPharmacie', kind: 'professional' as const, builtIn: false, legacy: false, hosts: [], profilePaths: [], reservedHandles: [], nonProfilePaths: [], fediverse: false, limits: {}, recommendedFields: [], trades: [], features: { follow: false, wall: false, keywords: false }, customFields: [] };
    i2.customNetworks = [custom];
    t2.customNetworks = [{ ...custom, id: 'other' }, { ...cloneJson(custom), label: 'Renamed', id: 'dup' }];
    i2.customNetworks.push({ ...custom, id: 'dup' });
    i2.limitOverrides = { linkedin: { headlineMax: 100 } };
    i2.dismissals = [{ key: 'k:x1', code: 'k', profileId: 'x1', reason: '', at: '2025-01-01T00:00:00Z' }];
    const p = mergeWorkspaces(t2, i2, { mode: 'merge' });
    expect(p.result.customNetworks.map((n) => n.id)).toEqual(['other', 'dup', 'talentpharmacie']);
    expect(p.issues).toContainEqual(expect.objectContaining({ where: 'workspace.customNetworks.dup' }));
    expect(p.result.limitOverrides).toEqual({ linkedin: { headlineMax: 100 } });
    expect(p.result.dismissals).toEqual([expect.objectContaining({ key: 'k:x1', profileId: 'a' })]);
  });
});

describe('mergeWorkspaces — replace mode', () => {
  it('keeps only the target id and lists what goes away', () => {
    const plan = mergeWorkspaces(target(), incoming(), { mode: 'replace', now: LATER });
    expect(plan.result).toEqual({ ...incoming(), id: 'T', updatedAt: LATER.toISOString() });
    expect(plan.issues).toEqual([]);
    expect(plan.changes).toContainEqual({ kind: 'change', entity: 'workspace', label: 'workspace.name', field: 'name', before: 'Jeanne', after: 'Other name' });
    expect(plan.changes).toContainEqual({ kind: 'change', entity: 'profile', label: 'malt — https://www.malt.fr/profile/jeanned', field: null, before: 'https://www.malt.fr/profile/jeanned', after: null });
    expect(plan.changes).toContainEqual(expect.objectContaining({ kind: 'change', entity: 'profile', label: 'github — jdupont', field: 'network', before: 'linkedin', after: 'github' }));
    expect(plan.changes).toContainEqual(expect.objectContaining({ kind: 'change', entity: 'post', field: 'source' }));
  });
});

describe('mergeWorkspaces — education and certifications', () => {
  const school = { institution: 'Université Lyon 1', area: 'Pharmacie', studyType: 'Doctorat', startDate: '2008', endDate: '2014' };
  const vaccination = { name: 'Vaccination en officine', issuer: 'Ordre des pharmaciens', date: '2021-10', url: '' };

  it('merge adds the schools and certifications the client lacks, once, and names each in the preview', () => {
    const into = target();
    into.person.education = [school];
    const from = incoming();
    from.person.education = [{ ...school, area: 'Pharmacy', studyType: 'PharmD' }, { institution: 'Lycée du Parc', area: '', studyType: 'Bac S', startDate: '', endDate: '2007' }];
    from.person.certifications = [vaccination, { ...vaccination }];
    const plan = mergeWorkspaces(into, from, { mode: 'merge', now: LATER });
    expect(plan.result.person.education.map((e) => e.institution)).toEqual(['Université Lyon 1', 'Lycée du Parc']);
    expect(plan.result.person.certifications).toEqual([vaccination]);
    expect(plan.changes.filter((c) => c.field === 'education' || c.field === 'certifications')).toEqual([
      { kind: 'add', entity: 'person', label: 'person.education: Bac S — Lycée du Parc (2007)', field: 'education', before: null, after: 'Bac S — Lycée du Parc (2007)' },
      { kind: 'add', entity: 'person', label: 'person.certifications: Vaccination en officine — Ordre des pharmaciens (2021-10)', field: 'certifications', before: null, after: 'Vaccination en officine — Ordre des pharmaciens (2021-10)' },
    ]);
  });

  it('replace says which school goes away', () => {
    const into = target();
    into.person.education = [school];
    const plan = mergeWorkspaces(into, incoming(), { mode: 'replace', now: LATER });
    expect(plan.result.person.education).toEqual([]);
    expect(plan.changes).toContainEqual({ kind: 'change', entity: 'person', label: 'person.education: Doctorat, Pharmacie — Université Lyon 1 (2008–2014)', field: 'education', before: 'Doctorat, Pharmacie — Université Lyon 1 (2008–2014)', after: null });
  });
});

import { describe, expect, it } from 'vitest';
import { ImportPlan } from '../../../shared/schema/import-plan';
import { cloneJson, newProfile } from '../../../shared/domain/workspace/factory';
import { emptyWorkspace, fixture, importOk, importText, NOW } from './helpers';

const profilesOf = (text: string) => importOk(text).plan.result.profiles.map((p) => [p.network, p.handle, p.url]);

describe('importJsonResume — person', () => {
  it('reads a v1.0 résumé: basics, work, skills, languages', () => {
    const { plan, uncertain } = importOk(fixture('v1.0-complete.json'));
    expect(ImportPlan.parse(plan)).toEqual(plan);
    expect(plan.format).toBe('json-resume');
    expect(uncertain).toEqual([]);
    expect(plan.result.person).toMatchObject({
      displayName: 'Léa Martin',
      headline: 'Consultante data freelance',
      summary: "J'aide les PME à exploiter leurs données.",
      location: 'Lyon, Auvergne-Rhône-Alpes, France',
      image: 'https://example.org/lea.jpg',
      websites: ['https://leamartin.example.org'],
      skills: ['Data', 'SQL', 'Python', 'dbt'],
      languages: ['French', 'English'],
    });
    expect(plan.result.person.positions).toEqual([
      { title: 'Consultante data', company: 'Indépendante', start: '2021-01', end: '', description: "Missions d'analyse.\n- Tableaux de bord pour 12 PME\n- Formation SQL" },
      { title: 'Data analyst', company: 'Banque Exemple', start: '2016-09-01', end: '2020-12-31', description: '' },
    ]);
    expect(plan.read).toEqual({ profiles: 3, positions: 2, skills: 4, languages: 2, education: 0, certifications: 0 });
    expect(plan.result.updatedAt).toBe(NOW.toISOString());
    expect(plan.changes).toContainEqual({ kind: 'change', entity: 'person', label: 'person.displayName', field: 'displayName', before: null, after: 'Léa Martin' });
  });

  it('keeps basics.image as the person\'s picture, as text, without touching any profile\'s photo', () => {
    const { plan } = importOk(fixture('v1.0-complete.json'));
    expect(plan.changes).toContainEqual(expect.objectContaining({ entity: 'person', field: 'image', after: 'https://example.org/lea.jpg' }));
    expect(plan.result.profiles.every((p) => p.facts.photo.state === 'unchecked' && p.photo.file === undefined)).toBe(true);
    const long = importOk(JSON.stringify({ basics: { name: 'A', image: `data:image/png;base64,${'A'.repeat(3000)}` } })).plan;
    expect(long.result.person.image).toHaveLength(2048);
    expect(long.issues).toContainEqual(expect.objectContaining({ where: 'basics.image' }));
  });

  it('reads the pre-1.0 `website` and work[].company keys', () => {
    const { plan } = importOk(fixture('legacy-website.json'));
    expect(plan.result.person.websites).toEqual(['https://alex.example.com']);
    expect(plan.result.person.positions[0]).toMatchObject({ company: 'Acme', title: 'Developer' });
    expect(plan.result.person.location).toBe('Melbourne, Australia');
  });

  it('writes country names and bare language codes in the interface language', () => {
    const { plan } = importOk(fixture('v1.3-meta.json'), emptyWorkspace(), 'fr');
    expect(plan.result.person.location).toBe('Brussels, Belgique');
    expect(plan.result.person.languages).toEqual(['néerlandais', 'français']);
  });

  it('is tolerant: wrong-typed fields are skipped with a located warning, never fatal', () => {
    const { plan } = importOk(fixture('tolerant-types.json'));
    const where = plan.issues.map((i) => [i.level, i.where]);
    expect(where).toEqual(expect.arrayContaining([
      ['warning', 'basics.name'], ['warning', 'basics.email'], ['warning', 'basics.location'], ['warning', 'basics.profiles'],
      ['warning', 'work[0]'], ['warning', 'work[1].highlights'], ['warning', 'skills'], ['warning', 'languages[0].language'],
    ]));
    expect(plan.issues.find((i) => i.where === 'basics.name')?.message).toBe('expected a string, got null; ignored');
    expect(plan.result.person.positions).toEqual([{ title: '', company: 'Acme', start: '2014', end: '', description: '' }]);
  });

  it('does not let an empty e-mail block or even warn', () => {
    const result = importOk(fixture('network-names.json'));
    expect(result.plan.issues.some((i) => i.where === 'basics.email')).toBe(false);
  });

  it('cuts over-long values to the workspace limits, saying so', () => {
    const { plan } = importOk(JSON.stringify({ basics: { name: 'N'.repeat(250), profiles: [{ network: 'GitHub', username: 'u'.repeat(300) }] } }));
    expect(plan.result.person.displayName).toHaveLength(200);
    expect(plan.issues).toContainEqual(expect.objectContaining({ where: 'basics.name', message: 'cut to 200 characters' }));
    expect(plan.result.profiles.every((p) => p.handle.length <= 200)).toBe(true);
  });
});

describe('importJsonResume — education and certificates', () => {
  const resume = (education: unknown[], certificates: unknown[] = []) => JSON.stringify({ basics: { name: 'Léa Martin' }, education, certificates });
  const lyon = { institution: 'Université Lyon 2', url: 'https://univ-lyon2.example', area: 'Statistique', studyType: 'Master', startDate: '2014', endDate: '2016', score: '16/20', courses: ['SQL'] };

  it('keeps each school and certificate on the person, and the preview lists them in words', () => {
    const { plan } = importOk(resume([lyon, { institution: '' }], [{ name: 'dbt Fundamentals', issuer: 'dbt Labs', date: '2022-03', url: 'https://cert.example/1' }]));
    expect(plan.result.person.education).toEqual([{ institution: 'Université Lyon 2', area: 'Statistique', studyType: 'Master', startDate: '2014', endDate: '2016' }]);
    expect(plan.result.person.certifications).toEqual([{ name: 'dbt Fundamentals', issuer: 'dbt Labs', date: '2022-03', url: 'https://cert.example/1' }]);
    expect(plan.read).toMatchObject({ education: 1, certifications: 1 });
    expect(plan.changes).toContainEqual({ kind: 'add', entity: 'person', label: 'person.education: Master, Statistique — Université Lyon 2 (2014–2016)', field: 'education', before: null, after: 'Master, Statistique — Université Lyon 2 (2014–2016)' });
    expect(plan.changes).toContainEqual(expect.objectContaining({ kind: 'add', field: 'certifications', after: 'dbt Fundamentals — dbt Labs (2022-03)' }));
  });

  it('adds what is new and never duplicates: the same school in another language, the same certificate without issuer', () => {
    const first = importOk(resume([lyon], [{ name: 'dbt Fundamentals', issuer: 'dbt Labs' }])).plan.result;
    const english = { ...lyon, area: 'Statistics', studyType: "Master's degree" };
    const second = importOk(resume([english, { institution: 'INSA Lyon', studyType: 'Licence', startDate: '2011' }], [{ name: 'DBT fundamentals' }, { name: 'Tableau' }]), first);
    expect(second.plan.result.person.education.map((e) => e.institution)).toEqual(['Université Lyon 2', 'INSA Lyon']);
    expect(second.plan.result.person.certifications.map((c) => c.name)).toEqual(['dbt Fundamentals', 'Tableau']);
    expect(second.plan.changes.filter((c) => c.entity === 'person').map((c) => [c.kind, c.field, c.after])).toEqual([
      ['add', 'education', 'Licence — INSA Lyon (2011)'],
      ['add', 'certifications', 'Tableau'],
    ]);
  });

  it('cuts an over-long school name to the workspace limit, saying so', () => {
    const { plan } = importOk(resume([{ institution: 'É'.repeat(400) }]));
    expect(plan.result.person.education[0]?.institution).toHaveLength(300);
    expect(plan.issues).toContainEqual(expect.objectContaining({ where: 'education[0].institution' }));
  });
});

describe('importJsonResume — profiles', () => {
  it('canonicalises URLs: trailing slash, country subdomain, Malt ?overview', () => {
    expect(profilesOf(fixture('v1.0-complete.json'))).toEqual([
      ['linkedin', 'lea-martin-data', 'https://www.linkedin.com/in/lea-martin-data'],
      ['malt', 'leamartin', 'https://www.malt.fr/profile/leamartin'],
      ['github', 'leamartin', 'https://github.com/leamartin'],
    ]);
  });

  it('matches lower-case network names (twitter → x)', () => {
    expect(profilesOf(fixture('legacy-website.json'))).toEqual([
      ['x', 'alexturner_dev', 'https://x.com/alexturner_dev'],
      ['github', 'alexturner', 'https://github.com/alexturner'],
    ]);
  });

  it('handles typos, missing URLs, unknown networks and mismatches', () => {
    const { plan, uncertain } = importOk(fixture('network-names.json'));
    expect(plan.result.profiles.map((p) => [p.network, p.handle, p.url])).toEqual([
      ['linkedin', 'zoe-petit', 'https://www.linkedin.com/in/zoe-petit'],
      ['github', 'zoepetit', 'https://github.com/zoepetit'],
      ['xing', 'zoe_a', 'https://www.xing.com/profile/zoe_a'],
      ['bluesky', 'zoepetit', 'https://bsky.app/profile/zoepetit.fr'],
      ['github', 'zoe-petit', 'https://github.com/zoe-petit'],
      ['malt', 'zoepetit', 'https://www.malt.fr/profile/zoepetit'],
      ['linkedin', 'zoe-petit-2', 'https://www.linkedin.com/in/zoe-petit-2'],
    ]);
    expect(uncertain).toEqual([{ index: 1, name: 'GiHub', guess: 'github', profileId: 'r2' }, { index: 9, name: 'Linkdin', guess: 'linkedin', profileId: 'r7' }]);
    expect(plan.result.profiles.find((p) => p.id === 'r2')?.handle).toBe('zoepetit');
    const byWhere = new Map(plan.issues.map((i) => [i.where, i]));
    expect(byWhere.get('basics.profiles[3]')).toMatchObject({ level: 'skipped', message: expect.stringMatching(/^unknown network "CodinGame"/) });
    expect(byWhere.get('basics.profiles[4].username')?.message).toMatch(/"zoepetit" differs from the link's \("zoepetit.fr"\)/);
    expect(byWhere.get('basics.profiles[5].network')?.message).toMatch(/does not match the link, which is a GitHub profile/);
    expect(byWhere.get('basics.profiles[7]')).toMatchObject({ level: 'skipped' });
    expect(byWhere.get('basics.profiles[8]')).toMatchObject({ level: 'warning', message: 'expected an object, got a string; ignored' });
  });

  it('rebuilds a handle-less URL from the username and keeps what cannot be linked', () => {
    const { plan } = importOk(fixture('v1.3-meta.json'));
    expect(plan.result.profiles.map((p) => [p.network, p.handle, p.url])).toEqual([
      ['x', 'samdesigns', 'https://x.com/samdesigns'],
      ['mastodon', 'sam', ''],
      ['dribbble', 'samokafor', 'https://dribbble.com/samokafor'],
    ]);
    expect(plan.issues).toContainEqual(expect.objectContaining({ where: 'basics.profiles[0].url', message: 'the link "https://www.twitter.com" does not lead to a profile; rebuilt from the username' }));
    expect(plan.issues).toContainEqual(expect.objectContaining({ where: 'basics.profiles[1].username', message: expect.stringMatching(/needs its server/) }));
    expect(plan.issues).toContainEqual(expect.objectContaining({ where: 'basics.profiles[3]', level: 'skipped' }));
  });

  it('keeps a look-alike host for the audit to flag', () => {
    const { plan } = importOk(JSON.stringify({ basics: { profiles: [{ network: 'github', url: 'https://github.example/zoe?tab=repos' }] } }));
    expect(plan.result.profiles.map((p) => [p.network, p.url])).toEqual([['github', 'https://github.example/zoe']]);
    expect(plan.issues[0]).toMatchObject({ level: 'warning', where: 'basics.profiles[0].url', message: expect.stringMatching(/imitates GitHub.*Link kept as is/) });
  });

  it('asks no confirmation for a guessed network when nothing was imported', () => {
    const { plan, uncertain } = importOk(JSON.stringify({ basics: { profiles: [{ network: 'Linkdin' }] } }));
    expect(plan.result.profiles).toEqual([]);
    expect(uncertain).toEqual([]);
  });

  it('never keeps an unsafe link', () => {
    const { plan } = importOk(JSON.stringify({ basics: { profiles: [{ network: 'LinkedIn', url: 'javascript:alert(1)' }] } }));
    expect(plan.result.profiles).toEqual([]);
    expect(plan.issues[0]).toMatchObject({ level: 'skipped', where: 'basics.profiles[0]' });
  });
});

describe('importJsonResume — merging', () => {
  it('merges a French and an English résumé of one person without duplicates', () => {
    const first = importOk(fixture('pair-fr.json'), emptyWorkspace(), 'fr', 'fr');
    const second = importOk(fixture('pair-en.json'), first.plan.result, 'fr', 'en');
    const ws = second.plan.result;
    expect(ws.profiles.map((p) => [p.id, p.network, p.handle])).toEqual([
      ['fr1', 'linkedin', 'hugolefevre'], ['fr2', 'malt', 'hugolefevre'], ['fr3', 'github', 'hlefevre'], ['en4', 'stackoverflow', '123456'],
    ]);
    expect(ws.person.headline).toBe('Développeur back-end senior');
    expect(ws.person.websites).toEqual(['https://hugo.example.fr']);
    expect(ws.person.languages).toEqual(['français', 'anglais', 'Spanish']);
    expect(ws.person.positions.map((p) => p.company)).toEqual(['Exemple SAS, racheté par Groupe Alpha', 'Freelance']);
    expect(ws.person.skills).toEqual(['Back-end', 'Java', 'PostgreSQL', 'Kafka']);
    expect(second.plan.changes.map((c) => [c.kind, c.entity, c.field])).toEqual([
      ['change', 'person', 'languages'], ['change', 'person', 'skills'], ['add', 'profile', null],
    ]);
    expect(second.plan.issues).toContainEqual(expect.objectContaining({ level: 'skipped', where: 'person.headline', message: expect.stringMatching(/^valeur existante conservée/) }));
    const third = importOk(fixture('pair-en.json'), ws, 'en', 'x');
    expect(third.plan.changes).toEqual([]);
  });

  it('a guessed network merged into an existing profile is not offered for removal', () => {
    const target = emptyWorkspace();
    target.profiles.push(newProfile('github', { id: 'mine', handle: 'zoepetit' }));
    const { uncertain } = importOk(fixture('network-names.json'), target);
    expect(uncertain[0]).toEqual({ index: 1, name: 'GiHub', guess: 'github', profileId: '' });
  });

  it('fills the gaps of an existing profile and keeps its id', () => {
    const target = emptyWorkspace();
    target.profiles.push(newProfile('malt', { id: 'mine', url: 'https://www.malt.fr/profile/leamartin', headline: 'Data' }));
    const { plan } = importOk(fixture('v1.0-complete.json'), target);
    expect(plan.result.profiles.find((p) => p.network === 'malt')).toMatchObject({ id: 'mine', handle: 'leamartin', headline: 'Data' });
    expect(plan.changes).toContainEqual({ kind: 'change', entity: 'profile', label: 'Malt — leamartin', field: 'handle', before: null, after: 'leamartin' });
  });

  it('never modifies the target', () => {
    const target = emptyWorkspace();
    const before = cloneJson(target);
    importOk(fixture('v1.0-complete.json'), target);
    expect(target).toEqual(before);
  });
});

describe('importJsonResume — refusals', () => {
  it.each([
    ['invalid-basics-array.json', 'basics', 'expected an object, got a list'],
    ['invalid-basics-string.json', 'basics', 'expected an object, got a string'],
    ['invalid-not-json.json', '', 'invalid JSON: unexpected character "\\"" at line 4, column 5'],
    ['invalid-schema.json', '', 'this file is a JSON Schema (the definition of the JSON Resume format), not a résumé'],
    ['invalid-not-a-resume.json', '', 'not a JSON Resume: none of its sections (basics, work, skills…) was found'],
  ])('%s gives a clear error', (file, path, message) => {
    expect(importText(fixture(file))).toEqual({ ok: false, errors: [{ path, message }] });
  });

  it('refuses non-objects and empty text, in French too', () => {
    expect(importText('[]', undefined, 'fr')).toEqual({ ok: false, errors: [{ path: '', message: 'attendu : un objet JSON Resume, reçu : une liste' }] });
    expect(importText('')).toMatchObject({ ok: false, errors: [{ message: 'invalid JSON: unexpected end of file' }] });
    expect(importText('{"basics": null}', undefined, 'fr')).toEqual({ ok: false, errors: [{ path: 'basics', message: 'attendu : un objet, reçu : null' }] });
  });
});

import { describe, expect, it } from 'vitest';
import { importLinkedInExport, importLinkedInShares } from '../../../shared/domain/import/linkedin';
import { Workspace } from '../../../shared/schema/workspace';
import { deps, emptyWorkspace, folder, utf16le } from '../../fixtures/import/helpers';
import { CERTIFICATIONS, EDUCATION, NOTES_PREAMBLE, POSITIONS, PROFILE_2018, PROFILE_2024_BRACKETED, PROFILE_2024_SPARSE, SHARES_2018, SHARES_2024, SKILLS } from '../../fixtures/import/linkedin';

function plan(files: Record<string, string | Uint8Array>, target = emptyWorkspace()) {
  const before = structuredClone(target);
  const r = importLinkedInExport(target, folder(files), deps());
  expect(target).toEqual(before);
  if (!r.ok) throw new Error(r.message.en);
  Workspace.parse(r.plan.result);
  return r.plan;
}

const byNetwork = (ws: Workspace, network: string) => ws.profiles.filter((p) => p.network === network);

describe('importLinkedInExport — 2018 vintage', () => {
  const p = plan({
    'Basic_LinkedInDataExport_03-01-2018/Profile.csv': PROFILE_2018,
    'Basic_LinkedInDataExport_03-01-2018/Positions.csv': POSITIONS,
    'Basic_LinkedInDataExport_03-01-2018/SKILLS.CSV': SKILLS,
    'Basic_LinkedInDataExport_03-01-2018/Shares.csv': utf16le(SHARES_2018),
  });
  const ws = p.result;
  const [linkedin] = byNetwork(ws, 'linkedin');

  it('fills the person and the LinkedIn profile, joining Geo Location and Country', () => {
    expect(p.format).toBe('linkedin-export');
    expect(ws.person).toMatchObject({ displayName: 'Jeanne Dupont', headline: 'Pharmacienne, formatrice', location: 'Lyon, France' });
    expect(linkedin).toMatchObject({ displayName: 'Jeanne Dupont', headline: 'Pharmacienne, formatrice', summary: 'Je forme les équipes officinales.', url: '' });
    expect(p.issues.some((i) => i.where === 'url' && /profile address/.test(i.message))).toBe(true);
  });

  it('reads PORTFOLIO: websites: own site to person.websites, a GitHub URL to a new GitHub profile', () => {
    expect(linkedin!.links).toEqual(expect.arrayContaining(['http://jdupont.example', 'https://github.com/jdupont-dev', 'https://x.com/jdupont_pharma']));
    expect(ws.person.websites).toEqual(['http://jdupont.example']);
    expect(byNetwork(ws, 'github')).toEqual([expect.objectContaining({ handle: 'jdupont-dev', url: 'https://github.com/jdupont-dev' })]);
  });

  it('reads a plain Twitter handle into a new X profile', () => {
    expect(byNetwork(ws, 'x')).toEqual([expect.objectContaining({ handle: 'jdupont_pharma', url: 'https://x.com/jdupont_pharma' })]);
  });

  it('reads positions with normalised dates, reporting an odd date and an empty row by line', () => {
    expect(ws.person.positions).toEqual([
      { title: 'Pharmacienne titulaire', company: 'Pharmacie du Centre', start: '2018-06', end: '', description: "Gestion de l'officine.\nFormation des préparateurs." },
      { title: 'Interne en pharmacie', company: 'CHU de Lyon', start: '2014', end: '2018-05', description: '' },
      { title: 'Stagiaire', company: 'Labo X', start: 'quelque temps', end: '2013', description: '' },
    ]);
    expect(p.issues).toEqual(expect.arrayContaining([
      expect.objectContaining({ level: 'warning', file: expect.stringMatching(/Positions\.csv$/), where: '5: Started On' }),
    ]));
    expect(p.read.positions).toBe(3);
  });

  it('reads skills without case duplicates, and UTF-16 tab-separated shares as posts', () => {
    expect(ws.person.skills).toEqual(['Pharmacie clinique', 'Formation']);
    expect(ws.posts).toHaveLength(1);
    expect(ws.posts[0]).toMatchObject({ network: 'linkedin', profileId: linkedin!.id, date: '2017-06-08T08:15:44Z', text: 'Bonjour', status: 'published' });
  });

  it('lists every change for the preview and stamps updatedAt', () => {
    expect(p.changes).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'add', entity: 'profile', label: 'LinkedIn — Jeanne Dupont', field: 'headline' }),
      expect.objectContaining({ kind: 'add', entity: 'post' }),
      expect.objectContaining({ kind: 'add', entity: 'person', field: 'skills', after: 'Formation' }),
    ]));
    expect(ws.updatedAt).toBe('2025-03-01T10:00:00.000Z');
  });
});

describe('importLinkedInExport — 2024 vintages', () => {
  it('imports a sparse profile (CRLF, no websites, no handles) without inventing anything', () => {
    const p = plan({ 'Profile.csv': PROFILE_2024_SPARSE });
    expect(p.result.person).toMatchObject({ displayName: 'Marc Lefort', headline: 'Data Analyst | Python', summary: '', location: 'Nantes, Pays de la Loire, France', websites: [] });
    expect(p.result.profiles.map((x) => x.network)).toEqual(['linkedin']);
  });

  it('reads bracketed websites and Twitter handles, one X profile for the first handle only', () => {
    const p = plan({ 'Profile.csv': PROFILE_2024_BRACKETED });
    const [linkedin] = byNetwork(p.result, 'linkedin');
    expect(p.result.person.displayName).toBe('Paul Martin');
    expect(linkedin!.links).toEqual([
      'http://www.martin-audio.example', 'https://acme.example/', 'https://x.com/pmartin_audio', 'https://x.com/pmartin2',
    ]);
    expect(p.result.person.websites).toEqual(['http://www.martin-audio.example', 'https://acme.example/']);
    expect(byNetwork(p.result, 'x').map((x) => x.handle)).toEqual(['pmartin_audio']);
  });

  it('skips the Notes: preamble and reads headers in any case', () => {
    const p = plan({ 'Skills.csv': NOTES_PREAMBLE + 'NAME\nSanté publique\n' });
    expect(p.result.person.skills).toEqual(['Santé publique']);
  });

  it('reads Languages.csv names into person.languages', () => {
    const p = plan({ 'Languages.csv': 'Name,Proficiency\nFrançais,Native or bilingual proficiency\nEnglish,Professional working proficiency\n' });
    expect(p.result.person.languages).toEqual(['Français', 'English']);
  });

  it('reads Education.csv and Certifications.csv onto the person, dates normalised, once however often imported', () => {
    const p = plan({ 'Profile.csv': PROFILE_2024_SPARSE, 'Education.csv': EDUCATION, 'Certifications.csv': CERTIFICATIONS });
    expect(p.result.person.education).toEqual([
      { institution: 'Université Claude Bernard, Lyon 1', studyType: "Doctorat d'exercice, pharmacie", area: '', startDate: '2008', endDate: '2014-06' },
      { institution: 'Lycée du Parc', studyType: '', area: '', startDate: '', endDate: '' },
    ]);
    expect(p.result.person.certifications).toEqual([
      { name: 'Vaccination en officine', issuer: 'Ordre des pharmaciens', date: '2021-10', url: 'https://certificats.example/123' },
      { name: 'Éducation thérapeutique', issuer: '', date: '2019', url: '' },
    ]);
    expect(p.read).toMatchObject({ education: 2, certifications: 2 });
    const again = plan({ 'Profile.csv': PROFILE_2024_SPARSE, 'Education.csv': EDUCATION, 'Certifications.csv': CERTIFICATIONS }, Workspace.parse(p.result));
    expect(again.changes).toEqual([]);
  });

  it('reads the Profile Summary.csv fallback', () => {
    const p = plan({ 'Profile.csv': PROFILE_2024_SPARSE, 'Profile Summary.csv': 'Profile Summary\n"Résumé à part."\n' });
    expect(p.result.person.summary).toBe('Résumé à part.');
  });
});

describe('importLinkedInExport — merging into an existing workspace', () => {
  it('keeps curated person fields, updates the LinkedIn profile, and is idempotent', () => {
    const first = plan({ 'Profile.csv': PROFILE_2018, 'Positions.csv': POSITIONS, 'Skills.csv': SKILLS, 'Shares.csv': SHARES_2024 });
    const again = plan({ 'Profile.csv': PROFILE_2018, 'Positions.csv': POSITIONS, 'Skills.csv': SKILLS, 'Shares.csv': SHARES_2024 }, first.result);
    expect(again.changes).toEqual([]);
    expect(again.result).toEqual(first.result);

    const curated = structuredClone(first.result);
    curated.person.headline = 'Titre choisi à la main';
    const p = plan({ 'Profile.csv': PROFILE_2024_BRACKETED }, curated);
    expect(p.result.person.headline).toBe('Titre choisi à la main');
    expect(p.issues).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'skipped', where: 'person.headline' })]));
    expect(byNetwork(p.result, 'linkedin')[0]!.headline).toBe('Ingénieur audio');
    expect(p.changes).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'change', field: 'headline', before: 'Pharmacienne, formatrice', after: 'Ingénieur audio' }),
    ]));
  });
});

describe('importLinkedInExport — bad input', () => {
  it('refuses a folder with no LinkedIn file', () => {
    const r = importLinkedInExport(emptyWorkspace(), folder({ 'notes.txt': 'hello' }), deps());
    expect(r.ok).toBe(false);
  });

  it('reports invalid UTF-8 with the file and line, and goes on with the other files', () => {
    const bad = new Uint8Array([...new TextEncoder().encode('Name\nok\n'), 0xc3, 0x28, 0x0a]);
    const p = plan({ 'Skills.csv': bad, 'Profile.csv': PROFILE_2024_SPARSE });
    expect(p.issues).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'error', file: 'Skills.csv', where: '3' })]));
    expect(p.result.person.displayName).toBe('Marc Lefort');
  });

  it('reports a website that is not an address and an invalid handle', () => {
    const profile = 'First Name,Last Name,Twitter Handles,Websites\nA,B,"[not a handle!]","[OTHER:pas une adresse]"\n';
    const p = plan({ 'Profile.csv': profile });
    expect(p.issues.filter((i) => i.level === 'warning').map((i) => i.where)).toEqual(expect.arrayContaining(['2: Websites', '2: Twitter Handles']));
  });

  it('clips a value longer than the schema keeps, with a warning, so the result stays valid', () => {
    const long = 'x'.repeat(700);
    const p = plan({ 'Profile.csv': `First Name,Last Name,Headline\nA,B,${long}\n` });
    expect(p.result.person.headline).toHaveLength(500);
    expect(byNetwork(p.result, 'linkedin')[0]!.headline).toHaveLength(700);
    expect(p.issues).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'warning', file: 'Profile.csv', where: 'person.headline' })]));
  });

  it('takes a linkedin.com/in/ website as the profile address, not as a cross-link', () => {
    const p = plan({ 'Profile.csv': 'First Name,Last Name,Websites\nA,B,"[OTHER:https://fr.linkedin.com/in/jeanne-dupont/]"\n' });
    expect(byNetwork(p.result, 'linkedin')[0]).toMatchObject({ url: 'https://www.linkedin.com/in/jeanne-dupont', handle: 'jeanne-dupont', links: [] });
    expect(p.issues.some((i) => i.where === 'url')).toBe(false);
  });

  it('imports a lone Shares.csv onto the LinkedIn profile', () => {
    const r = importLinkedInShares(emptyWorkspace(), folder({ 'Shares.csv': SHARES_2024 })[0]!, deps());
    expect(r.ok && r.plan.format).toBe('linkedin-shares');
    expect(r.ok && r.plan.result.posts).toHaveLength(2);
  });
});

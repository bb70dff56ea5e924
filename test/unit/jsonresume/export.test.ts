import { describe, expect, it } from 'vitest';
import { exportJsonResume, JSON_RESUME_SCHEMA_URL } from '../../../shared/domain/jsonresume/export';
import { newProfile } from '../../../shared/domain/workspace/factory';
import { emptyWorkspace, fixture, importOk } from './helpers';

function sampleWorkspace() {
  const ws = emptyWorkspace();
  ws.person = {
    ...ws.person,
    displayName: 'Camille Moreau',
    image: 'https://camille.example.fr/camille.jpg',
    headline: 'Développeuse React freelance',
    summary: 'Applications web accessibles.',
    location: 'Nantes, Pays de la Loire, France',
    websites: ['https://camille.example.fr'],
    languages: ['français', 'anglais'],
    skills: ['React', 'TypeScript'],
    positions: [{ title: 'Développeuse', company: 'Indépendante', start: '2020-02', end: '', description: 'Missions React.\n- Accessibilité' }],
    education: [{ institution: 'Université de Nantes', area: 'Informatique', studyType: 'Master', startDate: '2012', endDate: '2014' }],
    certifications: [{ name: 'Accessibilité numérique', issuer: 'Access42', date: '2021-05', url: 'https://access42.example/cert/7' }, { name: 'React avancé', issuer: '', date: '', url: '' }],
  };
  ws.profiles = [
    newProfile('linkedin', { id: 'a', handle: 'camille-moreau', url: 'https://www.linkedin.com/in/camille-moreau' }),
    newProfile('github', { id: 'b', handle: 'cmoreau', url: 'https://github.com/cmoreau' }),
    newProfile('malt', { id: 'c', handle: 'camillemoreau', url: 'https://www.malt.fr/profile/camillemoreau' }),
    newProfile('facebook', { id: 'd', handle: 'camille.m', url: 'https://www.facebook.com/camille.m', audience: 'personal' }),
    newProfile('welcometothejungle', { id: 'e', status: 'to-create' }),
  ];
  return ws;
}

describe('exportJsonResume', () => {
  it('writes a JSON Resume v1 document with the professional, existing profiles', () => {
    const resume = exportJsonResume(sampleWorkspace());
    expect(resume).toEqual({
      $schema: JSON_RESUME_SCHEMA_URL,
      basics: {
        name: 'Camille Moreau',
        label: 'Développeuse React freelance',
        image: 'https://camille.example.fr/camille.jpg',
        url: 'https://camille.example.fr',
        summary: 'Applications web accessibles.',
        location: { address: 'Nantes, Pays de la Loire, France' },
        profiles: [
          { network: 'LinkedIn', username: 'camille-moreau', url: 'https://www.linkedin.com/in/camille-moreau' },
          { network: 'GitHub', username: 'cmoreau', url: 'https://github.com/cmoreau' },
          { network: 'Malt', username: 'camillemoreau', url: 'https://www.malt.fr/profile/camillemoreau' },
        ],
      },
      work: [{ name: 'Indépendante', position: 'Développeuse', startDate: '2020-02', summary: 'Missions React.\n- Accessibilité' }],
      education: [{ institution: 'Université de Nantes', area: 'Informatique', studyType: 'Master', startDate: '2012', endDate: '2014' }],
      certificates: [{ name: 'Accessibilité numérique', issuer: 'Access42', date: '2021-05', url: 'https://access42.example/cert/7' }, { name: 'React avancé' }],
      skills: [{ name: 'React' }, { name: 'TypeScript' }],
      languages: [{ language: 'français' }, { language: 'anglais' }],
    });
  });

  it('leaves empty fields out', () => {
    expect(exportJsonResume(emptyWorkspace())).toEqual({ $schema: JSON_RESUME_SCHEMA_URL, basics: { profiles: [] }, work: [], education: [], certificates: [], skills: [], languages: [] });
  });

  it('round-trips: export then import into an empty workspace gives the same person and profiles', () => {
    const ws = sampleWorkspace();
    const { plan } = importOk(JSON.stringify(exportJsonResume(ws)), emptyWorkspace(), 'fr');
    expect(plan.issues).toEqual([]);
    expect(plan.result.person).toEqual(ws.person);
    const exported = ws.profiles.filter((p) => p.audience === 'professional' && p.status !== 'to-create');
    expect(plan.result.profiles.map((p) => [p.network, p.handle, p.url])).toEqual(exported.map((p) => [p.network, p.handle, p.url]));
  });

  it('round-trips an imported résumé', () => {
    const first = importOk(fixture('v1.0-complete.json')).plan.result;
    const again = importOk(JSON.stringify(exportJsonResume(first))).plan.result;
    expect(again.person).toEqual(first.person);
    expect(again.profiles.map((p) => [p.network, p.handle, p.url])).toEqual(first.profiles.map((p) => [p.network, p.handle, p.url]));
  });

  it('keeps only http(s) and mailto addresses: javascript:, data: and file: never leave Vitrine', () => {
    const ws = sampleWorkspace();
    ws.person.image = 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==';
    ws.person.websites = ['javascript:alert(1)', 'file:///etc/passwd', 'mailto:camille@example.fr'];
    ws.profiles[0]!.url = 'javascript:alert(document.cookie)';
    ws.profiles[1]!.url = ' JavaScript:alert(1)';
    ws.profiles[2]!.url = 'file:///home/camille/.ssh/id_rsa';
    ws.person.certifications[0]!.url = 'javascript:alert(2)';
    const resume = exportJsonResume(ws) as { basics: { image?: string; url?: string; profiles: { username?: string; url?: string }[] } };
    expect(resume.basics.image).toBeUndefined();
    expect(resume.basics.url).toBe('mailto:camille@example.fr');
    // The profiles stay, by name, without their address.
    expect(resume.basics.profiles).toEqual([
      { network: 'LinkedIn', username: 'camille-moreau' },
      { network: 'GitHub', username: 'cmoreau' },
      { network: 'Malt', username: 'camillemoreau' },
    ]);
    expect(JSON.stringify(resume)).not.toMatch(/javascript:|data:|file:/i);
  });
});

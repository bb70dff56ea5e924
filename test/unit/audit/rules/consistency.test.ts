import { describe, expect, it } from 'vitest';
import { findingsOf, profile, workspace } from '../../../fixtures/audit/build';

const gh = (extra = {}) => profile({ id: 'gh', network: 'github', url: 'https://github.com/jdupont', handle: 'jdupont', ...extra });

describe('consistency rules', () => {
  it('name-inconsistent ignores accents, case, punctuation and word order', () => {
    const person = { displayName: 'Jeanne Dupont-Lefèvre' };
    const ws = workspace({ person, profiles: [profile({ id: 'li', displayName: 'DUPONT LEFEVRE, jeanne' }), gh({ displayName: 'Jeanne Dupont' })] });
    const found = findingsOf(ws, 'name-inconsistent');
    expect(found.map((f) => f.profileId)).toEqual(['gh']);
    expect(found[0]?.message.en).toBe('On GitHub, the name is "Jeanne Dupont" instead of "Jeanne Dupont-Lefèvre".');
  });

  it('name-inconsistent falls back to the most common name when the person has none', () => {
    const ws = workspace({ profiles: [profile({ id: 'li', displayName: 'Dupont Jeanne' }), gh({ displayName: 'jeanne dupont' }), profile({ id: 'mt', network: 'malt', url: 'https://www.malt.fr/profile/jdupont', displayName: 'J. Dupont' })] });
    expect(findingsOf(ws, 'name-inconsistent').map((f) => f.profileId)).toEqual(['mt']);
  });

  it('headline-inconsistent fires on a different job, not on a tailored version of the same one', () => {
    const person = { headline: 'Pharmacienne d’officine' };
    const tailored = workspace({ person, profiles: [profile({ id: 'li', headline: 'Pharmacien d’officine | Conseil en dermocosmétique à Lyon' })] });
    expect(findingsOf(tailored, 'headline-inconsistent')).toEqual([]);
    const [f] = findingsOf(workspace({ person, profiles: [profile({ id: 'li', headline: 'Développeuse React freelance' })] }), 'headline-inconsistent');
    expect(f?.params.similarity).toBe(0);
    expect(f?.message.fr).toContain('« Développeuse React freelance »');
  });

  it('duplicate-summary fires on every profile sharing (nearly) the same summary', () => {
    const summary = 'J’aide les pharmacies indépendantes à organiser leur officine, former leurs équipes et développer la dermocosmétique, avec dix ans de terrain. '
      + 'Mes clients sont des titulaires qui veulent dégager du temps pour le conseil, mieux gérer leurs stocks et fidéliser une patientèle exigeante. '
      + 'Je travaille sur place, par missions courtes, et je laisse à chaque équipe des outils simples qu’elle garde après mon départ.';
    const nearly = summary.replace('dix ans', '12 ans');
    const ws = workspace({ profiles: [profile({ id: 'li', summary }), gh({ summary: nearly }), profile({ id: 'x', network: 'x', url: 'https://x.com/jdupont', handle: 'jdupont', summary: 'Pharmacienne, je parle vaccination et prévention en officine, ici en toute simplicité avec mes patients.' })] });
    const found = findingsOf(ws, 'duplicate-summary');
    expect(found.map((f) => f.profileId).sort()).toEqual(['gh', 'li']);
    expect(found.find((f) => f.profileId === 'li')?.params.others).toEqual(['GitHub — jdupont']);
  });

  it('duplicate-summary ignores very short summaries', () => {
    const ws = workspace({ profiles: [profile({ id: 'li', summary: 'Pharmacienne à Lyon.' }), gh({ summary: 'Pharmacienne à Lyon.' })] });
    expect(findingsOf(ws, 'duplicate-summary')).toEqual([]);
  });

  it('name-inconsistent folds letters that do not decompose (Ø, Ł, Æ, Œ, ß, Đ, Þ)', () => {
    const names = [['Søren Østergaard', 'Soren Ostergaard'], ['Łukasz Wałęsa', 'Lukasz Walesa'], ['Ægir Þórsson', 'Aegir Thorsson'], ['Jörg Straßmann', 'Jorg Strassmann'], ['Đorđe Œuvray', 'Dorde Oeuvray']];
    for (const [person, plain] of names) {
      expect(findingsOf(workspace({ person: { displayName: person }, profiles: [gh({ displayName: plain })] }), 'name-inconsistent'), plain).toEqual([]);
    }
    expect(findingsOf(workspace({ person: { displayName: 'Søren Østergaard' }, profiles: [gh({ displayName: 'Søren Larsen' })] }), 'name-inconsistent')).toHaveLength(1);
  });

  it('name-inconsistent accepts the name with an alias or written again in another script, and a name wholly in another script', () => {
    const person = { displayName: 'Noa Ben David' };
    for (const displayName of ['Noa (Noémie) Ben David', 'נועה בן דוד · Noa Ben David', 'נועה בן דוד', 'Ben David Noa']) {
      expect(findingsOf(workspace({ person, profiles: [gh({ displayName })] }), 'name-inconsistent'), displayName).toEqual([]);
    }
  });

  it('name-inconsistent still flags initials and short forms', () => {
    const person = { displayName: 'Jean Dupont' };
    for (const displayName of ['J. Dupont', 'Jean D.', 'Jean-Marc Dupont', 'Jean (JD) D.']) {
      expect(findingsOf(workspace({ person, profiles: [gh({ displayName })] }), 'name-inconsistent'), displayName).toHaveLength(1);
    }
  });

  it('headline-inconsistent does not compare titles written in different scripts, and shows no similarity figure', () => {
    const person = { headline: 'Data engineer' };
    expect(findingsOf(workspace({ person, profiles: [gh({ headline: 'مهندسة بيانات' })] }), 'headline-inconsistent')).toEqual([]);
    const [f] = findingsOf(workspace({ person, profiles: [gh({ headline: 'Pastry chef' })] }), 'headline-inconsistent');
    expect(f?.message.en).toBe('The GitHub headline "Pastry chef" announces another job than your headline "Data engineer".');
    expect(f?.message.fr).not.toMatch(/%/);
  });
});

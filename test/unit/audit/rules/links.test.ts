import { describe, expect, it } from 'vitest';
import type { FactSource } from '../../../../shared/schema/workspace';
import { findingsOf, profile, UNCHECKED, workspace } from '../../../fixtures/audit/build';

const li = (links: string[], extra = {}) => profile({ id: 'li', url: 'https://www.linkedin.com/in/jeanne-dupont', handle: 'jeanne-dupont', links, ...extra });
const gh = (links: string[], extra = {}) => profile({ id: 'gh', network: 'github', url: 'https://github.com/jdupont', handle: 'jdupont', links, ...extra });
const mt = (links: string[], extra = {}) => profile({ id: 'mt', network: 'malt', url: 'https://www.malt.fr/profile/jdupont', handle: 'jdupont', links, ...extra });
const LI = 'https://linkedin.com/in/Jeanne-Dupont/';
const GH = 'https://github.com/jdupont';
const MT = 'https://www.malt.fr/profile/jdupont';

describe('cross-link rules', () => {
  it('missing-cross-link fires once for a pair that does not link either way, on its first profile', () => {
    const ws = workspace({ profiles: [li([GH]), gh([LI]), mt([LI])] });
    const found = findingsOf(ws, 'missing-cross-link');
    expect(found.map((f) => f.key)).toEqual(['missing-cross-link:gh:mt']);
    expect(found[0]?.message.en).toBe('GitHub — jdupont and Malt — jdupont do not link to each other: add a link each way.');
    expect(found[0]?.message.fr).toBe('GitHub — jdupont et Malt — jdupont ne se citent pas : ajoutez un lien dans chaque sens.');
    expect(findingsOf(workspace({ profiles: [li([GH, MT]), gh([LI, MT]), mt([LI, GH])] }), 'missing-cross-link')).toEqual([]);
  });

  it('a declining network’s profile is never asked for links, and leaves no other profile isolated', () => {
    const vi = profile({ id: 'vi', network: 'viadeo', url: 'https://www.viadeo.com/p/jdupont', handle: 'jdupont', links: [] });
    const ws = workspace({ profiles: [li([GH]), gh([LI]), vi] });
    for (const code of ['missing-cross-link', 'one-way-link', 'orphan-profile']) expect(findingsOf(ws, code)).toEqual([]);
    // Without Viadeo in the picture, an unlinked LinkedIn and GitHub are both isolated: the rule still fires.
    expect(findingsOf(workspace({ profiles: [li([]), gh([]), vi] }), 'orphan-profile').map((f) => f.profileId).sort()).toEqual(['gh', 'li']);
  });

  it('lookalike-link warns on the profile showing a link that imitates a network, naming it; a real link does not', () => {
    const [f, ...more] = findingsOf(workspace({ profiles: [li([GH, 'https://www.linkedln.com/in/jeanne-dupont']), gh([LI])] }), 'lookalike-link');
    expect(more).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', profileId: 'li', field: 'links' });
    expect(f?.message.en).toContain('imitates LinkedIn');
    expect(f?.message.fr).toContain('imite LinkedIn');
    expect(findingsOf(workspace({ profiles: [li([GH, 'https://www.linkedln.com/in/jeanne-dupont']), gh([LI])] }), 'unknown-link-target')).toEqual([]);
    expect(findingsOf(workspace({ profiles: [li([GH]), gh([LI])] }), 'lookalike-link')).toEqual([]);
  });

  it('a link to the person’s own site counts as a link to every profile', () => {
    const ws = workspace({ person: { websites: ['https://jeanne-dupont.fr'] }, profiles: [li([GH]), gh([LI]), mt(['https://www.jeanne-dupont.fr/contact'])] });
    expect(findingsOf(ws, 'missing-cross-link')).toEqual([]);
  });

  it('one-way-link fires on the profile that does not link back', () => {
    const ws = workspace({ profiles: [li([GH, MT]), gh([LI]), mt([])] });
    const found = findingsOf(ws, 'one-way-link');
    expect(found.map((f) => f.key)).toEqual(['one-way-link:mt:li']);
    expect(findingsOf(workspace({ profiles: [li([GH]), gh([LI])] }), 'one-way-link')).toEqual([]);
  });

  it('orphan-profile fires on a profile nothing points to and that points nowhere', () => {
    const ws = workspace({ profiles: [li([GH]), gh([LI]), mt([])] });
    expect(findingsOf(ws, 'orphan-profile').map((f) => f.profileId)).toEqual(['mt']);
    expect(findingsOf(ws, 'missing-cross-link').filter((f) => f.profileId === 'mt')).toEqual([]);
    expect(findingsOf(workspace({ profiles: [li([GH]), gh([LI]), mt([LI])] }), 'orphan-profile')).toEqual([]);
  });

  it('says nothing a profile does not link to while its links are not checked (unknown is not missing)', () => {
    const unchecked = { facts: { links: UNCHECKED } };
    // Malt's links were never looked at: it may well link to LinkedIn. Not isolated, not one-way, no missing pair.
    const ws = workspace({ profiles: [li([GH, MT]), gh([LI]), mt([], unchecked)] });
    for (const code of ['orphan-profile', 'one-way-link', 'missing-cross-link']) expect(findingsOf(ws, code), code).toEqual([]);
    // Malt links nowhere, but LinkedIn's links are unknown and may lead to it: "isolated" needs every member's links known.
    const unknownOthers = workspace({ profiles: [li([], unchecked), gh([LI]), mt([])] });
    expect(findingsOf(unknownOthers, 'orphan-profile')).toEqual([]);
    // A link a profile holds is known (a value is knowledge): GitHub, checked, does not link back.
    expect(findingsOf(workspace({ profiles: [li([GH], unchecked), gh([])] }), 'one-way-link').map((f) => f.key)).toEqual(['one-way-link:gh:li']);
    // Once checked, the same profiles get the findings.
    expect(findingsOf(workspace({ profiles: [li([GH, MT]), gh([LI]), mt([])] }), 'one-way-link').map((f) => f.key)).toEqual(['one-way-link:mt:li']);
  });

  it('orphan-profile on the main profile is an error costing double, said as the main profile', () => {
    const freelance = (profiles: ReturnType<typeof profile>[]) => workspace({ person: { goal: 'freelance' }, profiles });
    const [main] = findingsOf(freelance([li([GH]), gh([LI]), mt([])]), 'orphan-profile');
    expect(main).toMatchObject({ profileId: 'mt', severity: 'error', points: 20 });
    expect(main?.message.fr).toBe('Votre profil principal, Malt, est isolé : aucun de vos profils n’y mène et il ne mène à aucun.');
    expect(main?.message.en).toBe('Your main profile, Malt, is isolated: none of your profiles leads to it and it leads to none.');
    // The same isolated Malt, when it is not the main profile, is an ordinary warning.
    const [other] = findingsOf(workspace({ profiles: [li([GH]), gh([LI]), mt([])] }), 'orphan-profile');
    expect(other).toMatchObject({ profileId: 'mt', severity: 'warning', points: 10 });
    expect(other?.message.en).toBe('The Malt profile is isolated: none of your profiles leads to it and it leads to none.');
  });

  it('personal, dormant profiles are left out of cross-linking', () => {
    const ws = workspace({ profiles: [li([GH]), gh([LI]), mt([], { status: 'dormant' }), profile({ id: 'fb', network: 'facebook', url: 'https://facebook.com/jd', audience: 'personal' })] });
    expect(findingsOf(ws, 'orphan-profile')).toEqual([]);
    expect(findingsOf(ws, 'missing-cross-link')).toEqual([]);
  });

  it('pro-links-to-personal fires when a professional profile links a personal one', () => {
    const fb = profile({ id: 'fb', network: 'facebook', url: 'https://www.facebook.com/jeanne.perso', handle: 'jeanne.perso', audience: 'personal' });
    const [f] = findingsOf(workspace({ profiles: [li(['https://facebook.com/jeanne.perso']), fb] }), 'pro-links-to-personal');
    expect(f).toMatchObject({ key: 'pro-links-to-personal:li:fb', severity: 'warning' });
    expect(findingsOf(workspace({ profiles: [li([]), fb] }), 'pro-links-to-personal')).toEqual([]);
  });

  it('unknown-link-target is info for a link that is neither a profile nor a site of theirs', () => {
    const ws = workspace({ person: { websites: ['jeanne-dupont.fr'] }, profiles: [li(['https://pharmacie-du-centre.example/equipe', 'https://jeanne-dupont.fr', GH]), gh([LI])] });
    const found = findingsOf(ws, 'unknown-link-target');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', points: 0, params: expect.objectContaining({ link: 'https://pharmacie-du-centre.example/equipe' }) });
  });

  describe('link-no-longer-shown', () => {
    const PDF: FactSource = { kind: 'linkedin-pdf', at: '2026-03-03', label: 'Profile.pdf' };
    const SITE = 'https://jeanne-dupont.fr';
    const person = { websites: [SITE] };
    const shown = (links: string[], seen: string[], source: FactSource = PDF) =>
      li(links, { facts: { links: { state: 'known', source } }, seenLinks: seen.map((url) => ({ url, source })) });

    it('fires on a declared link the latest file of that profile does not show, naming the file and its date', () => {
      const ws = workspace({ person, profiles: [shown([GH, SITE], [GH]), gh([LI])] });
      const found = findingsOf(ws, 'link-no-longer-shown');
      expect(found.map((f) => f.key)).toEqual(['link-no-longer-shown:li:https://jeanne-dupont.fr']);
      expect(found[0]).toMatchObject({ severity: 'warning', field: 'links', profileId: 'li' });
      expect(found[0]?.message.fr).toBe('LinkedIn ne renvoie plus vers votre site https://jeanne-dupont.fr. Source : vu dans le PDF LinkedIn du 3 mars 2026 (Profile.pdf).');
      expect(found[0]?.message.en).toBe('LinkedIn no longer links to your site https://jeanne-dupont.fr. Source: seen in LinkedIn’s PDF of 3 March 2026 (Profile.pdf).');
    });

    it('names the profile a dropped link led to', () => {
      const found = findingsOf(workspace({ profiles: [shown([GH], []), gh([LI])] }), 'link-no-longer-shown');
      expect(found[0]?.message.en).toBe('LinkedIn no longer links to GitHub — jdupont. Source: seen in LinkedIn’s PDF of 3 March 2026 (Profile.pdf).');
    });

    it('fires on a link seen in an older file that the newer one does not show', () => {
      const old = { url: GH, source: { ...PDF, at: '2025-01-10', label: 'Old.pdf' } };
      const ws = workspace({ profiles: [li([GH], { facts: { links: { state: 'absent', source: PDF } }, seenLinks: [old] }), gh([LI])] });
      expect(findingsOf(ws, 'link-no-longer-shown').map((f) => f.subject)).toEqual(['github:jdupont']);
    });

    it('does not fire when no file showed the profile’s links (declared links only)', () => {
      expect(findingsOf(workspace({ person, profiles: [li([GH, SITE]), gh([LI])] }), 'link-no-longer-shown')).toEqual([]);
      const typed: FactSource = { kind: 'typed', at: '2026-03-03', label: '' };
      expect(findingsOf(workspace({ person, profiles: [shown([GH, SITE], [], typed), gh([LI])] }), 'link-no-longer-shown')).toEqual([]);
    });

    it('does not fire when the file shows every declared link', () => {
      expect(findingsOf(workspace({ person, profiles: [shown([GH, SITE], ['github.com/jdupont/', SITE]), gh([LI])] }), 'link-no-longer-shown')).toEqual([]);
    });

    it('a link seen but not declared counts in the cross-links', () => {
      const ws = workspace({ profiles: [li([], { facts: { links: { state: 'known', source: PDF } }, seenLinks: [{ url: GH, source: PDF }] }), gh([LI])] });
      expect(findingsOf(ws, 'one-way-link')).toEqual([]);
      expect(findingsOf(ws, 'link-no-longer-shown')).toEqual([]);
    });
  });
});

import { factState } from '../../facts/state';
import { describeSource } from '../../facts/labels';
import type { AuditContext, LinkRef } from '../context';
import { labelOf } from '../labels';
import { mainProfileId } from '../score';
import { profileRule, type ProfileRule } from '../types';

/** A points to B directly, or through one of the person's sites (which lists every profile). */
export function pointsTo(audit: AuditContext, from: string, to: string): boolean {
  return audit.links.viaSite.has(from) || (audit.links.direct.get(from)?.has(to) ?? false);
}

function isMember(audit: AuditContext, id: string): boolean {
  return audit.links.direct.has(id);
}

/**
 * Whether someone checked the links this profile shows. A link it holds proves it points
 * somewhere; that it does not point to a profile is known only once its links were checked
 * (unknown is not missing: a profile named in a résumé has its links "to verify").
 */
function linksChecked(audit: AuditContext, id: string): boolean {
  const profile = audit.facts.get(id)?.profile;
  return profile !== undefined && factState(profile, 'links') !== 'unchecked';
}

export function isOrphan(audit: AuditContext, id: string): boolean {
  const { members, direct, viaSite } = audit.links;
  if (!isMember(audit, id) || members.length < 2) return false;
  if (viaSite.has(id) || (direct.get(id)?.size ?? 0) > 0) return false;
  // "Nothing leads to it, it leads nowhere" needs every member's links to have been looked at.
  if (!members.every((m) => linksChecked(audit, m))) return false;
  return !members.some((other) => other !== id && pointsTo(audit, other, id));
}

type Target = { target: string };

export const missingCrossLink = profileRule<Target>({
  code: 'missing-cross-link', severity: 'warning', field: 'links', points: 3,
  appliesTo: () => true,
  why: {
    fr: 'Des profils qui se citent l’un l’autre prouvent qu’ils sont à la même personne et font passer les visiteurs de l’un à l’autre.',
    en: 'Profiles that point to each other prove they belong to the same person and send visitors from one to the next.',
  },
  fix: {
    fr: 'Ajoutez un lien vers l’autre profil (section coordonnées, site web ou bio), ou vers votre site qui les liste tous.',
    en: 'Add a link to the other profile (contact info, website field or bio), or to your own site that lists them all.',
  },
  // One finding per pair, owned by the pair's first profile in inventory order.
  check: ({ profile, audit }) => {
    if (!isMember(audit, profile.id) || !linksChecked(audit, profile.id) || isOrphan(audit, profile.id)) return [];
    const { members } = audit.links;
    const own = members.indexOf(profile.id);
    return members
      .filter((other, i) => i > own && linksChecked(audit, other) && !isOrphan(audit, other) && !pointsTo(audit, profile.id, other) && !pointsTo(audit, other, profile.id))
      .map((other) => ({ subject: other, params: { target: labelOf(audit, other) }, frParams: { target: labelOf(audit, other, 'fr') } }));
  },
  message: ({ profile, target }) => ({
    fr: `${profile} et ${target} ne se citent pas : ajoutez un lien dans chaque sens.`,
    en: `${profile} and ${target} do not link to each other: add a link each way.`,
  }),
});

export const oneWayLink = profileRule<Target>({
  code: 'one-way-link', severity: 'warning', field: 'links', points: 2,
  appliesTo: () => true,
  why: {
    fr: 'Un lien à sens unique laisse le visiteur en cul-de-sac et affaiblit la preuve que les deux profils sont à vous.',
    en: 'A one-way link leaves visitors at a dead end and weakens the proof that both profiles are yours.',
  },
  fix: { fr: 'Ajoutez le lien retour.', en: 'Add the link back.' },
  check: ({ profile, audit }) => {
    if (!isMember(audit, profile.id) || !linksChecked(audit, profile.id)) return [];
    return audit.links.members
      .filter((other) => other !== profile.id && pointsTo(audit, other, profile.id) && !pointsTo(audit, profile.id, other))
      .map((other) => ({ subject: other, params: { target: labelOf(audit, other) }, frParams: { target: labelOf(audit, other, 'fr') } }));
  },
  message: ({ network, target }) => ({
    fr: `${target} pointe vers le profil ${network}, mais pas l’inverse.`,
    en: `${target} links to the ${network} profile, but not the other way round.`,
  }),
});

/** An isolated main profile costs twice an isolated profile's points. */
export const MAIN_ORPHAN_POINTS = 20;

export const orphanProfile = profileRule<{ main: number }>({
  code: 'orphan-profile', severity: 'warning', field: 'links', points: 10,
  appliesTo: () => true,
  why: {
    fr: 'Un profil isolé, que rien ne cite et qui ne cite rien, ne profite pas de votre présence ailleurs et peut passer pour un faux.',
    en: 'An isolated profile, linked from nowhere and linking nowhere, gains nothing from your presence elsewhere and may pass for a fake.',
  },
  fix: {
    fr: 'Reliez-le : ajoutez-y un lien vers votre profil principal ou votre site, et un lien vers lui depuis ceux-ci.',
    en: 'Connect it: add a link to your main profile or your site, and a link to it from them.',
  },
  check: ({ profile, audit }) => {
    if (!isOrphan(audit, profile.id)) return [];
    // The main profile is where every other profile should send visitors: isolated, it is an error and costs double.
    return mainProfileId(audit.ws) === profile.id ? [{ params: { main: 1 }, severity: 'error', points: MAIN_ORPHAN_POINTS }] : [{ params: { main: 0 } }];
  },
  message: ({ network, main }) => main === 1
    ? {
        fr: `Votre profil principal, ${network}, est isolé : aucun de vos profils n’y mène et il ne mène à aucun.`,
        en: `Your main profile, ${network}, is isolated: none of your profiles leads to it and it leads to none.`,
      }
    : {
        fr: `Le profil ${network} est isolé : aucun de vos profils n’y mène et il ne mène à aucun.`,
        en: `The ${network} profile is isolated: none of your profiles leads to it and it leads to none.`,
      },
});

export const proLinksToPersonal = profileRule<Target>({
  code: 'pro-links-to-personal', severity: 'warning', field: 'links', points: 5,
  appliesTo: () => true,
  onDeclining: true,
  why: {
    fr: 'Un lien depuis un profil professionnel expose votre profil personnel (photos, famille, opinions) à vos clients et recruteurs.',
    en: 'A link from a professional profile exposes your personal profile (photos, family, opinions) to clients and recruiters.',
  },
  fix: { fr: 'Retirez ce lien du profil professionnel.', en: 'Remove this link from the professional profile.' },
  check: ({ profile, facts, audit }) => {
    if (profile.audience !== 'professional') return [];
    const seen = new Set<string>();
    for (const link of facts.links) {
      const target = link.key === null ? undefined : audit.byIdentity.get(link.key);
      if (target !== undefined && target !== profile.id && audit.facts.get(target)?.profile.audience === 'personal') seen.add(target);
    }
    return [...seen].map((target) => ({ subject: target, params: { target: labelOf(audit, target) }, frParams: { target: labelOf(audit, target, 'fr') } }));
  },
  message: ({ network, target }) => ({
    fr: `Le profil professionnel ${network} renvoie vers votre profil personnel ${target}.`,
    en: `The professional ${network} profile links to your personal profile ${target}.`,
  }),
});

export const unknownLinkTarget = profileRule<{ link: string }>({
  code: 'unknown-link-target', severity: 'info', field: 'links', points: 0,
  appliesTo: () => true,
  why: {
    fr: 'Vitrine ne vérifie que les liens vers vos profils et vos sites ; un autre lien peut être voulu, ou périmé.',
    en: 'Vitrine only checks links to your profiles and your sites; any other link may be intended, or out of date.',
  },
  fix: {
    fr: 'S’il mène à un de vos profils, ajoutez ce profil à l’inventaire ; s’il mène à votre site, ajoutez-le à vos sites ; sinon vérifiez qu’il marche encore.',
    en: 'If it leads to one of your profiles, add that profile to the inventory; if to your site, add it to your sites; otherwise check it still works.',
  },
  check: ({ facts, audit }) =>
    facts.links
      .filter((link) => !link.site && link.lookalike === null && (link.key === null || !audit.byIdentity.has(link.key)))
      .map((link) => ({ subject: link.key ?? link.raw, params: { link: link.raw } })),
  message: ({ network, link }) => ({
    fr: `Le profil ${network} renvoie vers ${link}, qui n’est ni un de vos profils ni un de vos sites.`,
    en: `The ${network} profile links to ${link}, which is neither one of your profiles nor one of your sites.`,
  }),
});

export const lookalikeLink = profileRule<{ link: string; reason: string; reasonFr: string }>({
  code: 'lookalike-link', severity: 'warning', field: 'links', points: 10,
  appliesTo: () => true,
  audiences: ['professional', 'personal'],
  onDeclining: true,
  why: {
    fr: 'Une adresse qui imite un réseau connu est le procédé des hameçonnages : un visiteur qui la voit sur votre profil doute de vous, et celui qui clique peut se faire piéger.',
    en: 'An address imitating a well-known network is the phishers’ trick: a visitor who sees it on your profile doubts you, and one who clicks may be caught.',
  },
  fix: {
    fr: 'Retirez ce lien ; s’il devait mener à votre profil, recopiez la vraie adresse depuis la barre du navigateur.',
    en: 'Remove this link; if it was meant to lead to your profile, copy the real address from the browser bar.',
  },
  check: ({ facts }) =>
    facts.links
      .filter((link) => link.lookalike !== null)
      .map((link) => ({ subject: link.raw, params: { link: link.raw, reason: link.lookalike!.en, reasonFr: link.lookalike!.fr } })),
  message: ({ network, link, reason, reasonFr }) => ({
    fr: `Le profil ${network} affiche un lien trompeur, ${link} : ${reasonFr.replace(/\.$/, '')}.`,
    en: `The ${network} profile shows a deceptive link, ${link}: ${reason.replace(/\.$/, '')}.`,
  }),
});

/** Where a link leads, in words: the person's site, one of their profiles, or the address itself. */
function linkTarget(audit: AuditContext, link: LinkRef): { targetFr: string; targetEn: string } {
  if (link.site) return { targetFr: `votre site ${link.raw}`, targetEn: `your site ${link.raw}` };
  const target = link.key === null ? undefined : audit.byIdentity.get(link.key);
  if (target === undefined) return { targetFr: link.raw, targetEn: link.raw };
  return { targetFr: labelOf(audit, target, 'fr'), targetEn: labelOf(audit, target) };
}

export const linkNoLongerShown = profileRule<{ link: string; targetFr: string; targetEn: string; sourceFr: string; sourceEn: string }>({
  code: 'link-no-longer-shown', severity: 'warning', field: 'links', points: 3,
  appliesTo: () => true,
  why: {
    fr: 'Un fichier récent de ce profil montre les liens qu’il affiche vraiment : un lien que vous aviez noté n’y est plus, les visiteurs ne le trouvent donc plus.',
    en: 'A recent file of this profile shows the links it really displays: a link you had noted is not among them, so visitors no longer find it.',
  },
  fix: {
    fr: 'Remettez le lien sur le profil, ou retirez-le de vos liens notés s’il n’a plus lieu d’être.',
    en: 'Put the link back on the profile, or remove it from your noted links if it no longer belongs there.',
  },
  // A seen link settles the question: a declared one the latest file did not show is gone from the live profile.
  check: ({ facts, audit }) => {
    const shownBy = facts.linksShownBy;
    if (shownBy === null) return [];
    const sourceFr = describeSource(shownBy, 'fr');
    const sourceEn = describeSource(shownBy, 'en');
    return facts.links
      .filter((link) => link.seen === null && link.raw.trim() !== '')
      .map((link) => ({ subject: link.key ?? link.raw, params: { link: link.raw, ...linkTarget(audit, link), sourceFr, sourceEn } }));
  },
  message: ({ network, targetFr, targetEn, sourceFr, sourceEn }) => ({
    fr: `${network} ne renvoie plus vers ${targetFr}. Source : ${sourceFr}.`,
    en: `${network} no longer links to ${targetEn}. Source: ${sourceEn}.`,
  }),
});

export const LINK_RULES: readonly ProfileRule[] = [missingCrossLink, oneWayLink, orphanProfile, proLinksToPersonal, lookalikeLink, linkNoLongerShown, unknownLinkTarget];

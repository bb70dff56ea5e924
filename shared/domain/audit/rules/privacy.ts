import { tradeIn } from '../trades';
import { profileRule, type ProfileRule } from '../types';

/**
 * personal-mixed: a personal profile that speaks of the person's work (their
 * trade in its headline or bio) or points to their professional presence (their
 * site, a professional profile). Pro and personal mixed: the personal side is
 * exposed to clients, and the professional side looks casual.
 */
export const personalMixed = profileRule<{ trade: number; links: number }>({
  code: 'personal-mixed', severity: 'warning', field: 'audience', points: 3,
  appliesTo: () => true,
  audiences: ['personal'],
  onDeclining: true,
  why: {
    fr: 'Un profil personnel qui parle de votre métier attire clients et recruteurs chez vous, au milieu de vos photos de famille et de vos opinions.',
    en: 'A personal profile that talks about your work draws clients and recruiters into your home, among your family photos and opinions.',
  },
  fix: {
    fr: 'Choisissez : gardez-le personnel (retirez métier et liens professionnels, passez-le en privé), ou faites-en un profil professionnel et indiquez-le dans l’inventaire.',
    en: 'Choose: keep it personal (remove your trade and work links, make it private), or make it a professional profile and mark it so in the inventory.',
  },
  check: ({ profile, facts, audit }) => {
    const own = audit.person.trade?.trade.id;
    const trade = own !== undefined && tradeIn(`${profile.headline} ${profile.summary}`)?.trade.id === own ? 1 : 0;
    const links = facts.links.some((l) => l.site || (l.key !== null && audit.facts.get(audit.byIdentity.get(l.key) ?? '')?.profile.audience === 'professional')) ? 1 : 0;
    return trade || links ? [{ params: { trade, links } }] : [];
  },
  message: ({ network, trade, links }) => {
    const what = trade && links
      ? { fr: 'parle de votre métier et renvoie vers votre présence professionnelle', en: 'talks about your work and links to your professional presence' }
      : trade
        ? { fr: 'parle de votre métier', en: 'talks about your work' }
        : { fr: 'renvoie vers votre présence professionnelle', en: 'links to your professional presence' };
    return {
      fr: `Votre profil personnel ${network} ${what.fr} : pro et perso s’y mélangent.`,
      en: `Your personal ${network} profile ${what.en}: work and private life are mixed there.`,
    };
  },
});

export const PRIVACY_RULES: readonly ProfileRule[] = [personalMixed];

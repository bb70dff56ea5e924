import { profileRule, type ProfileRule } from '../types';

export const followDisabled = profileRule({
  code: 'follow-disabled', severity: 'warning', field: 'followOpen', points: 5,
  appliesTo: (n) => n.features.follow,
  why: {
    fr: 'Sans le mode « suivre », seuls vos contacts voient vos publications : un client potentiel ne peut pas s’abonner sans vous demander en ami ou en relation.',
    en: 'With following off, only your connections see your posts: a prospect cannot subscribe without sending you a request.',
  },
  fix: {
    fr: 'Activez le bouton « Suivre » (mode professionnel sur Facebook, mode créateur ou « Suivre » par défaut ailleurs).',
    en: 'Turn on the Follow button (professional mode on Facebook, creator mode or Follow as default elsewhere).',
  },
  check: ({ profile }) => (profile.followOpen === false ? [{ params: {} }] : []),
  message: ({ network }) => ({ fr: `Le mode « suivre » est désactivé sur ${network}.`, en: `Following is turned off on ${network}.` }),
});

export const wallOpen = profileRule({
  code: 'wall-open', severity: 'warning', field: 'wallRestricted', points: 5,
  appliesTo: (n) => n.features.wall,
  why: {
    fr: 'Sur un profil utilisé pour le travail, un mur ouvert laisse n’importe qui y publier ou vous identifier, sous les yeux de vos clients.',
    en: 'On a profile used for work, an open wall lets anyone post on it or tag you, in front of your clients.',
  },
  fix: {
    fr: 'Limitez qui peut publier sur votre mur et vérifiez les identifications avant qu’elles n’apparaissent.',
    en: 'Restrict who can post on your wall and review tags before they appear.',
  },
  check: ({ profile }) => (profile.audience === 'professional' && profile.wallRestricted === false ? [{ params: {} }] : []),
  message: ({ network }) => ({
    fr: `Le mur ${network} est ouvert alors que le profil sert au travail.`,
    en: `The ${network} wall is open although the profile is used for work.`,
  }),
});

export const staleProfile = profileRule<{ lastReviewed: string; months: number }>({
  code: 'stale-profile', severity: 'warning', field: 'lastReviewed', points: 3,
  appliesTo: () => true,
  statuses: ['active', 'dormant'],
  why: {
    fr: 'Un profil que personne ne relit finit par annoncer un ancien poste, un ancien tarif ou un lien mort.',
    en: 'A profile nobody rereads ends up showing an old job, an old rate or a dead link.',
  },
  fix: {
    fr: 'Relisez le profil en ligne, corrigez ce qui a changé, puis notez la date de relecture.',
    en: 'Read the live profile, fix what has changed, then record the review date.',
  },
  check: ({ profile, staleBefore, audit }) => {
    const months = audit.ws.settings.staleMonths;
    if (profile.lastReviewed === null) return [{ params: { lastReviewed: '', months }, severity: 'info' }];
    return profile.lastReviewed < staleBefore ? [{ params: { lastReviewed: profile.lastReviewed, months } }] : [];
  },
  message: ({ lastReviewed, months, network }) =>
    lastReviewed === ''
      ? { fr: `Le profil ${network} n’a jamais été relu.`, en: `The ${network} profile has never been reviewed.` }
      : {
          fr: `Le profil ${network} n’a pas été relu depuis le ${lastReviewed} (plus de ${months} mois).`,
          en: `The ${network} profile has not been reviewed since ${lastReviewed} (over ${months} months).`,
        },
});

export const legacyNetwork = profileRule({
  code: 'legacy-network', severity: 'warning', field: 'status', points: 5,
  appliesTo: (n) => n.legacy,
  statuses: ['active', 'dormant'],
  why: {
    fr: 'Ce réseau est en perte de vitesse ou menacé : vos efforts y touchent peu de monde et le profil peut disparaître.',
    en: 'This network is fading or under threat: your effort there reaches few people and the profile may vanish.',
  },
  fix: {
    fr: 'Reportez vos efforts sur un réseau actif, gardez une copie de vos contenus, et envisagez de fermer ce profil.',
    en: 'Move your effort to an active network, keep a copy of your content, and consider closing this profile.',
  },
  check: () => [{ params: {} }],
  message: ({ network }) => ({ fr: `${network} est un réseau en déclin.`, en: `${network} is a declining network.` }),
});

export const SETTINGS_RULES: readonly ProfileRule[] = [followDisabled, wallOpen, staleProfile, legacyNetwork];

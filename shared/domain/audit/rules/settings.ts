import { isDeclining } from '../../networks/catalog';
import { dayInWords } from '../dates';
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

export const wallOpen = profileRule<{ personal: number }>({
  code: 'wall-open', severity: 'warning', field: 'wallRestricted', points: 5,
  appliesTo: (n) => n.features.wall,
  // A personal profile is audited for privacy: its public wall is exactly that.
  audiences: ['professional', 'personal'],
  onDeclining: true,
  why: {
    fr: 'Un mur ouvert laisse n’importe qui y publier ou vous identifier : sur un profil de travail, sous les yeux de vos clients ; sur un profil personnel, votre vie privée s’offre à qui vous cherche.',
    en: 'An open wall lets anyone post on it or tag you: on a work profile, in front of your clients; on a personal one, your private life is open to whoever looks you up.',
  },
  fix: {
    fr: 'Limitez qui peut publier sur votre mur et vérifiez les identifications avant qu’elles n’apparaissent.',
    en: 'Restrict who can post on your wall and review tags before they appear.',
  },
  check: ({ profile }) => (profile.wallRestricted === false ? [{ params: { personal: profile.audience === 'personal' ? 1 : 0 } }] : []),
  message: ({ network, personal }) => (personal
    ? { fr: `Le mur de votre profil personnel ${network} est public : clients et recruteurs peuvent y lire votre vie privée.`, en: `The wall of your personal ${network} profile is public: clients and recruiters can read your private life there.` }
    : { fr: `Le mur ${network} est ouvert alors que le profil sert au travail.`, en: `The ${network} wall is open although the profile is used for work.` }),
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
          fr: `Le profil ${network} n’a pas été relu depuis le ${dayInWords(lastReviewed).fr} (plus de ${months} mois).`,
          en: `The ${network} profile has not been reviewed since ${dayInWords(lastReviewed).en} (over ${months} months).`,
        },
});

export const legacyNetwork = profileRule<{ lastReviewed: string; recent: number }>({
  code: 'legacy-network', severity: 'warning', field: 'status', points: 5,
  appliesTo: isDeclining,
  onDeclining: true,
  statuses: ['active', 'dormant'],
  why: {
    fr: 'Ce réseau est en déclin : peu de recruteurs ou de clients y passent encore, mais un profil oublié y montre toujours un ancien poste à qui vous cherche.',
    en: 'This network is declining: few recruiters or clients still visit it, but a forgotten profile there still shows an old job to whoever looks you up.',
  },
  fix: {
    fr: 'Décidez de son sort : mettez-le à jour en quelques lignes (poste actuel, lien vers votre profil principal) et n’y revenez qu’une fois par an, ou archivez son contenu et fermez-le. Inutile de le compléter davantage.',
    en: 'Decide its fate: bring it up to date in a few lines (current job, link to your main profile) and come back once a year, or archive its content and close it. No need to complete it further.',
  },
  check: ({ profile, staleBefore }) => [{
    params: { lastReviewed: profile.lastReviewed ?? '', recent: profile.lastReviewed !== null && profile.lastReviewed >= staleBefore ? 1 : 0 },
  }],
  message: ({ network, lastReviewed, recent }) => {
    const fate = {
      fr: 'mettez-le à jour en quelques lignes, ou archivez-le et fermez-le',
      en: 'bring it up to date in a few lines, or archive and close it',
    };
    if (recent) {
      return {
        fr: `${network} est un réseau en déclin ; votre profil y est à jour : gardez-le tel quel ou fermez-le, sans y investir davantage.`,
        en: `${network} is a declining network; your profile there is up to date: keep it as it is or close it, without investing more.`,
      };
    }
    const since = lastReviewed === '' ? null : dayInWords(lastReviewed);
    return since
      ? { fr: `${network} est un réseau en déclin et votre profil n’y a pas été relu depuis le ${since.fr} : ${fate.fr}.`, en: `${network} is a declining network and your profile there has not been reviewed since ${since.en}: ${fate.en}.` }
      : { fr: `${network} est un réseau en déclin et votre profil n’y a jamais été relu : ${fate.fr}.`, en: `${network} is a declining network and your profile there has never been reviewed: ${fate.en}.` };
  },
});

export const SETTINGS_RULES: readonly ProfileRule[] = [followDisabled, wallOpen, staleProfile, legacyNetwork];

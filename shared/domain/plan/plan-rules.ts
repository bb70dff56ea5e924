/**
 * The plan's regularity and theme rules: code, severity, points, why, fix.
 * Messages are built per finding in the rule modules. Codes are stable (they
 * are part of dismissal keys): never rename one.
 */
import type { Severity } from '../../schema/finding';
import type { ProfileField } from '../../schema/network';
import type { Localized } from '../../schema/text';

export interface PlanRule {
  code: string;
  severity: Severity;
  field: ProfileField | null;
  /** Points a finding costs its profile's score (0 for info). */
  points: number;
  why: Localized;
  fix: Localized;
}

const rule = (r: PlanRule): PlanRule => r;

export const PLAN_RULES = {
  dormant: rule({
    code: 'dormant', severity: 'warning', field: 'cadence', points: 5,
    why: {
      fr: 'Un profil sans publication depuis longtemps paraît abandonné, et les réseaux montrent moins les comptes qui se taisent.',
      en: 'A profile with no post for a long time looks abandoned, and networks show silent accounts less.',
    },
    fix: {
      fr: 'Publiez sur le thème du profil, ou allégez la cadence (ou ajoutez une pause) si elle est irréaliste.',
      en: 'Post on the profile’s theme, or lighten the cadence (or add a pause) if it is unrealistic.',
    },
  }),
  overPosting: rule({
    code: 'over-posting', severity: 'warning', field: 'cadence', points: 3,
    why: {
      fr: 'Au-delà du rythme conseillé pour ce réseau, chaque publication touche moins de monde et l’audience se lasse.',
      en: 'Beyond the pace advised for this network, each post reaches fewer people and the audience tires.',
    },
    fix: {
      fr: 'Espacez les publications : regroupez les idées ou programmez-les sur les jours suivants.',
      en: 'Space posts out: merge ideas or schedule them over the following days.',
    },
  }),
  burst: rule({
    code: 'burst', severity: 'warning', field: null, points: 2,
    why: {
      fr: 'Plusieurs publications en rafale se font concurrence : les fils d’actualité n’en montrent souvent qu’une.',
      en: 'Posts in a burst compete with each other: feeds often show only one of them.',
    },
    fix: {
      fr: 'Étalez ces publications sur plusieurs jours selon votre cadence.',
      en: 'Spread these posts over several days, following your cadence.',
    },
  }),
  sameContent: rule({
    code: 'same-content-everywhere', severity: 'warning', field: null, points: 3,
    why: {
      fr: 'Le même texte partout le même jour donne l’impression d’une diffusion automatique et ignore le thème de chaque réseau.',
      en: 'The same text everywhere on the same day looks automated and ignores each network’s theme.',
    },
    fix: {
      fr: 'Adaptez le texte au thème et au public de chaque réseau, ou décalez les publications.',
      en: 'Adapt the text to each network’s theme and audience, or stagger the posts.',
    },
  }),
  repetitive: rule({
    code: 'repetitive-posts', severity: 'warning', field: null, points: 3,
    why: {
      fr: 'Le même texte publié encore et encore sur un réseau lasse vos abonnés : ils cessent de lire, puis de vous suivre.',
      en: 'The same text posted again and again on one network wears your followers out: they stop reading, then stop following.',
    },
    fix: {
      fr: 'Dites-le autrement à chaque fois : un témoignage, un chiffre, une question, une coulisse ; et espacez les rappels.',
      en: 'Say it differently each time: a testimonial, a figure, a question, a look behind the scenes; and space the reminders out.',
    },
  }),
  promoRatio: rule({
    code: 'promo-ratio-high', severity: 'warning', field: null, points: 3,
    why: {
      fr: 'Trop d’autopromotion fait fuir : les guides conseillent d’en rester à environ un tiers des publications (règle des tiers) voire 20 % (règle 80/20).',
      en: 'Too much self-promotion drives people away: guides advise keeping it to about a third of posts (rule of thirds) or even 20% (80/20 rule).',
    },
    fix: {
      fr: 'Alternez avec des contenus utiles : conseils, retours d’expérience, partages de votre domaine.',
      en: 'Alternate with useful content: tips, lessons learned, shares from your field.',
    },
  }),
  noTheme: rule({
    code: 'no-theme', severity: 'warning', field: 'theme', points: 2,
    why: {
      fr: 'Sans thème, on publie au hasard et on répète la même chose partout ; un thème par réseau donne à chaque profil une raison d’être suivi.',
      en: 'Without a theme you post at random and repeat the same thing everywhere; one theme per network gives each profile a reason to be followed.',
    },
    fix: {
      fr: 'Donnez au profil un thème : un titre, 3 à 7 mots-clés, un public, un ton et un objectif.',
      en: 'Give the profile a theme: a title, 3 to 7 keywords, an audience, a tone and a goal.',
    },
  }),
  duplicateTheme: rule({
    code: 'duplicate-theme', severity: 'warning', field: 'theme', points: 3,
    why: {
      fr: 'Deux réseaux avec le même thème se font doublon : vos abonnés n’ont pas de raison de vous suivre sur les deux.',
      en: 'Two networks with the same theme duplicate each other: followers have no reason to follow you on both.',
    },
    fix: {
      fr: 'Différenciez les thèmes : un angle, un public ou des mots-clés propres à chaque réseau.',
      en: 'Set the themes apart: an angle, an audience or keywords of their own on each network.',
    },
  }),
  offTheme: rule({
    code: 'off-theme-post', severity: 'info', field: 'theme', points: 0,
    why: {
      fr: 'Une publication hors thème brouille le message du profil.',
      en: 'An off-theme post blurs the profile’s message.',
    },
    fix: {
      fr: 'Rattachez la publication au thème (mots-clés), publiez-la sur le réseau dont c’est le thème, ou élargissez le thème.',
      en: 'Tie the post to the theme (keywords), post it on the network whose theme it is, or widen the theme.',
    },
  }),
} as const satisfies Record<string, PlanRule>;

export type PlanRuleName = keyof typeof PLAN_RULES;

import type { Localized } from '../../schema/text';

/** The user-facing wording of every identify() refusal, in French and English. */
export const say = {
  empty: (): Localized => ({
    en: 'The address is empty.',
    fr: "L’adresse est vide.",
  }),
  unsafeScheme: (scheme: string): Localized => ({
    en: `"${scheme}:" links are never accepted; only web addresses (https://…) can be profiles.`,
    fr: `Les liens « ${scheme}: » ne sont jamais acceptés ; seules les adresses web (https://…) peuvent être des profils.`,
  }),
  otherScheme: (scheme: string): Localized => ({
    en: `"${scheme}:" is not a web address; a profile link starts with https://.`,
    fr: `« ${scheme}: » n’est pas une adresse web ; un lien de profil commence par https://.`,
  }),
  malformed: (): Localized => ({
    en: 'This is not a readable web address.',
    fr: "Ce n’est pas une adresse web lisible.",
  }),
  tooLong: (max: number): Localized => ({
    en: `The address is longer than ${max} characters.`,
    fr: `L’adresse dépasse ${max} caractères.`,
  }),
  credentials: (host: string): Localized => ({
    en: `The address hides its real site (${host}) behind a user name; it is refused.`,
    fr: `L’adresse cache son vrai site (${host}) derrière un nom d’utilisateur ; elle est refusée.`,
  }),
  punycode: (host: string): Localized => ({
    en: `"${host}" is written with look-alike international characters; it is refused as a precaution.`,
    fr: `« ${host} » est écrit avec des caractères internationaux trompeurs ; il est refusé par précaution.`,
  }),
  lookalike: (host: string, brand: string): Localized => ({
    en: `"${host}" imitates ${brand} but is another site.`,
    fr: `« ${host} » imite ${brand} mais c’est un autre site.`,
  }),
  unknownHost: (host: string): Localized => ({
    en: `"${host}" is not a network Vitrine knows; add it as a custom network if it is one.`,
    fr: `« ${host} » n’est pas un réseau connu de Vitrine ; ajoutez-le comme réseau personnalisé si c’en est un.`,
  }),
  unknownNetworkId: (id: string): Localized => ({
    en: `There is no network "${id}".`,
    fr: `Il n’y a pas de réseau « ${id} ».`,
  }),
  bareName: (): Localized => ({
    en: 'A name alone does not say which network it belongs to; paste the full profile address or pick the network.',
    fr: "Un nom seul ne dit pas à quel réseau il appartient ; collez l’adresse complète du profil ou choisissez le réseau.",
  }),
  siteRoot: (label: string): Localized => ({
    en: `This is ${label}'s home page, not a profile.`,
    fr: `C’est la page d’accueil de ${label}, pas un profil.`,
  }),
  notProfile: (label: string, why: Localized): Localized => ({
    en: `This ${label} link is a ${why.en}, not a person's profile.`,
    fr: `Ce lien ${label} mène à : ${why.fr}, pas au profil d’une personne.`,
  }),
  noProfilePath: (label: string): Localized => ({
    en: `This ${label} address is not a profile address.`,
    fr: `Cette adresse ${label} n’est pas une adresse de profil.`,
  }),
  reserved: (label: string, segment: string): Localized => ({
    en: `"/${segment}" is one of ${label}'s own pages, not a user name.`,
    fr: `« /${segment} » est une page propre à ${label}, pas un nom d’utilisateur.`,
  }),
  invalidHandle: (label: string, handle: string): Localized => ({
    en: `"${handle}" is not a valid ${label} user name.`,
    fr: `« ${handle} » n’est pas un nom d’utilisateur ${label} valide.`,
  }),
  needsInstance: (label: string): Localized => ({
    en: `A ${label} address needs its server: write @name@server (e.g. @zoe@mastodon.social).`,
    fr: `Une adresse ${label} a besoin de son serveur : écrivez @nom@serveur (ex. @zoe@mastodon.social).`,
  }),
};

import type { NetworkDefinition } from '../../../schema/network';
import type { Localized } from '../../../schema/text';
import { MARKETPLACES, TRADE_NETWORKS } from '../../networks/catalog';
import type { AuditContext } from '../context';
import { que } from '../french';
import { countryOf, countryOfAny, DACH, writtenInGerman } from '../region';
import { freelanceLabel, tradeLabels } from '../trades';
import type { RuleHit } from '../types';
import { workspaceRule, type WorkspaceRule } from '../types';

/** Why a network is suggested, said in the message. */
export type SuggestionReason = 'everyone' | 'trade' | 'region' | 'goal';

type Suggestion = {
  /** Network labels; more than one when any of them will do. */
  networks: readonly string[];
  reason: SuggestionReason;
  /** The reason in words ("infirmière", "en Suisse"…), per language; empty for 'everyone'. */
  becauseFr: string;
  becauseEn: string;
};

const IN_DACH: Readonly<Record<string, Localized>> = {
  DE: { fr: 'Vous travaillez en Allemagne', en: 'You work in Germany' },
  AT: { fr: 'Vous travaillez en Autriche', en: 'You work in Austria' },
  CH: { fr: 'Vous travaillez en Suisse', en: 'You work in Switzerland' },
};
const TARGETS_DACH: Readonly<Record<string, Localized>> = {
  DE: { fr: 'Vous visez l’Allemagne', en: 'You are aiming at Germany' },
  AT: { fr: 'Vous visez l’Autriche', en: 'You are aiming at Austria' },
  CH: { fr: 'Vous visez la Suisse', en: 'You are aiming at Switzerland' },
};
const WRITES_GERMAN: Localized = { fr: 'Vous écrivez en allemand', en: 'You write in German' };

/** A German-speaking country the person's function or profiles name ("open to roles in Germany", a profile located in Zürich). */
function targetedDach(audit: AuditContext): string | null {
  const { person } = audit.person;
  for (const text of [person.headline, ...audit.ws.profiles.filter((p) => p.audience === 'professional').flatMap((p) => [p.location, p.headline])]) {
    const c = countryOf(text);
    if (c !== null && DACH.includes(c)) return c;
  }
  return null;
}

/** Whether the person writes their professional texts in German. */
function writesGerman(audit: AuditContext): boolean {
  const { person } = audit.person;
  if (writtenInGerman(`${person.headline} ${person.summary}`)) return true;
  return audit.ws.profiles.some((p) => p.audience === 'professional' && writtenInGerman(`${p.headline} ${p.summary}`));
}

/**
 * Networks the person lacks, each with the reason a coach would give:
 * - everyone: LinkedIn, for every professional;
 * - region: XING for people working in Germany, Austria or Switzerland, aiming at one of them, or writing in German;
 * - trade: the trade's networks (catalog `TRADE_NETWORKS`, and user-defined networks of the trade),
 *   in the countries they serve;
 * - goal: a freelance marketplace for freelancers of a trade it serves, in its countries.
 * A planned or dormant profile counts as present; a country not known does not rule a network out;
 * an empty inventory gets no suggestion.
 */
function suggestions(audit: AuditContext): RuleHit<Suggestion>[] {
  // An empty inventory is a presence not yet described, not one that lacks everything.
  if (audit.ws.profiles.length === 0) return [];
  const present = new Set(audit.ws.profiles.filter((p) => p.status !== 'to-close').map((p) => p.network));
  const country = countryOfAny([audit.person.person.location, ...audit.ws.profiles.map((p) => p.location)]);
  const serves = (countries: readonly string[] | undefined) => countries === undefined || country === null || countries.includes(country);
  const found = audit.person.trade;
  const hits: RuleHit<Suggestion>[] = [];
  const suggested = new Set<string>();
  const suggest = (nets: readonly NetworkDefinition[], reason: SuggestionReason, because: Localized) => {
    const missing = nets.filter((n) => !present.has(n.id) && !suggested.has(n.id));
    if (missing.length === 0) return;
    for (const n of missing) suggested.add(n.id);
    hits.push({ subject: missing.map((n) => n.id).join('|'), params: { networks: missing.map((n) => n.label), reason, becauseFr: because.fr, becauseEn: because.en } });
  };
  const net = (id: string) => audit.registry.get(id);
  const defined = (ids: readonly string[]) => ids.map(net).filter((n): n is NetworkDefinition => n !== undefined);

  suggest(defined(['linkedin']), 'everyone', { fr: '', en: '' });
  if (!present.has('xing')) {
    const target = country !== null && DACH.includes(country) ? null : targetedDach(audit);
    if (country !== null && DACH.includes(country)) suggest(defined(['xing']), 'region', IN_DACH[country]!);
    else if (target !== null) suggest(defined(['xing']), 'region', TARGETS_DACH[target]!);
    else if (writesGerman(audit)) suggest(defined(['xing']), 'region', WRITES_GERMAN);
  }

  if (found) {
    const label = tradeLabels(found);
    for (const entry of TRADE_NETWORKS.filter((e) => e.trade === found.trade.id && serves(e.countries))) {
      const nets = defined(entry.networks);
      if (entry.need === 'any') {
        if (nets.every((n) => !present.has(n.id))) suggest(nets, 'trade', label);
      } else {
        for (const n of nets) suggest([n], 'trade', label);
      }
    }
    // User-defined networks the user tagged with this trade.
    for (const n of audit.registry.byTrade(found.trade.id)) if (!n.builtIn && n.kind === 'professional') suggest([n], 'trade', label);
    if (audit.person.freelance && found.trade.marketplace) {
      for (const m of MARKETPLACES.filter((e) => serves(e.countries))) suggest(defined([m.network]), 'goal', freelanceLabel(audit.person.person, found.gender));
    }
  }
  return hits;
}

function suggestionMessage({ networks, reason, becauseFr, becauseEn }: Suggestion): Localized {
  const one = networks.length === 1;
  const fr = one ? `un profil ${networks[0]}` : `un profil sur ${networks.join(' ou ')}`;
  const en = one ? `a ${networks[0]} profile` : `a profile on ${networks.join(' or ')}`;
  switch (reason) {
    case 'everyone':
      return {
        fr: `Vous n’avez pas de profil ${networks[0]} : c’est là que recruteurs et clients vérifient d’abord un professionnel.`,
        en: `You have no ${networks[0]} profile: it is where recruiters and clients check a professional first.`,
      };
    case 'region':
      return {
        fr: `${becauseFr} : ayez aussi ${fr}, le réseau professionnel des pays germanophones.`,
        en: `${becauseEn}: have ${en} too, the professional network of German-speaking countries.`,
      };
    case 'goal':
      return {
        fr: `En tant ${que(becauseFr)}, ayez ${fr} : c’est là que les entreprises cherchent des freelances de votre métier.`,
        en: `As a ${becauseEn}, have ${en}: it is where companies look for freelancers of your trade.`,
      };
    case 'trade':
      return {
        fr: `En tant ${que(becauseFr)}, ayez ${fr} : c’est le réseau de votre métier.`,
        en: `As a ${becauseEn}, have ${en}: it is your trade’s network.`,
      };
  }
}

export const suggestNetwork = workspaceRule<Suggestion>({
  code: 'suggest-network', severity: 'warning', field: null, points: 3,
  why: {
    fr: 'Soyez là où l’on vous cherche : le réseau que tout recruteur consulte, celui de votre métier, de votre région, ou celui où les clients trouvent les indépendants.',
    en: 'Be where people look for you: the network every recruiter checks, the one of your trade, of your region, or the one where clients find freelancers.',
  },
  fix: {
    fr: 'Créez le profil (ou ajoutez-le à l’inventaire avec le statut « à créer » s’il est prévu).',
    en: 'Create the profile (or add it to the inventory as "to create" if it is planned).',
  },
  check: suggestions,
  message: suggestionMessage,
});

/** What each dormant profile costs the presence once there are too many. */
const DORMANT_POINTS = 5;

export const tooManyDormant = workspaceRule<{ dormant: number; active: number }>({
  code: 'too-many-dormant', severity: 'warning', field: null, points: DORMANT_POINTS,
  why: {
    fr: 'Un profil abandonné donne l’image de quelqu’un d’injoignable ; plusieurs, celle d’une présence dispersée.',
    en: 'An abandoned profile makes you look unreachable; several make your presence look scattered.',
  },
  fix: {
    fr: 'Pour chaque profil en sommeil : réactivez-le avec un thème et un rythme, ou fermez-le.',
    en: 'For each dormant profile: revive it with a theme and a cadence, or close it.',
  },
  check: ({ ws }) => {
    let dormant = 0;
    let active = 0;
    for (const p of ws.profiles) {
      if (p.status === 'dormant') dormant++;
      else if (p.status === 'active') active++;
    }
    // Each abandoned profile a visitor can find costs the presence: the rule's points per dormant profile.
    return dormant >= 2 || dormant > active ? [{ params: { dormant, active }, points: DORMANT_POINTS * dormant }] : [];
  },
  message: ({ dormant, active }) => ({
    fr: `${dormant} profil${dormant > 1 ? 's' : ''} en sommeil pour ${active} actif${active > 1 ? 's' : ''}.`,
    en: `${dormant} dormant profile${dormant > 1 ? 's' : ''} for ${active} active.`,
  }),
});

export const PRESENCE_RULES: readonly WorkspaceRule[] = [suggestNetwork, tooManyDormant];

import type { NetworkDefinition } from '../../../schema/network';
import type { AuditContext } from '../context';
import type { RuleHit } from '../types';
import { workspaceRule, type WorkspaceRule } from '../types';

type Suggestion = { networks: readonly string[]; tradeFr: string; tradeEn: string; any: number };

/**
 * Professional networks the catalog lists for the person's trades and that have
 * no profile yet (a planned or dormant one counts as present). Mixed networks
 * (X, Mastodon…) are channels of choice, not musts, so they are not suggested.
 */
function suggestions(audit: AuditContext): RuleHit<Suggestion>[] {
  const present = new Set(audit.ws.profiles.filter((p) => p.status !== 'to-close').map((p) => p.network));
  const suggested = new Set<string>();
  const hits: RuleHit<Suggestion>[] = [];
  for (const trade of audit.person.trades) {
    const musts = audit.registry.byTrade(trade.tag).filter((n) => n.kind === 'professional');
    const missing = musts.filter((n) => !present.has(n.id) && !suggested.has(n.id));
    const hit = (subject: string, nets: readonly NetworkDefinition[], any: boolean): RuleHit<Suggestion> => {
      for (const n of nets) suggested.add(n.id);
      return { subject, params: { networks: nets.map((n) => n.label), tradeFr: trade.label.fr, tradeEn: trade.label.en, any: any ? 1 : 0 } };
    };
    if (trade.need === 'any') {
      if (musts.length > 0 && musts.every((n) => !present.has(n.id)) && missing.length > 0) hits.push(hit(trade.tag, missing, true));
    } else {
      for (const n of missing) hits.push(hit(n.id, [n], false));
    }
  }
  return hits;
}

export const suggestNetwork = workspaceRule<Suggestion>({
  code: 'suggest-network', severity: 'warning', field: null, points: 3,
  why: {
    fr: 'Pour votre métier, ce réseau est l’endroit où clients et recruteurs cherchent d’abord.',
    en: 'For your trade, this network is where clients and recruiters look first.',
  },
  fix: {
    fr: 'Créez le profil (ou ajoutez-le à l’inventaire avec le statut « à créer » s’il est prévu).',
    en: 'Create the profile (or add it to the inventory as "to create" if it is planned).',
  },
  check: suggestions,
  message: ({ networks, tradeFr, tradeEn, any }) => ({
    fr: `En tant que ${tradeFr}, ${any ? `ayez un profil sur ${networks.join(' ou ')}` : `ayez un profil ${networks.join(', ')}`}.`,
    en: `As a ${tradeEn}, ${any ? `have a profile on ${networks.join(' or ')}` : `have a ${networks.join(', ')} profile`}.`,
  }),
});

export const tooManyDormant = workspaceRule<{ dormant: number; active: number }>({
  code: 'too-many-dormant', severity: 'warning', field: null, points: 5,
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
    return dormant >= 2 || dormant > active ? [{ params: { dormant, active } }] : [];
  },
  message: ({ dormant, active }) => ({
    fr: `${dormant} profils en sommeil pour ${active} actif${active > 1 ? 's' : ''}.`,
    en: `${dormant} dormant profile${dormant > 1 ? 's' : ''} for ${active} active.`,
  }),
});

export const PRESENCE_RULES: readonly WorkspaceRule[] = [suggestNetwork, tooManyDormant];

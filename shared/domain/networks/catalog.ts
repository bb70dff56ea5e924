import { NetworkDefinition } from '../../schema/network';
import { BUILTIN_NETWORK_INPUTS } from './catalog-data';

/*
 * The built-in networks (written in catalog-data.ts) parsed through the schema,
 * with the trades and marketplaces that call for them. Every number carries its
 * source in a comment.
 */

/**
 * The networks each trade calls for (trade ids from audit/trades.ts), each entry with its source.
 * `need`: every network is a must (pharmacists want both pharmacy networks) or any one will do
 * (Behance or Dribbble). `countries`: where the networks serve (ISO codes); absent, everywhere.
 * Kept to the strict musts: a coach asks for these, not for every network of the field.
 */
export interface TradeNetworks {
  trade: string;
  networks: readonly string[];
  need: 'all' | 'any';
  countries?: readonly string[];
  source: string;
}

export const TRADE_NETWORKS: readonly TradeNetworks[] = [
  {
    trade: 'pharmacist', networks: ['talentpharmacie', 'pharmareseau'], need: 'all', countries: ['FR'],
    source: 'Vitrine editorial choice: the two French pharmacy networks where pharmacies recruit (talentpharmacie.fr, pharma-reseau.fr); France only',
  },
  {
    trade: 'developer', networks: ['github'], need: 'all',
    source: 'Vitrine editorial default: recruiters and clients of developers read their code; GitHub is the code host most developers use (Stack Overflow Developer Survey)',
  },
  {
    trade: 'designer', networks: ['behance', 'dribbble'], need: 'any',
    source: 'Vitrine editorial default: a designer is hired on a portfolio; Behance and Dribbble are the two portfolio networks clients browse',
  },
  {
    trade: 'translator', networks: ['proz'], need: 'all',
    source: 'ProZ.com FAQ "Profiles": the directory of freelance translators and interpreters where agencies and clients post jobs',
  },
];

/**
 * Freelance marketplaces: suggested to freelancers of the trades they serve
 * (`Trade.marketplace` in audit/trades.ts), in the countries they serve.
 */
export interface Marketplace {
  network: string;
  countries: readonly string[];
  source: string;
}

export const MARKETPLACES: readonly Marketplace[] = [
  {
    network: 'malt', countries: ['FR', 'BE', 'ES', 'DE', 'NL', 'CH', 'GB'],
    source: 'Malt country sites (malt.fr, .be, .es, .de, .nl, .ch, .uk); Malt help centre, "Qui sont les freelances sur Malt ?": non-regulated intellectual services',
  },
];

/** The networks the catalog calls for a trade, from TRADE_NETWORKS (user-defined networks declare their own). */
function tradesOf(network: string): string[] {
  return TRADE_NETWORKS.filter((e) => e.networks.includes(network)).map((e) => e.trade);
}


/** The built-in catalog, parsed through the schema so that defaults apply. */
export const BUILTIN_NETWORKS: readonly NetworkDefinition[] = Object.freeze(
  BUILTIN_NETWORK_INPUTS.map((input) => Object.freeze(NetworkDefinition.parse({ ...input, trades: tradesOf(input.id), builtIn: true }))),
);

/**
 * Declining networks are those the catalog (or the user) marks `legacy` (Viadeo): the audit gives
 * advice about the profile's fate only, never completeness or cross-link requests.
 */
export function isDeclining(network: Pick<NetworkDefinition, 'legacy'>): boolean {
  return network.legacy;
}

/**
 * How much a profile on this network counts in the workspace score: a declining network's
 * profile weighs a quarter of a live one (Vitrine editorial default: few people see it).
 */
export const DECLINING_SCORE_WEIGHT = 0.25;

export function networkScoreWeight(network: Pick<NetworkDefinition, 'legacy'>): number {
  return isDeclining(network) ? DECLINING_SCORE_WEIGHT : 1;
}

/**
 * Networks where a silent account harms more than none, so dormancy advice is "post regularly,
 * or close it". Source: e-reputation guidance on X/Twitter (an account is worth having only if
 * you post regularly; a silent one tells visitors you are gone).
 */
const CLOSE_IF_SILENT: ReadonlySet<string> = new Set(['x']);

export function closeIfSilent(network: Pick<NetworkDefinition, 'id'>): boolean {
  return CLOSE_IF_SILENT.has(network.id);
}

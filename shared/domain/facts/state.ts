import type { NetworkDefinition } from '../../schema/network';
import { FACT_NAMES, type FactCheck, type FactName, type FactSource, type FactState, type Profile } from '../../schema/workspace';

/** The profile field that holds a fact's value; the photo has none (Vitrine's copy is not proof of the live one). */
export function hasValue(profile: Pick<Profile, FactName>, fact: FactName): boolean {
  switch (fact) {
    case 'photo': return false;
    case 'keywords':
    case 'links': return profile[fact].some((v) => v.trim() !== '');
    case 'followOpen':
    case 'wallRestricted': return profile[fact] !== null;
    default: return profile[fact].trim() !== '';
  }
}

/**
 * What is known of one fact. A value in the field is knowledge whatever was
 * recorded (the user typed it, or a file showed it); otherwise the recorded
 * state says: seen there (its value not copied), seen missing, or not checked.
 */
export function factState(profile: Pick<Profile, FactName | 'facts'>, fact: FactName): FactState {
  return hasValue(profile, fact) ? 'known' : profile.facts[fact].state;
}

/** Where the fact was learnt, when it was recorded. */
export function factSource(profile: Pick<Profile, 'facts'>, fact: FactName): FactSource | null {
  return profile.facts[fact].source;
}

export const isKnown = (state: FactState): boolean => state !== 'unchecked';

type NetworkTraits = Pick<NetworkDefinition, 'recommendedFields' | 'features'>;

/**
 * The facts the audit reads on this profile: those the network has, and for a
 * personal profile only what touches privacy. Profiles to create or to close
 * have nothing to check.
 */
export function auditedFacts(profile: Pick<Profile, 'audience' | 'status'>, network: NetworkTraits): FactName[] {
  if (profile.status === 'to-create' || profile.status === 'to-close') return [];
  const has = (fact: FactName): boolean => {
    switch (fact) {
      case 'keywords': return network.features.keywords;
      case 'followOpen': return network.features.follow;
      case 'wallRestricted': return network.features.wall;
      case 'links': return true;
      default: return network.recommendedFields.includes(fact);
    }
  };
  const facts = FACT_NAMES.filter(has);
  return profile.audience === 'personal' ? facts.filter((f) => f === 'links' || f === 'wallRestricted') : facts;
}

/** The audited facts not checked yet, in the editor's order. */
export function uncheckedFacts(profile: Profile, network: NetworkTraits): FactName[] {
  return auditedFacts(profile, network).filter((f) => factState(profile, f) === 'unchecked');
}

export interface Coverage {
  /** Audited facts whose state is known (present or absent). */
  checked: number;
  total: number;
}

export function profileCoverage(profile: Profile, network: NetworkTraits): Coverage {
  const facts = auditedFacts(profile, network);
  return { checked: facts.filter((f) => isKnown(factState(profile, f))).length, total: facts.length };
}

/**
 * Coverage of the profiles that count in the score (active or dormant,
 * professional), with its whole percent. The audit screen, the client list
 * and the report all show this one figure beside the score.
 */
export function workspaceCoverage(
  profiles: readonly Profile[],
  networkOf: (id: string) => NetworkTraits | undefined,
): Coverage & { percent: number } {
  let checked = 0;
  let total = 0;
  for (const p of profiles) {
    if (p.audience !== 'professional' || (p.status !== 'active' && p.status !== 'dormant')) continue;
    const network = networkOf(p.network);
    if (!network) continue;
    const c = profileCoverage(p, network);
    checked += c.checked;
    total += c.total;
  }
  return { checked, total, percent: coveragePercent({ checked, total }) };
}

/** Checked share in whole percent; 100 when there is nothing to check. */
export function coveragePercent({ checked, total }: Coverage): number {
  return total === 0 ? 100 : Math.round((checked / total) * 100);
}

export const UNCHECKED: FactCheck = Object.freeze({ state: 'unchecked', source: null }) as FactCheck;

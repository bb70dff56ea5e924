import { FACT_NAMES, type FactCheck, type FactName, type FactSource, type FactSourceKind, type FactState, type Profile, type ProfileFacts } from '../../schema/workspace';
import { hasValue } from './state';

export function factSourceOf(kind: FactSourceKind, at: string | null = null, label = ''): FactSource {
  return { kind, at, label };
}

/** A fact recorded as seen (or confirmed) with its source; returns a new profile. */
export function markFact(profile: Profile, fact: FactName, state: FactState, source: FactSource | null): Profile {
  return { ...profile, facts: { ...profile.facts, [fact]: { state, source } } };
}

/** Records facts read from a file: each fact the file showed is known with that source; the others keep what they had. */
export function markSeen(profile: Profile, seen: readonly FactName[], source: FactSource): Profile {
  const facts = { ...profile.facts };
  for (const fact of seen) facts[fact] = { state: 'known', source };
  return { ...profile, facts };
}

/**
 * Facts as a source gives them: a field with a value is known from `source`;
 * an empty one is `empty` ('unchecked' when the source did not look, 'absent'
 * when it showed the profile has none). The photo, which has no field, takes
 * `photo` when given, else `empty`.
 */
export function factsFromFields(
  profile: Pick<Profile, FactName>,
  source: FactSource | null,
  { empty = 'unchecked', photo }: { empty?: 'unchecked' | 'absent'; photo?: FactState } = {},
): ProfileFacts {
  const check = (fact: FactName): FactCheck => {
    const state: FactState = fact === 'photo' ? (photo ?? empty) : hasValue(profile, fact) ? 'known' : empty;
    return { state, source: state === 'unchecked' ? null : source };
  };
  return Object.fromEntries(FACT_NAMES.map((f) => [f, check(f)])) as ProfileFacts;
}

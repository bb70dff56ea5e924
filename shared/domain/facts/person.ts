import type { FactName, Person, Profile, Workspace } from '../../schema/workspace';
import { factState } from './state';

/** The facts the person card speaks for: name, function (headline) and picture. */
export const PERSON_FACTS = ['displayName', 'headline', 'photo'] as const satisfies readonly FactName[];
export type PersonFact = (typeof PERSON_FACTS)[number];

/** The person's value for a fact, '' when the card has none. */
function personValue(person: Person, fact: PersonFact): string {
  return (fact === 'photo' ? person.image : person[fact]).trim();
}

/** The facts still unchecked on this profile that the person card could answer ("same as the person"). */
export function personDefaults(profile: Profile, person: Person): PersonFact[] {
  return PERSON_FACTS.filter((f) => factState(profile, f) === 'unchecked' && personValue(person, f) !== '');
}

/**
 * Confirms that the live profile shows what the person card says: the value is
 * copied (the picture is only said to be there) and recorded as coming from the person.
 */
export function confirmFromPerson(profile: Profile, person: Person, today: string, facts: readonly PersonFact[] = personDefaults(profile, person)): Profile {
  let next = profile;
  for (const fact of facts) {
    const value = personValue(person, fact);
    if (value === '') continue;
    const check = { state: 'known' as const, source: { kind: 'person' as const, at: today, label: '' } };
    next = { ...next, ...(fact === 'photo' ? {} : { [fact]: value }), facts: { ...next.facts, [fact]: check } };
  }
  return next;
}

/** "Same as the person" for every active profile at once. */
export function confirmAllFromPerson(ws: Workspace, today: string): Workspace {
  return { ...ws, profiles: ws.profiles.map((p) => (p.audience === 'professional' ? confirmFromPerson(p, ws.person, today) : p)) };
}

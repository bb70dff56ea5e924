/**
 * Data written before facts existed (store schemaVersion 1, `.vitrine.json`
 * version 1): each profile gains `facts`, a filled field becomes known (as
 * typed, the only way it could have got there that Vitrine remembers) and an
 * empty one not checked; `photo.present` becomes `facts.photo`. Works on raw
 * JSON, before validation: anything not shaped like a profile is left as it is
 * for the schema to report.
 */
type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

function filled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some((v) => typeof v === 'string' && v.trim() !== '');
  return typeof value === 'boolean';
}

const TYPED = { kind: 'typed', at: null, label: '' } as const;
const check = (known: boolean): Raw => (known ? { state: 'known', source: { ...TYPED } } : { state: 'unchecked', source: null });

export function legacyProfileWithFacts(profile: unknown): unknown {
  if (!isObject(profile) || 'facts' in profile) return profile;
  const { present, ...photo } = isObject(profile.photo) ? profile.photo : ({} as Raw);
  return {
    ...profile,
    photo,
    facts: {
      displayName: check(filled(profile.displayName)),
      headline: check(filled(profile.headline)),
      photo: check(present === true),
      summary: check(filled(profile.summary)),
      keywords: check(filled(profile.keywords)),
      links: check(filled(profile.links)),
      followOpen: check(filled(profile.followOpen)),
      wallRestricted: check(filled(profile.wallRestricted)),
    },
  };
}

export function legacyWorkspaceWithFacts(workspace: unknown): unknown {
  if (!isObject(workspace) || !Array.isArray(workspace.profiles)) return workspace;
  return { ...workspace, profiles: workspace.profiles.map(legacyProfileWithFacts) };
}

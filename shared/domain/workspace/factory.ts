import { Profile, Workspace, type ProfileInput } from '../../schema/workspace';

/** Ids and time come from the caller: shared/ has no crypto and no clock. */
export interface Stamp { id: string; now: Date }

const NAME_MAX = 200;

/** A workspace name the schema accepts: trimmed, 1–200 characters. */
export function workspaceName(name: string, fallback = 'Vitrine'): string {
  const trimmed = name.trim().slice(0, NAME_MAX);
  return trimmed === '' ? fallback : trimmed;
}

export function newWorkspace(name: string, { id, now }: Stamp): Workspace {
  const at = now.toISOString();
  return Workspace.parse({ id, name: workspaceName(name), createdAt: at, updatedAt: at });
}

export type NewProfileOptions = Omit<ProfileInput, 'network'> & { id: string };

/** A profile with every field at its default, except those given. */
export function newProfile(network: string, options: NewProfileOptions): Profile {
  return Profile.parse({ ...options, network });
}

export interface DuplicateOptions extends Stamp {
  name: string;
  /** Fresh ids for the copied profiles and posts. */
  idGen: () => string;
}

/**
 * A copy under fresh ids (workspace, profiles, posts), e.g. a coach starting a
 * client from a template. Score history stays with the original; dismissals
 * and slot keys follow their profile to its new id.
 */
export function duplicateWorkspace(ws: Workspace, { id, now, name, idGen }: DuplicateOptions): Workspace {
  const profileIds = new Map(ws.profiles.map((p) => [p.id, idGen()] as const));
  const remap = (text: string): string => replaceIds(text, profileIds);
  const at = now.toISOString();
  const copy = cloneJson(ws);
  return {
    ...copy,
    id,
    name: workspaceName(name, ws.name),
    createdAt: at,
    updatedAt: at,
    archived: false,
    profiles: copy.profiles.map((p) => ({ ...p, id: profileIds.get(p.id) ?? idGen() })),
    mainProfileId: copy.mainProfileId === null ? null : (profileIds.get(copy.mainProfileId) ?? null),
    posts: copy.posts.map((post) => ({
      ...post,
      id: idGen(),
      profileId: post.profileId === null ? null : (profileIds.get(post.profileId) ?? null),
      slotKey: post.slotKey === null ? null : remap(post.slotKey),
    })),
    dismissals: copy.dismissals.map((d) => ({
      ...d,
      key: remap(d.key),
      profileId: d.profileId === null ? null : (profileIds.get(d.profileId) ?? null),
    })),
    scoreHistory: [],
  };
}

/**
 * Replaces whole-token occurrences of old ids inside composite keys
 * ("missing-photo:p1"); a token is a run of letters, digits, "_" and "-".
 */
export function replaceIds(text: string, ids: ReadonlyMap<string, string>): string {
  return text.replace(/[\w-]+/g, (token) => ids.get(token) ?? token);
}

/** Deep copy of plain JSON data (a workspace has no dates, maps or functions). */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * A workspace just created for an import is named after the person the import
 * found (not after the file, "pm", nor "Imported client"); any other name was
 * chosen by someone and stays.
 */
export function nameAfterPerson(ws: Workspace, placeholder: string): Workspace {
  const person = ws.person.displayName.trim();
  return person !== '' && ws.name === placeholder ? { ...ws, name: workspaceName(person) } : ws;
}

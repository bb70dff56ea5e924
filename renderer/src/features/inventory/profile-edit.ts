import type { Profile, Workspace } from '../../../../shared/schema/workspace';

/** Workspace edits the inventory makes; each returns a new workspace value. */

export function patchProfile(ws: Workspace, id: string, patch: Partial<Profile>): Workspace {
  return { ...ws, profiles: ws.profiles.map((p) => (p.id === id ? { ...p, ...patch } : p)) };
}

export function addProfile(ws: Workspace, profile: Profile): Workspace {
  return { ...ws, profiles: [...ws.profiles, profile] };
}

/**
 * Removes a profile, unlinking its posts and dropping its dismissals; `restore`
 * puts all three back into whatever the workspace has become since (undo).
 */
export function removeProfile(ws: Workspace, id: string): { next: Workspace; restore: (later: Workspace) => Workspace } {
  const index = ws.profiles.findIndex((p) => p.id === id);
  const profile = ws.profiles[index];
  const unlinked = new Set(ws.posts.filter((post) => post.profileId === id).map((post) => post.id));
  const dismissals = ws.dismissals.filter((d) => d.profileId === id);
  const next: Workspace = {
    ...ws,
    profiles: ws.profiles.filter((p) => p.id !== id),
    posts: ws.posts.map((post) => (unlinked.has(post.id) ? { ...post, profileId: null } : post)),
    dismissals: ws.dismissals.filter((d) => d.profileId !== id),
  };
  const restore = (later: Workspace): Workspace => {
    if (!profile || later.profiles.some((p) => p.id === id)) return later;
    const profiles = [...later.profiles];
    profiles.splice(Math.min(index, profiles.length), 0, profile);
    return {
      ...later,
      profiles,
      posts: later.posts.map((post) => (unlinked.has(post.id) && post.profileId === null ? { ...post, profileId: id } : post)),
      dismissals: [...later.dismissals, ...dismissals],
    };
  };
  return { next, restore };
}

export function patchPerson(ws: Workspace, patch: Partial<Workspace['person']>): Workspace {
  return { ...ws, person: { ...ws.person, ...patch } };
}

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

import type { Workspace } from '../../schema/workspace';

/**
 * Removes a profile, unlinking its posts, dropping its dismissals and, when it was the main
 * profile the user picked, going back to the automatic choice (a main profile that no longer
 * exists would make every later save refused). `restore` puts all of it back into whatever the
 * workspace has become since (undo), the main profile only if nobody picked another meanwhile.
 */
export function removeProfile(ws: Workspace, id: string): { next: Workspace; restore: (later: Workspace) => Workspace } {
  const index = ws.profiles.findIndex((p) => p.id === id);
  const profile = ws.profiles[index];
  const unlinked = new Set(ws.posts.filter((post) => post.profileId === id).map((post) => post.id));
  const dismissals = ws.dismissals.filter((d) => d.profileId === id);
  const wasMain = ws.mainProfileId === id;
  const next: Workspace = {
    ...ws,
    profiles: ws.profiles.filter((p) => p.id !== id),
    posts: ws.posts.map((post) => (unlinked.has(post.id) ? { ...post, profileId: null } : post)),
    dismissals: ws.dismissals.filter((d) => d.profileId !== id),
    mainProfileId: wasMain ? null : ws.mainProfileId,
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
      mainProfileId: wasMain && later.mainProfileId === null ? id : later.mainProfileId,
    };
  };
  return { next, restore };
}

/**
 * The workspace with `id` as the main profile the user picked, or, with null, back to the
 * automatic choice (the goal decides). An id that is not one of the profiles is refused.
 */
export function pickMainProfile(ws: Workspace, id: string | null): Workspace {
  if (id !== null && !ws.profiles.some((p) => p.id === id)) throw new RangeError(`No profile has the id "${id}".`);
  return { ...ws, mainProfileId: id };
}

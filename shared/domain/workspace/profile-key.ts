import type { Profile } from '../../schema/workspace';

/**
 * A URL reduced to what identifies a page: no scheme, no "www.", no query,
 * fragment or trailing slash, lower case. Registry-free on purpose, so a merge
 * works even for networks the app does not know.
 */
export function urlKey(url: string): string {
  return url.trim().toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

/** Whether two profiles are the same account: same network and handle (any case), or the same page URL. */
export function sameProfile(a: Pick<Profile, 'network' | 'handle' | 'url'>, b: Pick<Profile, 'network' | 'handle' | 'url'>): boolean {
  const handleA = a.handle.trim().toLowerCase();
  if (handleA !== '' && a.network.toLowerCase() === b.network.toLowerCase() && handleA === b.handle.trim().toLowerCase()) return true;
  const keyA = urlKey(a.url);
  return keyA !== '' && keyA === urlKey(b.url);
}

/** "LinkedIn — jbuget": how a profile is named in previews and exports. */
export function profileLabel(profile: Pick<Profile, 'network' | 'handle' | 'url' | 'id'>, networkLabel: (id: string) => string): string {
  const who = profile.handle || profile.url || profile.id;
  return `${networkLabel(profile.network)} — ${who}`;
}

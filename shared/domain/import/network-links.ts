import type { Profile } from '../../schema/workspace';
import { identify } from '../networks/identify';
import type { NetworkRegistry } from '../networks/registry';
import type { Draft } from './draft';

export interface KnownProfile {
  network: string;
  handle: string;
  /** Canonical profile URL. */
  url: string;
}

/** The network profile a URL points to, or null for any other site. */
export function knownProfile(url: string, registry: NetworkRegistry): KnownProfile | null {
  const found = identify(url, registry);
  return found.ok ? { network: found.network, handle: found.handle, url: found.canonicalUrl } : null;
}

/**
 * A site shown on `from` (a LinkedIn website, the X bio's website). It is
 * always one of `from`'s links — that is what the cross-link audit reads. A
 * URL of another network creates a profile there when the workspace has none
 * on that network (a second handle stays a link only); any other site is the
 * person's own and goes to person.websites. Returns the link added to `from`
 * (null for an address of `from`'s own network).
 */
export function attachWebsite(draft: Draft, from: Profile, url: string, registry: NetworkRegistry, file: string | null = null): string | null {
  const known = knownProfile(url, registry);
  if (known?.network === from.network) {
    // The profile's own address, not a cross-link (a LinkedIn "website" pointing at linkedin.com/in/…).
    if (from.url === '') {
      draft.setProfile(from, 'url', known.url);
      draft.setProfile(from, 'handle', known.handle);
    }
    return null;
  }
  const link = known?.url ?? url;
  draft.addProfileLink(from, link, file);
  if (known === null) {
    draft.addPersonWebsite(url);
    return link;
  }
  if (!draft.ws.profiles.some((p) => p.network === known.network)) draft.ensureProfile(known.network, { handle: known.handle, url: known.url });
  return link;
}

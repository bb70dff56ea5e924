/**
 * Website values as people type them into profiles: with or without a
 * scheme, with or without `www.`, with a trailing slash or not.
 */

/** Longest link a profile keeps (shared/schema/workspace.ts). */
const MAX_URL = 2048;

/** An absolute http(s) URL for a typed website, or null when it cannot be one. */
export function websiteUrl(raw: string): string | null {
  const value = raw.trim();
  if (value === '' || value.length > MAX_URL || /\s/.test(value)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname.includes('.')) return null;
    return withScheme;
  } catch {
    return null;
  }
}

/** Same site and path, ignoring scheme, `www.`, case of the host and a trailing slash. */
export function sameUrl(a: string, b: string): boolean {
  return urlKey(a) === urlKey(b);
}

function urlKey(raw: string): string {
  const value = raw.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const slash = value.indexOf('/');
  const host = (slash < 0 ? value : value.slice(0, slash)).toLowerCase().replace(/^www\./, '');
  const path = slash < 0 ? '' : value.slice(slash);
  return host + path.replace(/\/+$/, '');
}

/** X (Twitter) shortener links; we cannot know where they lead without going online. */
export function isTcoLink(url: string): boolean {
  return /^(https?:\/\/)?t\.co\//i.test(url.trim());
}

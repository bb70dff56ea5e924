/**
 * A comparison key for any web address, for links the network catalog does not
 * recognise (personal sites, unknown networks). Scheme, "www.", query, fragment
 * and trailing slash are ignored; the host is case-insensitive, the path is not.
 */
export interface UrlKey {
  host: string;
  path: string;
}

const URL_PARTS = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#\s]+)([^?#\s]*)/i;

export function urlKey(raw: string): UrlKey | null {
  const trimmed = raw.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `//${trimmed}`;
  const m = URL_PARTS.exec(withScheme);
  if (!m || m[1] === undefined) return null;
  const host = m[1].toLowerCase().replace(/^www\./, '').replace(/:\d+$/, '').replace(/^[^@]*@/, '');
  if (!host.includes('.')) return null;
  const path = (m[2] ?? '').replace(/\/+$/, '');
  return { host, path };
}

export function urlKeyString(key: UrlKey): string {
  return key.host + key.path;
}

/** True when `link` is `site` or a page under it. */
export function isUnder(link: UrlKey, site: UrlKey): boolean {
  return link.host === site.host && (site.path === '' || link.path === site.path || link.path.startsWith(`${site.path}/`));
}

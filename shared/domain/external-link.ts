/** Schemes the system may open; anything else (javascript:, file:, data:…) never leaves the app. */
const ALLOWED = new Set(['https:', 'http:', 'mailto:']);

/** Names that only ever reach this machine or its local network. */
const LOCAL_SUFFIXES = ['.localhost', '.local', '.internal', '.lan', '.home.arpa'];

/**
 * A host a profile link has no business pointing at: an address written as
 * numbers (loopback, private, link-local or any other, in any notation: the
 * URL parser already turns 0x7f000001, 2130706433 and 0177.0.0.1 into
 * 127.0.0.1), an IPv6 literal, localhost, or a one-label intranet name.
 * Opening it would let a crafted file reach a service on the user's machine or network.
 */
export function isLocalOrNumericHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') || /^[\d.]+$/.test(host)) return true;
  if (host === 'localhost' || LOCAL_SUFFIXES.some((s) => host.endsWith(s))) return true;
  return !host.includes('.');
}

/** Whether a text is an http(s) or mailto address: the only kinds Vitrine writes into files made for other tools. */
export function isWebOrMailAddress(input: string): boolean {
  try {
    return ALLOWED.has(new URL(input.trim()).protocol);
  } catch {
    return false;
  }
}

/** The URL to hand to the system browser, or null when it must be refused. */
export function safeExternalUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (!ALLOWED.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && (!url.hostname || url.username || url.password || isLocalOrNumericHost(url.hostname))) return null;
  return url.href;
}

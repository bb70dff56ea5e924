/** Schemes the system may open; anything else (javascript:, file:, data:…) never leaves the app. */
const ALLOWED = new Set(['https:', 'http:', 'mailto:']);

/** The URL to hand to the system browser, or null when it must be refused. */
export function safeExternalUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (!ALLOWED.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && (!url.hostname || url.username || url.password)) return null;
  return url.href;
}

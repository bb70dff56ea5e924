/** The app's pages are served from app://vitrine/ (never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'vitrine';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True for the app's own pages. Node's URL gives custom schemes a null origin, so compare parts. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Exact origin comparison (a prefix test would trust http://localhost:5173.evil.example). */
export function sameOrigin(url: string, base: string): boolean {
  try {
    return new URL(url).origin === new URL(base).origin;
  } catch {
    return false;
  }
}

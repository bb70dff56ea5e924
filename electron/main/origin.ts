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

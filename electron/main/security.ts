import { app, session, shell, type WebContents } from 'electron';
import { safeExternalUrl } from '../../shared/domain/external-link';
import { isAppUrl, sameOrigin } from './origin';
import { disableSpellcheckDownloads } from './web-preferences';

/** Opens a link in the system browser only after parsing and the scheme allow-list. */
export async function openExternalSafely(url: string): Promise<boolean> {
  const safe = safeExternalUrl(url);
  if (!safe) return false;
  await shell.openExternal(safe);
  return true;
}

function lockDownContents(contents: WebContents, devUrl: string | undefined): void {
  const allowed = (url: string) => isAppUrl(url) || (devUrl !== undefined && sameOrigin(url, devUrl));
  // The UI is a single page: any navigation away from it is refused.
  contents.on('will-navigate', (event, url) => {
    if (!allowed(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!allowed(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No new windows: a link with target=_blank goes to the system browser, if allowed.
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url);
    return { action: 'deny' };
  });
}

/** All lockdown in one place; call before any window is created. */
export function applySecurity(devUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, devUrl));
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  disableSpellcheckDownloads(ses);
  // Vitrine makes no network calls: refuse every http(s)/ws request (the dev server aside).
  const devHost = devUrl ? new URL(devUrl).host : null;
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (details, callback) => {
    // The dev server's page and its hot-reload socket share one host.
    callback({ cancel: devHost === null || new URL(details.url).host !== devHost });
  });
}

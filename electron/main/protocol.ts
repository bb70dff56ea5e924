import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './origin';
import { serveStatic } from './static-files';

/**
 * Must run before app 'ready'. `codeCache`: V8 keeps the UI's compiled code
 * between starts (as it does for https), so every start after the first skips
 * most of the compiling; it needs `standard`.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serve the built UI from app://vitrine/ with the CSP header. */
export function serveApp(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const res = await serveStatic(rendererRoot, url.pathname);
    return new Response(res.body as ConstructorParameters<typeof Response>[0], { status: res.status, headers: res.headers });
  });
}

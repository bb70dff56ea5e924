import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentType, CSP } from './csp';

export interface StaticResponse { status: number; body: Uint8Array | string; headers: Record<string, string> }

/**
 * Serve a file of the built UI for a request path, never outside `root`.
 * Used by the app:// protocol and the e2e server alike.
 */
export async function serveStatic(root: string, urlPath: string): Promise<StaticResponse> {
  const headers = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' };
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return { status: 400, body: 'Bad request', headers };
  }
  if (rel === '/' || rel === '') rel = '/index.html';
  const file = path.resolve(root, `.${rel}`);
  if (file !== root && !file.startsWith(root + path.sep)) return { status: 403, body: 'Forbidden', headers };
  try {
    const body = await readFile(file);
    return { status: 200, body, headers: { ...headers, 'Content-Type': contentType(file) } };
  } catch {
    return { status: 404, body: 'Not found', headers };
  }
}

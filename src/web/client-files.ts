import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** URL prefixes the server owns: the web client's fallback never answers them. */
export const SERVER_PREFIXES = ['/api', '/public', '/health', '/metrics', '/collab'] as const;

export function isServerPath(path: string): boolean {
  return SERVER_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`));
}

/**
 * Should a request be answered with the client's index.html? Only page
 * navigations (GET/HEAD asking for HTML) outside the server's prefixes and
 * not naming a file (a missing /assets/x.js must stay a 404, not become HTML).
 */
export function wantsClientPage(method: string, path: string, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (isServerPath(path)) return false;
  if (/\.[a-z0-9]{1,8}$/i.test(path)) return false;
  return !accept || accept.includes('text/html') || accept.includes('*/*');
}

/**
 * Where `npm run build:client` put the client: client/dist at the project
 * root, found from the compiled server (dist/src/web) or the sources (src/web).
 */
export function findClientDist(from: string): string | undefined {
  for (const up of ['../..', '../../..']) {
    const candidate = join(from, up, 'client', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return undefined;
}

/**
 * The app page's Content-Security-Policy: only its own scripts, API and live
 * connection. Inline style attributes stay allowed because the editor draws
 * other people's cursors with them.
 */
export const CLIENT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "connect-src 'self' ws: wss:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

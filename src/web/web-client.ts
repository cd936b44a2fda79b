import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CLIENT_CSP, findClientDist, isServerPath, wantsClientPage } from './client-files.js';

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>claimdesk</title>
<body style="font-family:system-ui;max-width:40rem;margin:4rem auto;line-height:1.5">
<h1>The web client is not built</h1>
<p>The API is running. Build the newsroom web client with <code>npm run build:client</code> (or <code>npm run build</code>) and reload.</p>
<p><a href="/api/docs">API documentation</a></p></body></html>`;

const YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * Serves the built web client at `/`: its content-hashed assets with a long
 * cache life, and index.html (revalidated, so a deploy takes effect on
 * reload) for every page address the client routes itself. A request hook,
 * so it answers before routing reaches the not-found handler; server
 * prefixes pass through untouched.
 */
export function serveWebClient(server: FastifyInstance, from = import.meta.dirname): void {
  const dist = findClientDist(from);
  const index = dist ? readFileSync(join(dist, 'index.html')) : Buffer.from(NOT_BUILT);
  if (dist) void server.register(fastifyStatic, { root: dist, serve: false, dotfiles: 'deny' });

  server.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done) => {
    const path = request.url.split('?', 1)[0]!;
    if (isServerPath(path)) return done();
    const file = dist && (request.method === 'GET' || request.method === 'HEAD') ? fileIn(dist, path) : undefined;
    if (file) {
      const hashed = file.startsWith(join(dist!, 'assets') + sep);
      void reply.sendFile(relative(dist!, file), { maxAge: hashed ? YEAR_MS : 0, immutable: hashed });
      return;
    }
    if (!wantsClientPage(request.method, path, request.headers.accept)) return done();
    void reply.header('Cache-Control', 'no-cache').header('Content-Security-Policy', CLIENT_CSP).type('text/html; charset=utf-8').send(index);
  });
}

/** A file of the build named by the path, never outside it. */
function fileIn(dist: string, path: string): string | undefined {
  if (path === '/' || path === '/index.html') return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(dist, decoded));
  if (!candidate.startsWith(dist + sep)) return undefined;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

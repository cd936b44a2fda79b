import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { CLIENT_CSP, findClientDist, isServerPath, wantsClientPage } from './client-files.js';

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>claimdesk</title>
<body style="font-family:system-ui;max-width:40rem;margin:4rem auto;line-height:1.5">
<h1>The web client is not built</h1>
<p>The API is running. Build the newsroom web client with <code>npm run build:client</code> (or <code>npm run build</code>) and reload.</p>
<p><a href="/api/docs">API documentation</a></p></body></html>`;

const YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * Serves the built web client: its content-hashed assets with a long cache
 * life, and index.html (revalidated, so a deploy takes effect on reload) for
 * every page address the client routes itself. Server prefixes pass through.
 */
@Injectable()
export class WebClientMiddleware implements NestMiddleware {
  private readonly dist = findClientDist(import.meta.dirname);
  private readonly index = this.dist ? readFileSync(join(this.dist, 'index.html')) : Buffer.from(NOT_BUILT);

  use(request: Request, response: Response, next: NextFunction): void {
    const path = request.path;
    if (isServerPath(path)) return next();
    const file = this.fileFor(path);
    if (file && (request.method === 'GET' || request.method === 'HEAD')) {
      const hashed = file.startsWith(join(this.dist!, 'assets') + sep);
      return response.sendFile(file, { maxAge: hashed ? YEAR_MS : 0, immutable: hashed, dotfiles: 'deny' }, (error) => error && next(error));
    }
    if (!wantsClientPage(request.method, path, request.headers.accept)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader('Content-Security-Policy', CLIENT_CSP);
    response.type('html').send(this.index);
  }

  /** A file of the build named by the path, never outside it. */
  private fileFor(path: string): string | undefined {
    if (!this.dist || path === '/' || path === '/index.html') return undefined;
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return undefined;
    }
    const candidate = normalize(join(this.dist, decoded));
    if (!candidate.startsWith(this.dist + sep)) return undefined;
    return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
  }
}

import { createHash } from 'node:crypto';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set by `@Revalidated()`. */
    revalidated?: boolean;
  }
}

/** Marks a GET route whose answers carry an entity tag and honour If-None-Match (see `revalidateAnswers`). */
export const Revalidated = () => RouteConfig({ revalidated: true });

/** Does an If-None-Match header name this entity tag (weakly compared, RFC 9110 §13.1.2)? */
export function noneMatch(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === tag);
}

/**
 * Answers of `@Revalidated()` routes (verdict pages, the JSON list, both
 * feeds) carry an entity tag of their bytes, and a request whose
 * If-None-Match names it gets 304 without a body: feed readers and caches
 * that poll every few minutes then download a feed only when it changed. API
 * answers are never cached, so they are not marked.
 */
export function revalidateAnswers(server: FastifyInstance): void {
  server.addHook('onSend', (request, reply, payload, done) => {
    if (request.routeOptions.config?.revalidated !== true || reply.statusCode !== 200 || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) return done(null, payload);
    const tag = `"${createHash('sha256').update(payload).digest('base64url').slice(0, 32)}"`;
    void reply.header('ETag', tag);
    if (!noneMatch(request.headers['if-none-match'], tag)) return done(null, payload);
    void reply.code(304);
    done(null, '');
  });
}

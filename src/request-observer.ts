import type { FastifyInstance } from 'fastify';
import { PinoLogger } from 'nestjs-pino';
import { setRequestIdHeader } from './logging.js';
import type { MetricsService } from './metrics/metrics.service.js';

/** Probes and scrapes are counted but not logged. */
const UNLOGGED = new Set(['/health', '/health/ready', '/metrics']);

/**
 * The first and the last hooks of every request. On arrival: echoes its id
 * (given by `genReqId`, before anything can fail, body parsing included, so
 * every problem document carries one) and marks API answers uncacheable.
 * Once answered: records its count and latency under its route pattern
 * (never the raw URL) and logs it: errors at `error`, refusals at `info`, the
 * rest at `debug`. Headers go on the raw response so that streamed answers
 * (Server-Sent Events) carry them too.
 */
export function observeRequests(server: FastifyInstance, metrics: MetricsService): void {
  server.addHook('onRequest', (request, reply, done) => {
    setRequestIdHeader(reply.raw, request.id);
    // API answers are per user and change under concurrent edits: never cache or revalidate them.
    if (request.url.startsWith('/api/')) reply.raw.setHeader('Cache-Control', 'no-store');
    done();
  });
  server.addHook('onResponse', (request, reply, done) => {
    const seconds = reply.elapsedTime / 1000;
    const route = request.routeOptions.url && !request.is404 ? request.routeOptions.url : 'unmatched';
    const status = reply.statusCode;
    metrics.recordRequest(request.method, route, status, seconds);
    const level = status >= 500 ? 'error' : status >= 400 ? 'info' : 'debug';
    const logger = PinoLogger.root;
    if (logger?.isLevelEnabled(level)) {
      const path = request.url.split('?', 1)[0]!;
      // Flat fields, like the desk's other log lines (pino's req/res serializers expect the raw objects).
      if (!UNLOGGED.has(path)) logger[level]({ requestId: request.id, method: request.method, path, status, ms: Math.round(reply.elapsedTime) }, 'request completed');
    }
    done();
  });
}

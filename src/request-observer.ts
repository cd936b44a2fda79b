import type { NextFunction, Request, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import { requestId } from './logging.js';
import type { MetricsService } from './metrics/metrics.service.js';

/** Probes and scrapes are counted but not logged. */
const UNLOGGED = new Set(['/health', '/health/ready', '/metrics']);

type ObservedRequest = Request & { id?: string };

/**
 * The first middleware of every request: gives it its id (before anything can
 * fail, body parsing included, so every problem document carries one), marks
 * API answers uncacheable, and when the answer is sent records the request's
 * count and latency under its route pattern (never the raw URL) and logs it:
 * errors at `error`, refusals at `info`, the rest at `debug`. One listener per
 * request does all of it.
 */
export function requestObserver(metrics: MetricsService) {
  return (request: ObservedRequest, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    request.id = requestId(request, response);
    // API answers are per user and change under concurrent edits: never cache or revalidate them.
    if (request.url.startsWith('/api/')) response.setHeader('Cache-Control', 'no-store');
    response.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = request.route?.path ? `${request.baseUrl}${request.route.path}` : 'unmatched';
      const status = response.statusCode;
      metrics.httpRequests.inc({ method: request.method, route, status });
      metrics.httpDuration.observe({ method: request.method, route }, seconds);
      const level = status >= 500 ? 'error' : status >= 400 ? 'info' : 'debug';
      const logger = PinoLogger.root;
      if (!logger?.isLevelEnabled(level) || UNLOGGED.has(request.path)) return;
      // Flat fields, like the desk's other log lines (pino's req/res serializers expect the raw objects).
      logger[level]({ requestId: request.id, method: request.method, path: request.originalUrl.split('?')[0], status, ms: Math.round(seconds * 1000) }, 'request completed');
    });
    next();
  };
}

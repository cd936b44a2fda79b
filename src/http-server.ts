import type { FastifyBodyParser, FastifyInstance, FastifyServerOptions } from 'fastify';
import { AppError } from './common/errors/app-error.js';
import type { AppConfig } from './config/config.js';
import { requestId } from './logging.js';

const UNITS = { kb: 1024, mb: 1024 * 1024 } as const;

/** `256kb`, `1mb` (the BODY_LIMIT syntax) in bytes. */
export function bytesOf(limit: string): number {
  const [, amount, unit] = /^(\d+)(kb|mb)$/.exec(limit)!;
  return Number(amount) * UNITS[unit as keyof typeof UNITS];
}

/**
 * The HTTP server under Nest: Fastify, whose routing and replies cost a
 * fraction of Express's per request. Its own request logging is off (the
 * request observer logs), the request id is ours, and a trailing slash
 * reaches the same route.
 */
export function httpServerOptions(config: AppConfig): FastifyServerOptions {
  return {
    logger: false,
    trustProxy: config.trustProxy,
    bodyLimit: bytesOf(config.bodyLimit),
    genReqId: requestId,
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: true },
  };
}

const MALFORMED = 'The request body is not valid JSON.';

/**
 * Request bodies are JSON (`application/json`, `application/*+json`) and
 * nothing else: a body of any other type is refused with 415 before it is
 * read. An empty JSON body is an empty object. Fastify's parser refuses
 * `__proto__` and `constructor.prototype` keys.
 */
export function acceptJsonBodies(server: FastifyInstance): void {
  const parse = server.getDefaultJsonParser('error', 'error');
  const parseJson: FastifyBodyParser<string> = (request, body, done) => {
    if (body === '') return done(null, {});
    void parse(request, body, (error, value) => (error ? done(new AppError('malformed_json', MALFORMED), undefined) : done(null, value)));
  };
  server.removeAllContentTypeParsers();
  for (const type of ['application/json', /^application\/[\w.-]+\+json$/]) server.addContentTypeParser(type, { parseAs: 'string' }, parseJson);
}

import type { FastifyBodyParser, FastifyInstance, FastifyServerOptions } from 'fastify';
import { AppError } from './common/errors/app-error.js';
import { sendProblem, toAppError } from './common/errors/problem.filter.js';
import type { AppConfig } from './config/config.js';
import { requestId, setRequestIdHeader } from './logging.js';

/**
 * The HTTP server under Nest: Fastify, whose routing and replies cost a
 * fraction of Express's per request. Its own request logging is off (the
 * request observer logs), the request id is ours, a trailing slash reaches
 * the same route, and a URL the router cannot take (malformed escapes, an
 * over-long segment), refused before any hook runs, still gets a problem
 * document with a request id.
 */
export function httpServerOptions(config: AppConfig): FastifyServerOptions {
  return {
    logger: false,
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimit,
    genReqId: requestId,
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: true },
    // Requests that arrive while the server closes get our problem document instead (refuseWhileClosing).
    return503OnClosing: false,
    frameworkErrors: (error, request, reply) => {
      setRequestIdHeader(reply.raw, request.id);
      sendProblem(reply, toAppError(error), request.id);
    },
  };
}

/**
 * Once the server starts closing, a request that still arrives on a kept-alive
 * connection is answered `503 shutting_down` with `Retry-After` and
 * `Connection: close`, so the client or the proxy retries on another
 * instance; requests already in flight finish normally. A request hook, so
 * the answer carries the request id like every other.
 */
export function refuseWhileClosing(server: FastifyInstance): void {
  let closing = false;
  server.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  server.addHook('onRequest', (request, reply, done) => {
    if (!closing) return done();
    const refusal = new AppError('shutting_down', 'This instance is shutting down; retry the request.', {}, { 'Retry-After': '1', Connection: 'close' });
    sendProblem(reply, refusal, request.id);
  });
}

const MALFORMED = 'The request body is not valid JSON.';
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)/i;

/**
 * Request bodies are JSON (`application/json`, `application/*+json`) in
 * UTF-8 and nothing else: a body of any other type or charset is refused
 * with 415 before it is parsed. An empty JSON body is an empty object.
 * Fastify's parser refuses `__proto__` and `constructor.prototype` keys.
 */
export function acceptJsonBodies(server: FastifyInstance): void {
  const parse = server.getDefaultJsonParser('error', 'error');
  const parseJson: FastifyBodyParser<string> = (request, body, done) => {
    // JSON is UTF-8 (RFC 8259 §8.1): a body declared in another charset would be stored garbled.
    const charset = CHARSET.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8') return done(new AppError('unsupported_media_type', 'JSON request bodies must be UTF-8.'), undefined);
    if (body === '') return done(null, {});
    void parse(request, body, (error, value) => (error ? done(new AppError('malformed_json', MALFORMED), undefined) : done(null, value)));
  };
  server.removeAllContentTypeParsers();
  for (const type of ['application/json', /^application\/[\w.-]+\+json$/]) server.addContentTypeParser(type, { parseAs: 'string' }, parseJson);
}

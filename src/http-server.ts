import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import type { FastifyBodyParser, FastifyHttpOptions, FastifyInstance } from 'fastify';
import { AppError } from './common/errors/app-error.js';
import type { ErrorCode } from './common/errors/error-codes.js';
import { problemDocument, sendProblem, toAppError } from './common/errors/problem.filter.js';
import { exceedsJsonDepth } from './common/input/json-depth.js';
import { findUnstorableText } from './common/input/unstorable-text.js';
import type { AppConfig } from './config/config.js';
import { requestId, setRequestIdHeader } from './logging.js';

/**
 * The HTTP server under Nest: Fastify, whose routing and replies cost a
 * fraction of Express's per request. Its own request logging is off (the
 * request observer logs), the request id is ours, a trailing slash reaches
 * the same route, and a URL the router cannot take (malformed escapes, an
 * over-long segment), refused before any hook runs, still gets a problem
 * document with a request id.
 *
 * Connections are bounded in time: a request's headers must arrive within
 * the headers timeout and the whole request within the request timeout
 * (counted from the connection's opening for its first request, so a socket
 * that sends nothing is closed too), and a kept-alive connection is closed
 * after the keep-alive timeout without a request. Answers are not bounded:
 * an event stream's request is complete once its headers are in, and a
 * websocket upgrade leaves HTTP altogether. Node checks the first two
 * periodically; the check runs often enough that they hold to within a
 * quarter of the headers timeout (at most a second).
 */
export function httpServerOptions(config: AppConfig): FastifyHttpOptions<Server> {
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs } = config.http;
  return {
    logger: false,
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimit,
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: keepAliveTimeoutMs,
    http: { headersTimeout: headersTimeoutMs, connectionsCheckingInterval: Math.max(250, Math.min(1000, Math.floor(headersTimeoutMs / 4))) },
    genReqId: requestId,
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: true },
    // Requests that arrive while the server closes get our problem document instead (refuseWhileClosing).
    return503OnClosing: false,
    frameworkErrors: (error, request, reply) => {
      setRequestIdHeader(reply.raw, request.id);
      sendProblem(reply, toAppError(error), request.id);
    },
    clientErrorHandler: answerClientError,
  };
}

const CLIENT_ERRORS: Record<string, [ErrorCode, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: ['request_timeout', 'The request did not arrive in time; the connection is closed.'],
  HPE_HEADER_OVERFLOW: ['headers_too_large', 'The request headers are too large.'],
};

/**
 * What Node's HTTP parser refuses before there is a request (a request that
 * does not arrive in time, headers too large, bytes that are not HTTP) is
 * answered with a problem document too, then the connection is closed.
 * There is no request yet, so the id is a fresh one.
 */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const [code, detail] = CLIENT_ERRORS[error.code ?? ''] ?? ['validation_failed', 'The request is not valid HTTP.'];
    const id = randomUUID();
    const problem = problemDocument(new AppError(code, detail), undefined, id);
    const body = JSON.stringify(problem);
    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${id}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
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

/**
 * Shutdown waits for requests in flight, and only for them, and only so long.
 * When the server starts closing, every connection without a request in
 * flight is closed at once: kept-alive idle ones, and ones that opened and
 * sent nothing or only part of a request's headers (Node would otherwise
 * wait on them, and stops enforcing the headers timeout once it closes).
 * Requests in flight, a body still arriving included, get `drainMs` to
 * finish; then every connection still open is closed. Live-editing sockets
 * are closed by their gateway earlier in shutdown; any left over are closed
 * with the rest.
 */
export function drainOnClose(server: FastifyInstance, drainMs: number): void {
  const logger = new Logger('Http');
  const sockets = new Set<Socket>();
  const inFlight = new Map<Socket, number>();
  server.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      inFlight.delete(socket);
    });
  });
  server.server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket as Socket;
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    response.once('close', () => {
      const left = (inFlight.get(socket) ?? 1) - 1;
      if (left > 0) inFlight.set(socket, left);
      else inFlight.delete(socket);
    });
  });
  server.addHook('preClose', (done) => {
    for (const socket of sockets) if (!inFlight.has(socket)) socket.destroy();
    if (sockets.size > 0) {
      const deadline = setTimeout(() => {
        if (sockets.size === 0) return;
        logger.warn({ connections: sockets.size, drainMs }, 'requests still in flight when the shutdown drain time ran out; closing their connections');
        for (const socket of sockets) socket.destroy();
      }, drainMs);
      deadline.unref();
      server.server.once('close', () => clearTimeout(deadline));
    }
    done();
  });
}

const MALFORMED = 'The request body is not valid JSON.';
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)/i;

/**
 * Request bodies are JSON (`application/json`, `application/*+json`) in
 * UTF-8 and nothing else: a body of any other type or charset is refused
 * with 415 before it is parsed. An empty JSON body is an empty object.
 * Fastify's parser refuses `__proto__` and `constructor.prototype` keys.
 * Arrays and objects may nest `maxDepth` deep: deeper text is refused before
 * `JSON.parse` (a linear scan), since everything that walks the parsed value
 * afterwards (class-transformer, the validator) recurses and overflowed the
 * stack at about 1,500 levels, in any field, known or not.
 */
export function acceptJsonBodies(server: FastifyInstance, maxDepth: number): void {
  const parse = server.getDefaultJsonParser('error', 'error');
  const tooDeep = `JSON request bodies may nest arrays and objects at most ${maxDepth} levels deep.`;
  const parseJson: FastifyBodyParser<string> = (request, body, done) => {
    // JSON is UTF-8 (RFC 8259 §8.1): a body declared in another charset would be stored garbled.
    const charset = CHARSET.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8') return done(new AppError('unsupported_media_type', 'JSON request bodies must be UTF-8.'), undefined);
    if (body === '') return done(null, {});
    if (exceedsJsonDepth(body, maxDepth)) return done(new AppError('json_too_deep', tooDeep), undefined);
    void parse(request, body, (error, value) => (error ? done(new AppError('malformed_json', MALFORMED), undefined) : done(null, value)));
  };
  server.removeAllContentTypeParsers();
  for (const type of ['application/json', /^application\/[\w.-]+\+json$/]) server.addContentTypeParser(type, { parseAs: 'string' }, parseJson);
}

/**
 * Refuses, before any guard, pipe or handler runs, text the desk cannot
 * store or that has no business in its part of the request (see
 * unstorable-text.ts): path parameters, query values, then the parsed body,
 * answering 400 `validation_failed` naming the field. One place for every
 * route, so no PostgreSQL query (the access guard's actor lookup included)
 * ever sees a NUL.
 */
export function refuseUnstorableText(server: FastifyInstance): void {
  server.addHook('preValidation', (request, reply, done) => {
    const problem =
      findUnstorableText(request.params, 'path') ?? findUnstorableText(request.query, 'query') ?? findUnstorableText(request.body, 'body');
    if (!problem) return done();
    sendProblem(reply, new AppError('validation_failed', problem.message, { errors: [problem] }), request.id);
  });
}

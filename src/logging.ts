import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from './config/config.js';

const INCOMING_ID = /^[\w.:-]{1,128}$/;

/** A request's id: a well-formed incoming X-Request-Id, otherwise a new one (the HTTP server's `genReqId`). */
export function requestId(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && INCOMING_ID.test(incoming) ? incoming : randomUUID();
}

/** Echoes the request's id back. */
export function setRequestIdHeader(response: ServerResponse, id: string): void {
  response.setHeader('X-Request-Id', id);
}

/**
 * Structured JSON logs; secrets are redacted wherever they appear. nestjs-pino
 * provides the application's logger but mounts no per-request middleware
 * (`forRoutes: []`): its request-scoped child logger and async context cost
 * more per request than the rest of the logging together. Requests are logged
 * on completion by the request observer (request-observer.ts), and log lines
 * about a request carry its `requestId` explicitly.
 */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.refreshToken', '*.token'],
        censor: '[redacted]',
      },
    },
    forRoutes: [],
  };
}

import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from './app-error.js';
import { type ErrorCode, httpStatusOf, titleOf } from './error-codes.js';
import { invalidInputState, isDatabaseUnavailable } from './database-errors.js';

export const PROBLEM_TYPE_BASE = 'urn:claimdesk:problem:';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: ErrorCode;
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/**
 * Renders every error as application/problem+json (RFC 9457). Anything not
 * recognised becomes a 500 carrying the request id and nothing else.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');
  private readonly access = new Logger('Access');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return;
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const appError = toAppError(exception);
    const status = httpStatusOf(appError.code);

    if (status >= 500 && appError.code !== 'database_unavailable') {
      this.logger.error({ err: exception, requestId: request.id }, 'unhandled error');
    }
    const sqlState = exception instanceof AppError ? undefined : invalidInputState(exception);
    if (sqlState) {
      // The value came from the request; the statement is logged so that the check that should have refused it can be added.
      this.logger.warn({ sqlState, query: (exception as { query?: unknown }).query, method: request.method, route: request.routeOptions.url, requestId: request.id }, 'the database refused a value from the request');
    }
    if (appError.refusal) {
      this.access.warn({ ...appError.refusal, method: request.method, route: request.routeOptions.url ?? request.url.split('?', 1)[0], requestId: request.id }, 'access refused');
    }

    if (reply.sent || reply.raw.headersSent) return;
    sendProblem(reply, appError, request.id);
  }
}

/** Answers with the problem document of `appError` (the filter's rendering, also used where Fastify refuses a request before Nest sees it). */
export function sendProblem(reply: FastifyReply, appError: AppError, requestId: string): void {
  const problem = problemDocument(appError, reply.request.url, requestId);
  void reply.headers(appError.headers).code(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}

/**
 * The same answer written straight to the response, for a route that took
 * over its response from Fastify (an event stream) before it could refuse.
 * The request id is the one the request observer already set on it.
 */
export function writeProblem(response: ServerResponse, appError: AppError): void {
  const problem = problemDocument(appError, response.req?.url ?? '', String(response.getHeader('X-Request-Id') ?? ''));
  response.writeHead(problem.status, { ...appError.headers, 'Content-Type': 'application/problem+json; charset=utf-8' });
  response.end(JSON.stringify(problem));
}

/** The problem document of `appError`; `url` is the request's, when there is one. */
export function problemDocument(appError: AppError, url: string | undefined, requestId: string): ProblemDocument {
  return {
    type: `${PROBLEM_TYPE_BASE}${appError.code}`,
    title: titleOf(appError.code),
    status: httpStatusOf(appError.code),
    ...(appError.detail ? { detail: appError.detail } : {}),
    ...(url ? { instance: url.split('?', 1)[0] } : {}),
    code: appError.code,
    requestId,
    ...appError.extra,
  };
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'database_unavailable',
};

const FASTIFY_ERRORS: Record<string, [ErrorCode, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ['payload_too_large', 'The request body is too large.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', 'Request bodies must be JSON (Content-Type: application/json).'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['validation_failed', 'The Content-Length header does not match the body.'],
  FST_ERR_BAD_URL: ['validation_failed', 'The request URL is malformed.'],
  FST_ERR_MAX_PARAM_LENGTH: ['validation_failed', 'A segment of the request URL is longer than 100 characters.'],
};

export function toAppError(exception: unknown): AppError {
  if (exception instanceof AppError) return exception;
  if (isDatabaseUnavailable(exception)) {
    return new AppError('database_unavailable', 'The database cannot be reached right now; try again shortly.', {}, { 'Retry-After': '5' });
  }
  if (invalidInputState(exception)) return new AppError('validation_failed', 'A value in the request cannot be stored or read as the type it stands for.');
  // Fastify's own refusals (body, media type, URL) carry a `code`; Nest hands them over wrapped, with the original as `cause`
  const serverError = FASTIFY_ERRORS[((exception as { cause?: { code?: string } })?.cause ?? (exception as { code?: string }))?.code ?? ''];
  if (serverError) return new AppError(...serverError);
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = STATUS_CODES[status] ?? (status >= 500 ? 'internal_error' : 'validation_failed');
    const body = exception.getResponse();
    const message = typeof body === 'object' && body && 'message' in body ? (body as { message: unknown }).message : body;
    return new AppError(code, status >= 500 ? undefined : typeof message === 'string' ? message : undefined);
  }
  return new AppError('internal_error', 'An unexpected error occurred. Quote the request id when reporting it.');
}

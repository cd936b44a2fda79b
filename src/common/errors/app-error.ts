import type { ErrorCode } from './error-codes.js';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * A refusal the API reports as application/problem+json. Services throw it;
 * the global filter renders it. `extra` members are added to the problem
 * document as extension members (RFC 9457 §3.2), so keep them public-safe.
 * `refusal` marks an access refusal (who, why): the filter logs it, the one
 * place refusals are logged, with the request's method, route and id. It is
 * never sent to the client.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
    readonly refusal?: Record<string, unknown>,
  ) {
    super(detail ?? code);
    this.name = 'AppError';
  }

  /** An access refusal: `refusal` (who, why) is logged by the filter, never shown. */
  static refused(code: ErrorCode, detail: string, refusal: { userId?: string; reason: string; [fact: string]: unknown }, headers: Record<string, string> = {}): AppError {
    return new AppError(code, detail, {}, headers, refusal);
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);

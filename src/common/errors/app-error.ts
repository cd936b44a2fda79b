import type { ErrorCode } from './error-codes.js';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * A refusal the API reports as application/problem+json. Services throw it;
 * the global filter renders it. `extra` members are added to the problem
 * document as extension members (RFC 9457 §3.2), so keep them public-safe.
 * `refusal` marks an access refusal: the filter logs it with the request's
 * method, route and id (it is never sent to the client).
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
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);

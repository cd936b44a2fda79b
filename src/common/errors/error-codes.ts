/**
 * Every error the API can answer with, as a stable machine-readable code.
 * Each code maps to exactly one HTTP status here; the switch is exhaustive, so
 * adding a code without deciding its status fails the type check.
 */
export type ErrorCode =
  // generic request problems
  | 'validation_failed'
  | 'malformed_json'
  | 'json_too_deep'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'not_found'
  | 'method_not_allowed'
  | 'rate_limited'
  | 'too_many_streams'
  | 'internal_error'
  | 'database_unavailable'
  | 'shutting_down'
  | 'request_timeout'
  | 'headers_too_large'
  // identity and access
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'invalid_token'
  | 'forbidden'
  | 'no_access_rule'
  | 'registration_closed'
  | 'weak_password'
  | 'email_taken'
  | 'slug_taken'
  | 'last_admin'
  | 'already_member'
  | 'invitation_invalid'
  // concurrency and state
  | 'version_conflict'
  | 'version_required'
  | 'invalid_transition'
  | 'state_conflict'
  | 'idempotency_key_reused'
  | 'idempotency_in_progress'
  | 'unprocessable'
  // write-ups
  | 'writeup_reloading';

export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'validation_failed':
    case 'malformed_json':
    case 'json_too_deep':
    case 'weak_password':
      return 400;
    case 'unauthenticated':
    case 'invalid_credentials':
    case 'invalid_token':
      return 401;
    case 'forbidden':
    case 'no_access_rule':
    case 'registration_closed':
      return 403;
    case 'not_found':
    case 'invitation_invalid':
      return 404;
    case 'method_not_allowed':
      return 405;
    case 'request_timeout':
      return 408;
    case 'email_taken':
    case 'slug_taken':
    case 'last_admin':
    case 'already_member':
    case 'version_conflict':
    case 'invalid_transition':
    case 'state_conflict':
    case 'idempotency_in_progress':
      return 409;
    case 'payload_too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'idempotency_key_reused':
    case 'unprocessable':
      return 422;
    case 'version_required':
      return 428;
    case 'rate_limited':
    case 'too_many_streams':
      return 429;
    case 'headers_too_large':
      return 431;
    case 'internal_error':
      return 500;
    case 'database_unavailable':
    case 'shutting_down':
    case 'writeup_reloading':
      return 503;
  }
}

const TITLES: Partial<Record<ErrorCode, string>> = {
  validation_failed: 'The request is not valid',
  not_found: 'Not found',
  unauthenticated: 'Sign-in required',
  forbidden: 'Not allowed for your role',
  version_conflict: 'Someone else changed this first',
  database_unavailable: 'The database is unavailable',
  shutting_down: 'This instance is shutting down',
  internal_error: 'Something went wrong on our side',
  rate_limited: 'Too many attempts',
  json_too_deep: 'The JSON body is nested too deeply',
  too_many_streams: 'Too many open event streams',
};

export function titleOf(code: ErrorCode): string {
  return TITLES[code] ?? code.replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());
}

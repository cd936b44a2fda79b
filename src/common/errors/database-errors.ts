const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000', '08001', '08003', '08004', '08006', // connection exceptions
  '53300', // too_many_connections
]);

const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);

/**
 * True for errors that mean "PostgreSQL is not reachable right now", as
 * opposed to a query that is wrong: those answer 503 and the pool recovers by
 * itself once the server is back.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error as Record<string, unknown> | undefined, depth = 0; current && depth < 4; depth++) {
    const code = typeof current.code === 'string' ? current.code : undefined;
    if (code && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_ERRNOS.has(code))) return true;
    const message = typeof current.message === 'string' ? current.message : '';
    if (
      message.includes('Connection terminated') ||
      message.includes('timeout exceeded when trying to connect') ||
      message.includes('Client has encountered a connection error')
    ) {
      return true;
    }
    current = (current.driverError ?? current.cause) as Record<string, unknown> | undefined;
  }
  return false;
}

/** Class 22 states that come from computing, not from a value handed in: those stay server errors. */
const COMPUTATION_FAULTS = new Set([
  '22012', // division_by_zero
  '22P01', // floating_point_exception
]);

/**
 * The SQLSTATE when PostgreSQL refused a value the statement was given as
 * data (class 22, data exception: 22021 character_not_in_repertoire, 22P05
 * untranslatable_character, 22P02 invalid_text_representation, 22007/22008
 * datetime, 22001 too long, 22003 out of range, ...), otherwise undefined.
 * Such a value came from the request (a forged cursor, text a check missed):
 * the request is refused with 400, not answered as the desk's own failure,
 * and logged at warn so that a check that lets such values through is still
 * noticed.
 */
export function invalidInputState(error: unknown): string | undefined {
  for (let current = error as Record<string, unknown> | undefined, depth = 0; current && depth < 4; depth++) {
    const code = typeof current.code === 'string' ? current.code : undefined;
    if (code && /^22[0-9A-Z]{3}$/.test(code) && !COMPUTATION_FAULTS.has(code)) return code;
    current = (current.driverError ?? current.cause) as Record<string, unknown> | undefined;
  }
  return undefined;
}

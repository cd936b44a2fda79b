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

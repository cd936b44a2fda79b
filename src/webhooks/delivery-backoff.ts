export interface BackoffPolicy {
  /** Delay after the first failed attempt. */
  baseMs: number;
  /** Upper bound of any single delay. */
  maxMs: number;
  /** Attempts after which a delivery is given up and marked failed. */
  maxAttempts: number;
}

/** Production defaults: 5 s doubling to at most an hour, 10 attempts (about 4.5 hours in all). */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, maxMs: 3_600_000, maxAttempts: 10 };

/**
 * What happens after failed attempt number `attempt` (1-based): retry after a
 * delay doubling each time, with up to 20 % jitter so endpoints that were down
 * together are not hit together, or give up.
 */
export function afterFailure(policy: BackoffPolicy, attempt: number, random: () => number = Math.random): { retryInMs: number } | { giveUp: true } {
  if (attempt >= policy.maxAttempts) return { giveUp: true };
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const jitter = exponential * 0.2 * random();
  return { retryInMs: Math.round(Math.min(policy.maxMs, exponential + jitter)) };
}

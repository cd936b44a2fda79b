/**
 * Counts failed logins per account (the email as typed, so unknown emails are
 * throttled exactly like known ones) and per client address. Past a soft limit
 * each failure is answered more slowly; past a hard limit attempts are refused
 * until enough failures have aged out of the window. In memory, per process.
 */
export interface ThrottleLimits {
  windowMs: number;
  /** Failures answered at full speed. */
  soft: number;
  /** Failures after which attempts are refused. */
  hard: number;
}

export const ACCOUNT_LIMITS: ThrottleLimits = { windowMs: 15 * 60_000, soft: 3, hard: 8 };
export const ADDRESS_LIMITS: ThrottleLimits = { windowMs: 15 * 60_000, soft: 20, hard: 50 };
const DELAY_STEP_MS = 100;
const MAX_DELAY_MS = 1_000;
const MAX_KEYS = 50_000;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly account: ThrottleLimits = ACCOUNT_LIMITS,
    private readonly address: ThrottleLimits = ADDRESS_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** May this attempt go ahead at all? */
  check(email: string, ip: string): ThrottleVerdict {
    const waits = [this.wait(accountKey(email), this.account), this.wait(addressKey(ip), this.address)];
    const longest = Math.max(...waits);
    return longest > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(longest / 1000) } : { allowed: true };
  }

  /** Records a failure; returns how long to hold the answer back (ms). */
  fail(email: string, ip: string): number {
    const accountCount = this.record(accountKey(email), this.account);
    const addressCount = this.record(addressKey(ip), this.address);
    const over = Math.max(accountCount - this.account.soft, addressCount - this.address.soft, 0);
    return Math.min(over * DELAY_STEP_MS, MAX_DELAY_MS);
  }

  /** A successful login clears the account's failures (not the address's). */
  succeed(email: string): void {
    this.failures.delete(accountKey(email));
  }

  private recent(key: string, limits: ThrottleLimits): number[] {
    const since = this.now() - limits.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  private wait(key: string, limits: ThrottleLimits): number {
    const recent = this.recent(key, limits);
    if (recent.length < limits.hard) return 0;
    // refused until the failure that made the count reach the limit leaves the window
    const pivot = recent[recent.length - limits.hard]!;
    return pivot + limits.windowMs - this.now();
  }

  private record(key: string, limits: ThrottleLimits): number {
    const recent = this.recent(key, limits);
    recent.push(this.now());
    this.failures.set(key, recent.slice(-limits.hard));
    if (this.failures.size > MAX_KEYS) this.evictOldest();
    return recent.length;
  }

  private evictOldest(): void {
    // Map keeps insertion order: drop the oldest tenth, bounded memory under a spray of emails
    let toDrop = Math.ceil(MAX_KEYS / 10);
    for (const key of this.failures.keys()) {
      if (toDrop-- <= 0) break;
      this.failures.delete(key);
    }
  }
}

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const addressKey = (ip: string) => `address:${ip}`;

import type { AppConfig } from '../config/config.js';
import { type BackoffPolicy, DEFAULT_BACKOFF } from './delivery-backoff.js';

export interface WebhookSettings {
  /** Whether this process runs the delivery worker (WEBHOOK_WORKER=off disables it). */
  worker: boolean;
  pollMs: number;
  /** How long an attempt may hold a delivery before another worker may retry it. */
  leaseMs: number;
  timeoutMs: number;
  backoff: BackoffPolicy;
  /** Allow loopback and private targets: only for tests and closed networks (SSRF). */
  allowPrivateTargets: boolean;
}

export const WEBHOOK_SETTINGS = Symbol('WEBHOOK_SETTINGS');

/**
 * Webhook delivery settings: what the validated configuration sets, else
 * defaults (shorter under NODE_ENV=test). Private and loopback targets are
 * refused unless NODE_ENV=test or WEBHOOK_ALLOW_PRIVATE_TARGETS=true.
 */
export function webhookSettings(config: AppConfig): WebhookSettings {
  const test = config.env === 'test';
  const set = config.webhooks;
  return {
    worker: set.worker,
    pollMs: set.pollMs ?? (test ? 100 : 1_000),
    leaseMs: set.leaseMs ?? (test ? 2_000 : 60_000),
    timeoutMs: set.timeoutMs ?? (test ? 2_000 : 10_000),
    backoff: {
      baseMs: set.backoffBaseMs ?? (test ? 100 : DEFAULT_BACKOFF.baseMs),
      maxMs: set.backoffMaxMs ?? (test ? 1_000 : DEFAULT_BACKOFF.maxMs),
      maxAttempts: set.maxAttempts ?? DEFAULT_BACKOFF.maxAttempts,
    },
    allowPrivateTargets: set.allowPrivateTargets ?? test,
  };
}

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

const int = (value: string | undefined, fallback: number, min: number) => {
  const parsed = Number(value);
  return value !== undefined && Number.isInteger(parsed) && parsed >= min ? parsed : fallback;
};

/**
 * Webhook delivery settings, from the environment (documented in the README).
 * Private and loopback targets are refused unless NODE_ENV=test or
 * WEBHOOK_ALLOW_PRIVATE_TARGETS=true.
 */
export function webhookSettings(config: AppConfig, env: NodeJS.ProcessEnv = process.env): WebhookSettings {
  const test = config.env === 'test';
  return {
    worker: env.WEBHOOK_WORKER !== 'off',
    pollMs: int(env.WEBHOOK_POLL_MS, test ? 100 : 1_000, 10),
    leaseMs: int(env.WEBHOOK_LEASE_MS, test ? 2_000 : 60_000, 100),
    timeoutMs: int(env.WEBHOOK_TIMEOUT_MS, test ? 2_000 : 10_000, 100),
    backoff: {
      baseMs: int(env.WEBHOOK_BACKOFF_BASE_MS, test ? 100 : DEFAULT_BACKOFF.baseMs, 10),
      maxMs: int(env.WEBHOOK_BACKOFF_MAX_MS, test ? 1_000 : DEFAULT_BACKOFF.maxMs, 10),
      maxAttempts: int(env.WEBHOOK_MAX_ATTEMPTS, DEFAULT_BACKOFF.maxAttempts, 1),
    },
    allowPrivateTargets: env.WEBHOOK_ALLOW_PRIVATE_TARGETS ? env.WEBHOOK_ALLOW_PRIVATE_TARGETS === 'true' : test,
  };
}

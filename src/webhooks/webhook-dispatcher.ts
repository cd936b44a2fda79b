import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Counter } from 'prom-client';
import type { DataSource } from 'typeorm';
import { MetricsService } from '../metrics/metrics.service.js';
import { afterFailure } from './delivery-backoff.js';
import { WebhookOutbox } from './webhook-outbox.js';
import { sendWebhook } from './webhook-sender.js';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-settings.js';
import { signWebhook } from './webhook-signature.js';

interface ClaimedDelivery {
  id: string;
  attempts: number;
  event_id: string;
  payload: Record<string, unknown>;
  url: string;
  secret: string;
  active: boolean;
}

const BATCH = 16;

/**
 * The outbox worker. It claims due deliveries with FOR UPDATE SKIP LOCKED
 * (several instances share the work without sending one delivery twice at
 * once), leases them, sends, and records the outcome. A process that dies
 * mid-send leaves the lease to expire and the delivery is sent again: at
 * least once, with the same webhook-id, so receivers de-duplicate.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private readonly attempts: Counter<'outcome'>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
    private readonly outbox: WebhookOutbox,
    metrics: MetricsService,
  ) {
    this.attempts = new Counter({
      name: 'claimdesk_webhook_attempts_total',
      help: 'Webhook delivery attempts, by outcome (delivered, retry, failed).',
      labelNames: ['outcome'] as const,
      registers: [metrics.registry],
    });
  }

  onApplicationBootstrap(): void {
    if (!this.settings.worker) return;
    this.outbox.onNudge(() => this.kick());
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.kick(), ms);
    this.timer.unref();
  }

  private kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'webhook dispatch round failed'))
      .finally(() => {
        this.running = undefined;
        const soon = this.again;
        this.again = false;
        this.schedule(soon ? 0 : this.settings.pollMs);
      });
  }

  private async drain(): Promise<void> {
    for (let round = 0; round < 8 && !this.stopped; round++) {
      const claimed = await this.claim();
      await Promise.all(claimed.map((delivery) => this.deliver(delivery)));
      if (claimed.length < BATCH) return;
    }
  }

  private claim(): Promise<ClaimedDelivery[]> {
    return this.dataSource.query(
      `WITH due AS (
         SELECT id FROM webhook_deliveries
          WHERE status = 'pending' AND next_attempt_at <= now()
          ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED
       )
       , claimed AS (
         UPDATE webhook_deliveries d
          SET attempts = d.attempts + 1, last_attempt_at = now(), next_attempt_at = now() + make_interval(secs => $2::double precision / 1000)
         FROM due, webhook_events e, webhook_endpoints ep
        WHERE d.id = due.id AND e.id = d.event_id AND ep.id = d.endpoint_id
         RETURNING d.id, d.attempts, d.event_id, e.payload, ep.url, ep.secret, ep.active
       )
       SELECT * FROM claimed`,
      [BATCH, this.settings.leaseMs],
    );
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    const attemptedAt = new Date();
    const body = JSON.stringify(delivery.payload);
    const outcome = delivery.active
      ? await sendWebhook(delivery.url, { ...signWebhook(delivery.secret, delivery.event_id, attemptedAt, body) }, body, this.settings.timeoutMs, this.settings.allowPrivateTargets)
      : { statusCode: null, error: 'endpoint is disabled', durationMs: 0 };
    const next = outcome.error === null ? undefined : delivery.active ? afterFailure(this.settings.backoff, delivery.attempts) : ({ giveUp: true } as const);
    const status = outcome.error === null ? 'delivered' : next && 'giveUp' in next ? 'failed' : 'pending';
    const retryInMs = next && 'retryInMs' in next ? next.retryInMs : 0;
    this.attempts.inc({ outcome: status === 'pending' ? 'retry' : status });
    // Only the holder of the current attempt records it: a worker whose lease expired changes nothing.
    await this.dataSource.query(
      `WITH attempt AS (
         INSERT INTO webhook_attempts (delivery_id, attempt, attempted_at, status_code, error, duration_ms) VALUES ($1, $2, $3, $4, $5, $6)
       )
       UPDATE webhook_deliveries
          SET status = $7, last_status_code = $4, last_error = $5,
              delivered_at = CASE WHEN $7 = 'delivered' THEN now() ELSE NULL END,
              next_attempt_at = now() + make_interval(secs => $8::double precision / 1000)
        WHERE id = $1 AND attempts = $2 AND status = 'pending'`,
      [delivery.id, delivery.attempts, attemptedAt, outcome.statusCode, outcome.error, outcome.durationMs, status, retryInMs],
    );
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { WebhookEventType } from './webhook-events.js';

/**
 * Writes webhook events into the outbox inside the caller's transaction, with
 * one pending delivery per active endpoint subscribed to the event: the event
 * exists exactly when the change it announces was committed. The dispatcher
 * sends it later; `nudge` wakes it after commit so delivery is prompt.
 */
@Injectable()
export class WebhookOutbox {
  private listener: (() => void) | undefined;

  async enqueue(manager: EntityManager, newsroomId: string, type: WebhookEventType, data: Record<string, unknown>): Promise<void> {
    const payload = { type, timestamp: new Date().toISOString(), data };
    await manager.query(
      `WITH event AS (
         INSERT INTO webhook_events (newsroom_id, type, payload) VALUES ($1, $2, $3::jsonb) RETURNING id
       )
       INSERT INTO webhook_deliveries (event_id, endpoint_id, newsroom_id)
       SELECT event.id, endpoint.id, $1 FROM event
         JOIN webhook_endpoints endpoint ON endpoint.newsroom_id = $1 AND endpoint.active AND $2 = ANY (endpoint.events)`,
      [newsroomId, type, JSON.stringify(payload)],
    );
  }

  /** Call after commit: the dispatcher looks at the outbox now instead of at its next poll. */
  nudge(): void {
    this.listener?.();
  }

  onNudge(listener: () => void): void {
    this.listener = listener;
  }
}

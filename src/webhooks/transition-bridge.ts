import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Subscription } from 'rxjs';
import type { DataSource } from 'typeorm';
import { DomainEvents } from '../events/domain-events.js';
import { WebhookOutbox } from './webhook-outbox.js';

/**
 * Announces `ticket.transitioned` for moves made outside sign-off and
 * publishing (assign, start, draft, submit, send back, reject, reopen). Those
 * are written to the outbox right after their commit rather than inside it,
 * so a crash in between can lose one; moves made by sign-off and publishing
 * are written in their own transaction and skipped here. Writing the event
 * inside the tickets module's transaction (WebhookOutbox.enqueue with its
 * manager) would make these at-least-once as well.
 */
@Injectable()
export class TransitionWebhookBridge implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Webhooks');
  private subscription: Subscription | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly outbox: WebhookOutbox,
  ) {}

  onModuleInit(): void {
    this.subscription = this.events.of('ticket.transitioned').subscribe((event) => {
      if (this.outbox.takeAnnounced(event.ticketId, event.version)) return;
      this.dataSource
        .transaction(async (manager) => {
          const [ticket] = (await manager.query(`SELECT number FROM tickets WHERE id = $1`, [event.ticketId])) as { number: number }[];
          await this.outbox.enqueue(manager, event.newsroomId, 'ticket.transitioned', {
            ticketId: event.ticketId,
            ticketNumber: ticket?.number ?? null,
            from: event.from,
            to: event.status,
            version: event.version,
          });
        })
        .then(() => this.outbox.nudge())
        .catch((error: unknown) => this.logger.error({ err: error, ticketId: event.ticketId }, 'could not announce a transition'));
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }
}

import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { DomainEvents } from '../events/domain-events.js';
import { TransitionHooks } from '../tickets/transition-hooks.js';
import { WebhookOutbox } from './webhook-outbox.js';

/**
 * Every ticket transition, whichever use case makes it, writes its
 * `ticket.transitioned` webhook event into the outbox inside the transaction
 * of the move: the event exists exactly when the move committed. After the
 * commit (the domain event), the dispatcher is woken so delivery is prompt.
 */
@Injectable()
export class TransitionWebhooks implements OnModuleInit, OnModuleDestroy {
  private subscription: Subscription | undefined;

  constructor(
    private readonly hooks: TransitionHooks,
    private readonly outbox: WebhookOutbox,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.hooks.register((manager, move) =>
      this.outbox.enqueue(manager, move.newsroomId, 'ticket.transitioned', {
        ticketId: move.ticketId,
        ticketNumber: move.ticketNumber,
        from: move.from,
        to: move.to,
        version: move.version,
      }),
    );
    this.subscription = this.events.of('ticket.transitioned').subscribe(() => this.outbox.nudge());
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }
}

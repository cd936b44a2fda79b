import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Subscription } from 'rxjs';
import type { DataSource } from 'typeorm';
import { DomainEvents } from '../events/domain-events.js';
import { invalidateSignoffs } from './ticket-state.js';

/**
 * An editor sending an approved ticket back to drafting withdraws its
 * approvals even though the content is unchanged: every sign-off given so far
 * becomes stale. The ticket cannot be approved again before it is resubmitted
 * and signed off anew, which comes well after this runs.
 */
@Injectable()
export class SignoffResetListener implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Signoffs');
  private subscription: Subscription | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.subscription = this.events.of('ticket.transitioned').subscribe((event) => {
      if (event.from !== 'approved' || event.status !== 'drafting') return;
      this.dataSource
        .transaction((manager) => invalidateSignoffs(manager, event.ticketId))
        .catch((error: unknown) => this.logger.error({ err: error, ticketId: event.ticketId }, 'could not invalidate sign-offs'));
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }
}

import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { DomainEvents } from '../events/domain-events.js';
import type { TicketStatus } from '../tickets/ticket-status.js';
import type { VersionReason } from './writeup-version.entity.js';
import { WriteupsService } from './writeups.service.js';

/** The lifecycle moments at which a write-up is kept. */
export function versionReasonFor(status: TicketStatus): VersionReason | undefined {
  switch (status) {
    case 'in_review':
      return 'submitted';
    case 'approved':
      return 'signed_off';
    case 'published':
      return 'published';
    default:
      return undefined;
  }
}

/**
 * Keeps a version when a ticket is submitted for review, signed off and
 * published, whoever moved it. saveVersion ignores an identical repeat, so a
 * caller that also saves one inside its own transaction does not duplicate it.
 */
@Injectable()
export class WriteupVersioning implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('WriteupVersioning');
  private subscription: Subscription | undefined;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly events: DomainEvents,
    private readonly writeups: WriteupsService,
  ) {}

  onModuleInit(): void {
    this.subscription = this.events.of('ticket.transitioned').subscribe((event) => {
      const reason = versionReasonFor(event.status);
      if (!reason) return;
      const saving = this.writeups
        .saveVersion(undefined, event.ticketId, reason)
        .catch((error: unknown) => this.logger.error({ err: error, ticketId: event.ticketId }, 'could not keep a write-up version'))
        .finally(() => this.inFlight.delete(saving));
      this.inFlight.add(saving);
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.subscription?.unsubscribe();
    await Promise.all([...this.inFlight]);
  }
}

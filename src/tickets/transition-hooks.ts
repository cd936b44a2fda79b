import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LifecycleAction } from './ticket-lifecycle.js';
import type { TicketStatus } from './ticket-status.js';

export interface AppliedTransition {
  newsroomId: string;
  ticketId: string;
  ticketNumber: number;
  action: LifecycleAction;
  from: TicketStatus;
  to: TicketStatus;
  /** The ticket version after the move. */
  version: number;
  /** Null when the desk itself made the move. */
  actorId: string | null;
}

export type TransitionHook = (manager: EntityManager, transition: AppliedTransition) => Promise<void>;

/**
 * Work other modules must do inside the transaction of every ticket transition
 * (writing the webhook event to the outbox, withdrawing approvals when an
 * approved ticket is sent back), so that it commits or rolls back with the
 * move itself. Modules register at start-up; the tickets module knows none of them.
 */
@Injectable()
export class TransitionHooks {
  private readonly hooks: TransitionHook[] = [];

  register(hook: TransitionHook): void {
    this.hooks.push(hook);
  }

  async run(manager: EntityManager, transition: AppliedTransition): Promise<void> {
    for (const hook of this.hooks) await hook(manager, transition);
  }
}

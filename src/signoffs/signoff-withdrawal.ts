import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TransitionHooks } from '../tickets/transition-hooks.js';
import { invalidateSignoffs } from './ticket-state.js';

/**
 * An editor sending an approved ticket back to drafting withdraws its
 * approvals even though the content is unchanged: every sign-off given so far
 * is marked invalidated, in the same transaction as the move.
 */
@Injectable()
export class SignoffWithdrawal implements OnModuleInit {
  constructor(private readonly hooks: TransitionHooks) {}

  onModuleInit(): void {
    this.hooks.register(async (manager, move) => {
      if (move.action === 'send_back') await invalidateSignoffs(manager, move.ticketId);
    });
  }
}

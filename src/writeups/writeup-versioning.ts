import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TransitionHooks } from '../tickets/transition-hooks.js';
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
 * published, whoever moved it, inside the transaction of the move: the version
 * exists exactly when the transition committed. saveVersion ignores an
 * identical repeat, so a caller that also saves one does not duplicate it.
 */
@Injectable()
export class WriteupVersioning implements OnModuleInit {
  constructor(
    private readonly hooks: TransitionHooks,
    private readonly writeups: WriteupsService,
  ) {}

  onModuleInit(): void {
    this.hooks.register(async (manager, move) => {
      const reason = versionReasonFor(move.to);
      if (reason) await this.writeups.saveVersion(manager, move.ticketId, reason);
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MemberContext } from '../access/actor.js';
import type { AuditAction } from '../audit/audit-chain.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { type DomainEvent, DomainEvents } from '../events/domain-events.js';
import { verdictComplete } from './content-facts.js';
import { staleVersion } from './expected-version.js';
import {
  type Decision,
  decide,
  decideMove,
  type LifecycleAction,
  type LifecycleActor,
  type TransitionChannel,
  type TransitionFacts,
} from './ticket-lifecycle.js';
import { type TicketView, toTicket } from './ticket-row.js';
import { type TicketForActor, TicketStore } from './ticket-store.js';
import type { TicketStatus } from './ticket-status.js';
import { TransitionHooks } from './transition-hooks.js';

export interface TransitionRequest {
  /** The ticket as read in this transaction (status and version are what the move is decided on). */
  ticket: Pick<TicketForActor, 'id' | 'newsroom_id' | 'status' | 'version' | 'assigned' | 'has_researcher'>;
  /** What the caller gathered about the content and the newsroom, for the moves that need it (submit, approve, publish, take). */
  facts?: Pick<TransitionFacts, 'hasVerdict' | 'hasWriteup' | 'selfAssignment'>;
  action: LifecycleAction;
  /** Null and `system` when the desk itself moves the ticket (e.g. the sign-off policy is met). */
  actor: { userId: string | null; role: LifecycleActor };
  channel: TransitionChannel;
  note?: string;
  /** Extra facts for the history entry (e.g. the publication id). */
  details?: Record<string, unknown>;
  /**
   * The use case's own history entry, written instead of a separate
   * `ticket.transitioned` one, so that one action of a member leaves one
   * entry (e.g. `verdict.published`, carrying the status move too).
   */
  history?: { action: AuditAction; before?: Record<string, unknown>; after?: Record<string, unknown> };
}

export interface TransitionResult {
  ticket: TicketView;
  /** Publish it with DomainEvents.publish once the caller's transaction has committed. */
  event: Extract<DomainEvent, { type: 'ticket.transitioned' }>;
}

/** Maps a lifecycle refusal onto the API's errors (403 for the role, 409 for the state). */
export function refusalError(decision: Extract<Decision, { ok: false }>): AppError {
  return new AppError(decision.kind, decision.reason);
}

@Injectable()
export class TicketTransitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: TicketStore,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly hooks: TransitionHooks,
  ) {}

  /** `POST .../transitions { to, note }`: the generic route for members. */
  async transition(member: MemberContext, ticketId: string, to: TicketStatus, note: string | undefined, expected: number): Promise<TicketView> {
    const result = await this.dataSource.transaction(async (manager) => {
      const ticket = await this.store.load(manager, member, ticketId, 'update');
      const facts = { hasVerdict: verdictComplete(ticket) };
      const decision = decideMove(ticket.status, to, member.role, {
        assigned: ticket.assigned,
        hasResearcher: ticket.has_researcher,
        channel: 'transitions',
        ...facts,
      });
      if (!decision.ok) throw refusalError(decision);
      if (ticket.version !== expected) throw staleVersion(ticket.version);
      return this.applyTransition(manager, {
        ticket,
        action: decision.action,
        actor: { userId: member.userId, role: member.role },
        channel: 'transitions',
        facts,
        note,
      });
    });
    this.events.publish(result.event);
    return result.ticket;
  }

  /**
   * Applies one lifecycle action inside the caller's transaction: decides it,
   * compare-and-sets status and version (from exactly the status and version
   * given), appends the history entry and runs the registered transition
   * hooks (webhook outbox, sign-off withdrawal). Throws the refusal as an AppError.
   * For use cases that move a ticket as part of their own write (approve,
   * publish, correct, retract): read the ticket with `TicketStore.load(...,
   * 'update')` first, so the row is locked before the history is.
   */
  async applyTransition(manager: EntityManager, request: TransitionRequest): Promise<TransitionResult> {
    const { ticket, action, actor, channel } = request;
    const decision = decide(ticket.status, action, actor.role, {
      assigned: ticket.assigned,
      hasResearcher: ticket.has_researcher,
      channel,
      ...request.facts,
    });
    if (!decision.ok) throw refusalError(decision);
    const actorId = actor.userId ?? (await this.systemActorFallback(manager, ticket.id));
    // The status condition is redundant with the version, but states the intent of the write.
    const row = await this.store.compareAndSet(manager, ticket, ticket.version, actorId, 'status = $4', [decision.to, decision.from], 'AND t.status = $5');
    const updated = toTicket(row);
    const { history } = request;
    await this.audit.append(manager, {
      newsroomId: ticket.newsroom_id,
      ticketId: ticket.id,
      actorId: actor.userId,
      action: history?.action ?? 'ticket.transitioned',
      before: { status: decision.from, ...(history ? { version: ticket.version, ...history.before } : {}) },
      after: {
        status: decision.to,
        action,
        ...(history ? { version: updated.version } : {}),
        ...(request.note ? { note: request.note } : {}),
        ...(request.details ?? {}),
        ...history?.after,
      },
    });
    await this.hooks.run(manager, {
      newsroomId: ticket.newsroom_id,
      ticketId: ticket.id,
      ticketNumber: updated.number,
      action,
      from: decision.from,
      to: decision.to,
      version: updated.version,
      actorId: actor.userId,
    });
    return {
      ticket: updated,
      event: {
        type: 'ticket.transitioned',
        newsroomId: ticket.newsroom_id,
        ticketId: ticket.id,
        actorId: actor.userId ?? 'system',
        from: decision.from,
        status: decision.to,
        version: updated.version,
      },
    };
  }

  /** updated_by is required: a desk-made move is attributed to the ticket's last writer. */
  private async systemActorFallback(manager: EntityManager, ticketId: string): Promise<string> {
    const [row] = (await manager.query(`SELECT updated_by FROM tickets WHERE id = $1`, [ticketId])) as { updated_by: string }[];
    return row!.updated_by;
  }
}

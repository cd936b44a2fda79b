import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MemberContext } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { type DomainEvent, DomainEvents } from '../events/domain-events.js';
import { TicketTransitionsService } from '../tickets/ticket-transitions.service.js';
import type { TicketStatus } from '../tickets/ticket-status.js';
import { WebhookOutbox } from '../webhooks/webhook-outbox.js';
import type { CreateSignoffDto, SignoffListDto, SignoffResultDto } from './dto/signoff.dto.js';
import { SignedContentService, type SignedState } from './signed-content.service.js';
import { missingContent } from '../tickets/ticket-lifecycle.js';
import { contentFacts, evaluatePolicy, isStale, type PolicyOutcome } from './signoff-policy.js';
import { policyView, signoffView } from './signoff-views.js';

interface Transition {
  from: TicketStatus;
  to: TicketStatus;
  version: number;
  event: Extract<DomainEvent, { type: 'ticket.transitioned' }>;
}

/**
 * Sign-off use cases. A sign-off is taken on the ticket row locked, so the
 * content hash it records, the policy evaluation and the automatic move to
 * `approved` all see the same content, in one transaction.
 */
@Injectable()
export class SignoffsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly content: SignedContentService,
    private readonly audit: AuditService,
    private readonly outbox: WebhookOutbox,
    private readonly events: DomainEvents,
    private readonly transitions: TicketTransitionsService,
  ) {}

  async list(member: MemberContext, ticketId: string): Promise<SignoffListDto> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const state = await this.content.load(manager, member.newsroomId, ticketId, false);
      const { records, outcome } = await this.evaluate(manager, state);
      return {
        items: records.map((record) => signoffView(record, state.hash, outcome)),
        contentHash: state.hash,
        status: state.ticket.status,
        version: state.ticket.version,
        policy: policyView(outcome),
      };
    });
  }

  async give(member: MemberContext, ticketId: string, dto: CreateSignoffDto): Promise<SignoffResultDto> {
    const { result, transition } = await this.dataSource.transaction(async (manager) => {
      const state = await this.content.load(manager, member.newsroomId, ticketId, true);
      const { ticket } = state;
      if (dto.version !== undefined && dto.version !== ticket.version) {
        throw new AppError('version_conflict', `The ticket is at version ${ticket.version}, not ${dto.version}; reload it and review again.`);
      }
      if (dto.contentHash !== undefined && dto.contentHash !== state.hash) {
        throw new AppError('version_conflict', 'The verdict or write-up changed since you reviewed it; review the current content.');
      }
      if (ticket.status !== 'in_review') {
        throw new AppError('invalid_transition', `Sign-offs are given while a ticket is in review; this one is "${ticket.status}".`);
      }
      if (dto.decision === 'approve') this.assertMayApprove(member, state);
      if (dto.decision === 'approve' && (await this.alreadyApproved(manager, ticket.id, member.userId, state.hash))) {
        throw new AppError('state_conflict', 'You have already approved this exact content.');
      }

      const [inserted] = (await manager.query(
        `INSERT INTO signoffs (newsroom_id, ticket_id, user_id, role, decision, note, content_hash, ticket_version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [member.newsroomId, ticket.id, member.userId, member.role, dto.decision, dto.note ?? null, state.hash, ticket.version],
      )) as { id: string }[];
      const signoffId = inserted!.id;
      const given = { signoffId, decision: dto.decision, role: member.role, contentHash: state.hash, ticketVersion: ticket.version };
      // One entry per member action: asking for changes moves the ticket back, so that entry carries the move. The
      // approval that meets the policy keeps its own entry; the move to approved is the desk's, and has the desk's.
      if (dto.decision === 'approve') {
        await this.audit.append(manager, { newsroomId: member.newsroomId, ticketId: ticket.id, actorId: member.userId, action: 'signoff.given', after: given });
      }
      await this.outbox.enqueue(manager, member.newsroomId, 'ticket.signed_off', {
        ticketId: ticket.id,
        ticketNumber: ticket.number,
        signoffId,
        decision: dto.decision,
        role: member.role,
        userId: member.userId,
        contentHash: state.hash,
      });

      let { records, outcome } = await this.evaluate(manager, state);
      let transition: Transition | undefined;
      if (dto.decision === 'request_changes') {
        transition = await this.transition(manager, member, state, 'request_changes', undefined, given);
      } else if (outcome.met) {
        transition = await this.transition(manager, member, state, 'approve', outcome);
      }
      if (transition) ({ records, outcome } = await this.evaluate(manager, { ...state, ticket: { ...ticket, status: transition.to } }));
      const record = records.find((candidate) => candidate.id === signoffId)!;
      const result: SignoffResultDto = {
        signoff: signoffView(record, state.hash, outcome),
        status: transition?.to ?? ticket.status,
        version: transition?.version ?? ticket.version,
        policy: policyView(outcome),
      };
      return { result, transition };
    });
    this.outbox.nudge();
    if (transition) this.events.publish(transition.event);
    return result;
  }

  /** Only complete content can be approved; the rating setter may not approve their own verdict when the policy excludes them. */
  private assertMayApprove(member: MemberContext, state: SignedState): void {
    const { ticket, settings } = state;
    const incomplete = missingContent('approve', contentFacts({ ...ticket, writeup: state.writeup }));
    if (incomplete) throw new AppError('state_conflict', incomplete);
    if (settings.signoffPolicy.excludeRatingSetter && ticket.ratingSetBy === member.userId) {
      throw new AppError('forbidden', 'You set the current rating, so your approval cannot count; another member must approve it.');
    }
  }

  private async alreadyApproved(manager: EntityManager, ticketId: string, userId: string, hash: string): Promise<boolean> {
    const rows: { decision: string; content_hash: string; invalidated_at: Date | null }[] = await manager.query(
      `SELECT decision, content_hash, invalidated_at FROM signoffs WHERE ticket_id = $1 AND user_id = $2 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [ticketId, userId],
    );
    const latest = rows[0];
    return latest !== undefined && latest.decision === 'approve' && !isStale({ contentHash: latest.content_hash, invalidated: latest.invalidated_at !== null }, hash);
  }

  private async evaluate(manager: EntityManager, state: SignedState) {
    const records = await this.content.signoffs(manager, state.ticket.id);
    const facts = { ratingSetBy: state.ticket.ratingSetBy, ...contentFacts({ ...state.ticket, writeup: state.writeup }) };
    const outcome = evaluatePolicy(state.settings.signoffPolicy, records, facts, state.hash);
    return { records, outcome };
  }

  private async transition(
    manager: EntityManager,
    member: MemberContext,
    state: SignedState,
    action: 'approve' | 'request_changes',
    outcome?: PolicyOutcome,
    signoff?: Record<string, unknown>,
  ): Promise<Transition> {
    const { ticket } = state;
    // The lifecycle and the history entry are the tickets module's: one way to move a ticket.
    const { ticket: moved, event } = await this.transitions.applyTransition(manager, {
      ticket: { id: ticket.id, newsroom_id: ticket.newsroomId, status: ticket.status, version: ticket.version, assigned: false, has_researcher: true },
      action,
      actor: action === 'approve' ? { userId: null, role: 'system' } : { userId: member.userId, role: member.role },
      channel: 'signoff',
      facts: contentFacts({ ...ticket, writeup: state.writeup }),
      details: {
        contentHash: state.hash,
        ...(outcome ? { approvals: outcome.approvals.map((approval) => ({ signoffId: approval.id, userId: approval.userId, role: approval.role })) } : {}),
      },
      ...(signoff ? { history: { action: 'signoff.given', after: signoff } } : {}),
    });
    return { from: ticket.status, to: event.status, version: moved.version, event };
  }
}

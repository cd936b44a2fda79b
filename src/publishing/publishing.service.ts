import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MemberContext } from '../access/actor.js';
import { AppError } from '../common/errors/app-error.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { type DomainEvent, DomainEvents } from '../events/domain-events.js';
import { SignedContentService, type SignedState } from '../signoffs/signed-content.service.js';
import { contentFacts, describeMissing, evaluatePolicy } from '../signoffs/signoff-policy.js';
import { invalidateSignoffs } from '../signoffs/ticket-state.js';
import { decide, type LifecycleAction } from '../tickets/ticket-lifecycle.js';
import { TicketTransitionsService } from '../tickets/ticket-transitions.service.js';
import { WebhookOutbox } from '../webhooks/webhook-outbox.js';
import type { WebhookEventType } from '../webhooks/webhook-events.js';
import type { PublicationResultDto } from './dto/publishing.dto.js';
import { buildSnapshot } from './publication-snapshot.js';
import type { ChangelogEntry } from './public-verdict.js';

interface Change {
  result: PublicationResultDto;
  event: Extract<DomainEvent, { type: 'ticket.transitioned' }>;
}

/**
 * Publish, correct and retract. Publishing re-checks the sign-off policy on
 * the content hashed inside the same transaction as the publication row, so a
 * publication's hash is always one its approvals were given on.
 */
@Injectable()
export class PublishingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly content: SignedContentService,
    private readonly outbox: WebhookOutbox,
    private readonly events: DomainEvents,
    private readonly transitions: TicketTransitionsService,
  ) {}

  publicUrl(slug: string, ticketId: string): string {
    return `${this.config.publicBaseUrl}/public/${encodeURIComponent(slug)}/verdicts/${ticketId}`;
  }

  publish(member: MemberContext, ticketId: string, expectedVersion?: number): Promise<PublicationResultDto> {
    return this.change(member, ticketId, 'publish', 'verdict.published', async (manager, state) => {
      if (expectedVersion !== undefined && expectedVersion !== state.ticket.version) {
        throw new AppError('version_conflict', `The ticket is at version ${state.ticket.version}, not ${expectedVersion}.`);
      }
      const records = await this.content.signoffs(manager, state.ticket.id);
      const facts = { ratingSetBy: state.ticket.ratingSetBy, ...contentFacts({ ...state.ticket, writeup: state.writeup }) };
      const outcome = evaluatePolicy(state.settings.signoffPolicy, records, facts, state.hash);
      if (!outcome.met) {
        throw new AppError('state_conflict', outcome.incomplete ?? `The approvals no longer cover the current content: ${describeMissing(outcome.missing)}.`);
      }
      const previous = await latestPublication(manager, state.ticket.id);
      const publicationVersion = (previous?.version ?? 0) + 1;
      const publishedAt = new Date();
      const changelog = [...(previous?.changelog ?? []), ...(await this.pendingCorrections(manager, state.ticket.id, previous?.version, publicationVersion, publishedAt))];
      const approvals = records.filter((record) => outcome.approvals.some((approval) => approval.id === record.id));
      const snapshot = await buildSnapshot(manager, {
        state,
        approvals,
        writeupHtml: this.content.renderHtml(state.writeup?.json ?? null),
        publicBaseUrl: this.config.publicBaseUrl,
        publishedAt,
        changelog,
      });
      await manager.query(
        `INSERT INTO publications (newsroom_id, ticket_id, version, content_hash, snapshot, published_by, published_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)`,
        [member.newsroomId, state.ticket.id, publicationVersion, state.hash, JSON.stringify(snapshot), member.userId, publishedAt],
      );
      return {
        publicationVersion,
        at: publishedAt,
        audit: { publicationVersion, contentHash: state.hash, approvals: approvals.map((a) => ({ signoffId: a.id, userId: a.userId, role: a.role })) },
      };
    });
  }

  correct(member: MemberContext, ticketId: string, note: string): Promise<PublicationResultDto> {
    return this.change(member, ticketId, 'correct', 'verdict.corrected', async (manager, state) => {
      const previous = await latestPublication(manager, state.ticket.id);
      if (!previous) throw new AppError('state_conflict', 'Only a published verdict can be corrected.');
      const [row] = (await manager.query(
        `INSERT INTO corrections (newsroom_id, ticket_id, note, from_version, requested_by) VALUES ($1, $2, $3, $4, $5) RETURNING requested_at`,
        [member.newsroomId, state.ticket.id, note, previous.version, member.userId],
      )) as { requested_at: Date }[];
      // The content is unchanged at this point: old approvals must not carry the corrected version.
      await invalidateSignoffs(manager, state.ticket.id);
      return { publicationVersion: previous.version, at: row!.requested_at, audit: { note, correctsVersion: previous.version } };
    });
  }

  retract(member: MemberContext, ticketId: string, reason: string): Promise<PublicationResultDto> {
    return this.change(member, ticketId, 'retract', 'verdict.retracted', async (manager, state) => {
      const previous = await latestPublication(manager, state.ticket.id);
      if (!previous) throw new AppError('state_conflict', 'Only a published verdict can be retracted.');
      const [row] = (await manager.query(
        `INSERT INTO retractions (ticket_id, newsroom_id, reason, publication_version, retracted_by) VALUES ($1, $2, $3, $4, $5) RETURNING retracted_at`,
        [state.ticket.id, member.newsroomId, reason, previous.version, member.userId],
      )) as { retracted_at: Date }[];
      return { publicationVersion: previous.version, at: row!.retracted_at, audit: { reason, publicationVersion: previous.version } };
    });
  }

  /**
   * The shape every publishing use case shares: lock the ticket, ask the
   * lifecycle (before any work, so a wrong state is always a 409), do the
   * specific work, move the ticket through the tickets module (compare-and-set
   * and history), write our own history entry and the outbox, commit; then
   * tell live connections.
   */
  private async change(
    member: MemberContext,
    ticketId: string,
    action: Extract<LifecycleAction, 'publish' | 'correct' | 'retract'>,
    eventType: WebhookEventType,
    work: (manager: EntityManager, state: SignedState) => Promise<{ publicationVersion: number; at: Date; audit: Record<string, unknown> }>,
  ): Promise<PublicationResultDto> {
    const change = await this.dataSource.transaction(async (manager): Promise<Change> => {
      const state = await this.content.load(manager, member.newsroomId, ticketId, true);
      const { ticket } = state;
      const channel = action === 'publish' ? 'publish' : action === 'correct' ? 'corrections' : 'retract';
      const facts = contentFacts({ ...ticket, writeup: state.writeup });
      const decision = decide(ticket.status, action, member.role, { assigned: false, hasResearcher: true, channel, ...facts });
      if (!decision.ok) throw new AppError(decision.kind, decision.reason);
      const done = await work(manager, state);
      const url = this.publicUrl(member.slug, ticket.id);
      // One member action, one history entry: the publishing entry carries the status move (before/after status and version).
      const { ticket: moved, event } = await this.transitions.applyTransition(manager, {
        ticket: { id: ticket.id, newsroom_id: ticket.newsroomId, status: ticket.status, version: ticket.version, assigned: false, has_researcher: true },
        action,
        actor: { userId: member.userId, role: member.role },
        channel,
        facts,
        details: { publicationVersion: done.publicationVersion },
        history: { action: eventType, after: { url, ...done.audit } },
      });
      const version = moved.version;
      const data = { ticketId: ticket.id, ticketNumber: ticket.number, url, publicationVersion: done.publicationVersion };
      await this.outbox.enqueue(manager, member.newsroomId, eventType, { ...data, ...done.audit });
      return {
        event,
        result: { id: ticket.id, publicationVersion: done.publicationVersion, url, contentHash: state.hash, status: decision.to, version, at: done.at.toISOString() },
      };
    });
    this.outbox.nudge();
    this.events.publish(change.event);
    return change.result;
  }

  /** Corrections requested since the previous version become the new version's changelog entries. */
  private async pendingCorrections(manager: EntityManager, ticketId: string, previousVersion: number | undefined, version: number, date: Date): Promise<ChangelogEntry[]> {
    if (previousVersion === undefined) return [];
    const rows: { note: string }[] = await manager.query(
      `SELECT note FROM corrections WHERE ticket_id = $1 AND from_version = $2 ORDER BY requested_at, id`,
      [ticketId, previousVersion],
    );
    return rows.map((row) => ({ version, note: row.note, date: date.toISOString() }));
  }
}

async function latestPublication(manager: EntityManager, ticketId: string): Promise<{ version: number; changelog: ChangelogEntry[] } | undefined> {
  const rows: { version: number; changelog: ChangelogEntry[] | null }[] = await manager.query(
    `SELECT version, snapshot -> 'changelog' AS changelog FROM publications WHERE ticket_id = $1 ORDER BY version DESC LIMIT 1`,
    [ticketId],
  );
  return rows[0] ? { version: rows[0].version, changelog: rows[0].changelog ?? [] } : undefined;
}

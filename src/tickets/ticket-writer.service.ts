import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MemberContext } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError, notFound } from '../common/errors/app-error.js';
import { IdempotencyService } from '../common/idempotency/idempotency.service.js';
import { DomainEvents } from '../events/domain-events.js';
import type { CreateTicketDto, UpdateTicketDto } from './dto/ticket-input.dto.js';
import { staleVersion } from './expected-version.js';
import { TICKET_COLUMNS, type TicketRow, type TicketView, toTicket } from './ticket-row.js';
import type { Appearance } from './ticket.entity.js';
import { TicketStore } from './ticket-store.js';
import type { TicketStatus } from './ticket-status.js';

/** Fields of the claim itself: frozen once a verdict is approved, published or retracted. */
const CLAIM_FIELDS = new Set(['claim', 'claimant', 'claimDate', 'language']);
const CLAIM_FROZEN: readonly TicketStatus[] = ['approved', 'published', 'retracted'];

/** API field → column, and how it is bound. */
const COLUMNS: Record<string, { column: string; cast?: string }> = {
  claim: { column: 'claim' },
  claimant: { column: 'claimant' },
  claimDate: { column: 'claim_date', cast: 'date' },
  appearances: { column: 'appearances', cast: 'jsonb' },
  language: { column: 'language' },
  priority: { column: 'priority' },
  dueAt: { column: 'due_at', cast: 'timestamptz' },
  tags: { column: 'tags', cast: 'text[]' },
};

export const normaliseTags = (tags: string[]) => [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))];

@Injectable()
export class TicketWriterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: TicketStore,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly events: DomainEvents,
  ) {}

  async create(member: MemberContext, input: CreateTicketDto, idempotencyKey: string | undefined): Promise<{ ticket: TicketView; replayed: boolean }> {
    const outcome = await this.dataSource.transaction(async (manager) =>
      this.idempotency.run(manager, { userId: member.userId, scope: `ticket.create:${member.newsroomId}`, key: idempotencyKey, body: input }, () =>
        this.createWithin(manager, member, input),
      ),
    );
    if (!outcome.replayed) this.announceCreated(member, outcome.value);
    return { ticket: outcome.value, replayed: outcome.replayed };
  }

  /**
   * Creates a ticket inside the caller's transaction (numbered, audited).
   * The caller announces it with `announceCreated` once committed.
   */
  async createWithin(manager: EntityManager, member: MemberContext, input: CreateTicketDto): Promise<TicketView> {
    const [seq] = (await manager.query(`UPDATE newsrooms SET ticket_seq = ticket_seq + 1 WHERE id = $1 RETURNING ticket_seq`, [
      member.newsroomId,
    ])) as [{ ticket_seq: number }[], number];
    const number = seq[0]?.ticket_seq;
    if (number === undefined) throw notFound('Newsroom');
    const rows: TicketRow[] = await manager.query(
      `INSERT INTO tickets AS t (newsroom_id, number, claim, claimant, claim_date, appearances, language, priority, due_at, tags, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5::date, $6::jsonb, $7, $8, $9::timestamptz, $10::text[], $11, $11)
       RETURNING ${TICKET_COLUMNS}`,
      [
        member.newsroomId,
        number,
        input.claim.trim(),
        input.claimant ?? null,
        input.claimDate ?? null,
        JSON.stringify(input.appearances ?? []),
        input.language ?? null,
        input.priority ?? 'normal',
        input.dueAt ?? null,
        normaliseTags(input.tags ?? []),
        member.userId,
      ],
    );
    const ticket = toTicket(rows[0]!);
    await this.audit.append(manager, {
      newsroomId: member.newsroomId,
      ticketId: ticket.id,
      actorId: member.userId,
      action: 'ticket.created',
      after: auditedFields(ticket),
    });
    return ticket;
  }

  announceCreated(member: MemberContext, ticket: TicketView): void {
    this.events.publish({ type: 'ticket.created', newsroomId: member.newsroomId, ticketId: ticket.id, actorId: member.userId, status: ticket.status, version: ticket.version });
  }

  /**
   * Records one more place the claim appeared, inside the caller's
   * transaction (intake: "this article repeats ticket #12's claim"). Adding
   * an appearance commutes with any concurrent write, so it applies to the
   * current version rather than one the caller read; an appearance whose URL
   * the ticket already lists changes nothing. Returns the ticket and whether
   * it changed; the caller announces a change with `announceUpdated`.
   */
  async addAppearanceWithin(manager: EntityManager, member: MemberContext, ticketId: string, appearance: Appearance): Promise<{ ticket: TicketView; changed: boolean }> {
    const current = await this.store.loadFor(manager, member, ticketId, 'appearance.add', 'update');
    const ticket = toTicket(current);
    if (ticket.appearances.some((existing) => existing.url === appearance.url)) return { ticket, changed: false };
    const appearances = [...ticket.appearances, appearance];
    const updated = toTicket(await this.store.compareAndSet(manager, current, current.version, member.userId, 'appearances = $4::jsonb', [JSON.stringify(appearances)]));
    await this.audit.append(manager, {
      newsroomId: member.newsroomId,
      ticketId,
      actorId: member.userId,
      action: 'ticket.updated',
      before: { appearances: ticket.appearances },
      after: { appearances },
    });
    return { ticket: updated, changed: true };
  }

  announceUpdated(member: MemberContext, ticket: TicketView, fields: string[]): void {
    this.events.publish({ type: 'ticket.updated', newsroomId: member.newsroomId, ticketId: ticket.id, actorId: member.userId, status: ticket.status, version: ticket.version, fields });
  }

  async update(member: MemberContext, ticketId: string, input: UpdateTicketDto, expected: number): Promise<TicketView> {
    const fields = Object.keys(COLUMNS).filter((field) => (input as Record<string, unknown>)[field] !== undefined);
    if (fields.length === 0) throw new AppError('validation_failed', 'Nothing to update.');
    if (input.claim === null) throw new AppError('validation_failed', 'claim cannot be empty.');
    const { ticket, changed } = await this.dataSource.transaction(async (manager) => {
      const current = await this.store.loadFor(manager, member, ticketId, 'ticket.update', 'update');
      if (current.version !== expected) throw staleVersion(current.version);
      if (CLAIM_FROZEN.includes(current.status) && fields.some((field) => CLAIM_FIELDS.has(field))) {
        throw new AppError('state_conflict', `The claim of a ${current.status} ticket can no longer change.`);
      }
      const before = auditedFields(toTicket(current));
      const values = fields.map((field) => bind(field, (input as Record<string, unknown>)[field]));
      const assignments = fields.map((field, index) => `${COLUMNS[field]!.column} = $${index + 4}${cast(field)}`).join(', ');
      const updated = toTicket(await this.store.compareAndSet(manager, current, expected, member.userId, assignments, values));
      const after = auditedFields(updated);
      const changedFields = fields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
      await this.audit.append(manager, {
        newsroomId: member.newsroomId,
        ticketId,
        actorId: member.userId,
        action: 'ticket.updated',
        before: pick(before, changedFields),
        after: pick(after, changedFields),
      });
      return { ticket: updated, changed: changedFields };
    });
    this.announceUpdated(member, ticket, changed);
    return ticket;
  }
}

function cast(field: string): string {
  const type = COLUMNS[field]!.cast;
  return type ? `::${type}` : '';
}

function bind(field: string, value: unknown): unknown {
  if (field === 'appearances') return JSON.stringify(value ?? []);
  if (field === 'tags') return normaliseTags((value as string[] | null) ?? []);
  if (field === 'claim') return (value as string).trim();
  if (field === 'priority') return value ?? 'normal';
  return value;
}

/** What the history records of a ticket's own fields. */
export function auditedFields(ticket: TicketView): Record<string, unknown> {
  return {
    claim: ticket.claim,
    claimant: ticket.claimant,
    claimDate: ticket.claimDate,
    appearances: ticket.appearances,
    language: ticket.language,
    priority: ticket.priority,
    dueAt: ticket.dueAt,
    tags: ticket.tags,
    status: ticket.status,
  };
}

export function pick(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, source[key]]));
}

import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MemberContext } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError, notFound } from '../common/errors/app-error.js';
import { IdempotencyService } from '../common/idempotency/idempotency.service.js';
import { normaliseReturning, TicketStore } from '../tickets/ticket-store.js';
import type { TicketStatus } from '../tickets/ticket-status.js';
import type { CreateEvidenceDto, EvidenceDto, UpdateEvidenceDto } from './evidence.dto.js';
import { auditedEvidence, EVIDENCE_COLUMNS, type EvidenceRow, toEvidence } from './evidence-row.js';

/** Evidence is gathered until the verdict is approved; a correction reopens the ticket (and its evidence). */
const EVIDENCE_OPEN: readonly TicketStatus[] = ['new', 'assigned', 'researching', 'drafting', 'in_review'];

const FIELDS: Record<string, string> = {
  url: 'url',
  title: 'title',
  publisher: 'publisher',
  quote: 'quote',
  note: 'note',
  stance: 'stance',
  sourceReliability: 'source_reliability',
};

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tickets: TicketStore,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async add(member: MemberContext, ticketId: string, input: CreateEvidenceDto, idempotencyKey: string | undefined): Promise<{ evidence: EvidenceDto; replayed: boolean }> {
    const outcome = await this.dataSource.transaction(async (manager) =>
      this.idempotency.run(manager, { userId: member.userId, scope: `evidence.create:${ticketId}`, key: idempotencyKey, body: input }, async () => {
        await this.openTicket(manager, member, ticketId);
        const captured = input.capturedText ?? null;
        const rows: EvidenceRow[] = await manager.query(
          `INSERT INTO evidence (ticket_id, newsroom_id, url, title, publisher, quote, note, stance, source_reliability,
                                 captured_text, captured_sha256, captured_at, created_by, updated_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, CASE WHEN $10::text IS NULL THEN NULL ELSE now() END, $12, $12)
           RETURNING ${EVIDENCE_COLUMNS}`,
          [
            ticketId,
            member.newsroomId,
            input.url,
            input.title ?? null,
            input.publisher ?? null,
            input.quote ?? null,
            input.note ?? null,
            input.stance ?? 'context',
            input.sourceReliability ?? 'unknown',
            captured,
            captured === null ? null : sha256(captured),
            member.userId,
          ],
        );
        const evidence = toEvidence(rows[0]!);
        await this.audit.append(manager, { newsroomId: member.newsroomId, ticketId, actorId: member.userId, action: 'evidence.added', after: auditedEvidence(evidence) });
        return evidence;
      }),
    );
    return { evidence: outcome.value, replayed: outcome.replayed };
  }

  async update(member: MemberContext, ticketId: string, evidenceId: string, input: UpdateEvidenceDto, expected: number): Promise<EvidenceDto> {
    const fields = Object.keys(FIELDS).filter((field) => (input as Record<string, unknown>)[field] !== undefined);
    const capturing = input.capturedText !== undefined;
    if (fields.length === 0 && !capturing) throw new AppError('validation_failed', 'Nothing to update.');
    if (input.url === null || input.stance === null || input.sourceReliability === null) {
      throw new AppError('validation_failed', 'url, stance and sourceReliability cannot be null.');
    }
    return this.dataSource.transaction(async (manager) => {
      await this.openTicket(manager, member, ticketId);
      const before = await this.current(manager, member, ticketId, evidenceId, expected);
      const values: unknown[] = fields.map((field) => (input as Record<string, unknown>)[field] ?? null);
      const assignments = fields.map((field, index) => `${FIELDS[field]} = $${index + 5}`);
      if (capturing) {
        const text = input.capturedText ?? null;
        values.push(text, text === null ? null : sha256(text));
        assignments.push(
          `captured_text = $${values.length + 3}`,
          `captured_sha256 = $${values.length + 4}`,
          `captured_at = CASE WHEN $${values.length + 3}::text IS NULL THEN NULL ELSE now() END`,
        );
      }
      const result = (await manager.query(
        `UPDATE evidence SET ${assignments.join(', ')}, version = version + 1, updated_by = $4, updated_at = now()
          WHERE id = $1 AND ticket_id = $2 AND version = $3 AND removed_at IS NULL
          RETURNING ${EVIDENCE_COLUMNS}`,
        [evidenceId, ticketId, expected, member.userId, ...values],
      )) as [EvidenceRow[], number];
      const row = normaliseReturning<EvidenceRow>(result);
      if (!row) throw this.conflict();
      const after = toEvidence(row);
      await this.audit.append(manager, {
        newsroomId: member.newsroomId,
        ticketId,
        actorId: member.userId,
        action: 'evidence.updated',
        before: { id: evidenceId, ...changed(auditedEvidence(before), auditedEvidence(after)).before },
        after: { id: evidenceId, ...changed(auditedEvidence(before), auditedEvidence(after)).after },
      });
      return after;
    });
  }

  async remove(member: MemberContext, ticketId: string, evidenceId: string, expected: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.openTicket(manager, member, ticketId);
      const before = await this.current(manager, member, ticketId, evidenceId, expected);
      const result = (await manager.query(
        `UPDATE evidence SET removed_at = now(), removed_by = $4, version = version + 1
          WHERE id = $1 AND ticket_id = $2 AND version = $3 AND removed_at IS NULL RETURNING id`,
        [evidenceId, ticketId, expected, member.userId],
      )) as [unknown[], number];
      if (!normaliseReturning<unknown>(result)) throw this.conflict();
      await this.audit.append(manager, { newsroomId: member.newsroomId, ticketId, actorId: member.userId, action: 'evidence.removed', before: auditedEvidence(before) });
    });
  }

  private async openTicket(manager: EntityManager, member: MemberContext, ticketId: string): Promise<void> {
    // Shared lock: evidence items may be added side by side, but not while the ticket changes state.
    const ticket = await this.tickets.loadFor(manager, member, ticketId, 'evidence.write', 'share');
    if (!EVIDENCE_OPEN.includes(ticket.status)) throw new AppError('state_conflict', `Evidence of a ${ticket.status} ticket can no longer change.`);
  }

  private async current(manager: EntityManager, member: MemberContext, ticketId: string, evidenceId: string, expected: number): Promise<EvidenceDto> {
    if (!/^[0-9a-f-]{36}$/i.test(evidenceId)) throw notFound('Evidence');
    const [row] = (await manager.query(
      `SELECT ${EVIDENCE_COLUMNS} FROM evidence WHERE id = $1 AND ticket_id = $2 AND newsroom_id = $3 AND removed_at IS NULL`,
      [evidenceId, ticketId, member.newsroomId],
    )) as EvidenceRow[];
    if (!row) throw notFound('Evidence');
    if (row.version !== expected) throw this.conflict(row.version);
    return toEvidence(row);
  }

  private conflict(current?: number): AppError {
    return new AppError('version_conflict', 'The evidence changed since you read it; reload and try again.', current ? { currentVersion: current } : {});
  }
}

function changed(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((key) => key !== 'version' && JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return { before: Object.fromEntries(keys.map((k) => [k, before[k]])), after: Object.fromEntries(keys.map((k) => [k, after[k]])) };
}

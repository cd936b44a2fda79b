import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { preparedQuery } from '../database/prepared.js';
import type { DataSource } from 'typeorm';
import type { MemberContext } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { EvidenceQueries } from '../evidence/evidence.queries.js';
import type { AssigneeDto, QueueItemDto, SimilarTicketsDto, TicketDetailDto, TicketPageDto } from './dto/ticket-output.dto.js';
import { buildQueueQuery, encodeCursor, type QueueFilters, SEARCH_DOCUMENT } from './ticket-queue.sql.js';
import { TICKET_COLUMNS, type TicketRow, toTicket } from './ticket-row.js';
import { TicketStore } from './ticket-store.js';

const SIMILAR_LIMIT = 10;

/** Read side of tickets: the queue, the full view, possible duplicates. */
@Injectable()
export class TicketQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: TicketStore,
    private readonly audit: AuditService,
    private readonly evidence: EvidenceQueries,
  ) {}

  async queue(member: MemberContext, filters: QueueFilters): Promise<TicketPageDto> {
    const query = buildQueueQuery(member.newsroomId, member.userId, filters, TICKET_COLUMNS);
    // A named statement: each pooled connection plans each filter combination once (planning costs more than running it).
    const rows = await preparedQuery<TicketRow & { sort_key: string; assignee_ids: string[] }>(this.dataSource, 'queue', query.text, query.values);
    const page = rows.slice(0, filters.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row): QueueItemDto => ({ ...toTicket(row), assigneeIds: row.assignee_ids })),
      nextCursor: rows.length > filters.limit && last ? encodeCursor(filters.sort, last.sort_key, last.id) : null,
    };
  }

  async detail(member: MemberContext, ticketId: string): Promise<TicketDetailDto> {
    const ticket = await this.store.load(this.dataSource.manager, member, ticketId);
    const [assignees, evidence, history] = await Promise.all([
      this.assignees(ticketId),
      this.evidence.list(member.newsroomId, ticketId),
      this.audit.ticketHistory(member.newsroomId, ticketId),
    ]);
    return { ...toTicket(ticket), assignees, evidence, history };
  }

  /**
   * Possible duplicates: other tickets of the newsroom whose claim shares
   * words with this one, ranked by full-text relevance. The query ORs the
   * claim's lexemes (cast, not parsed, so they are not stemmed twice) so the
   * GIN index finds candidates; the rank orders them.
   */
  async similar(member: MemberContext, ticketId: string): Promise<SimilarTicketsDto> {
    const ticket = await this.store.load(this.dataSource.manager, member, ticketId);
    const rows: { id: string; number: number; claim: string; status: TicketRow['status']; rating: string | null; score: number }[] =
      await this.dataSource.query(
        `WITH probe AS (
           SELECT string_agg(quote_literal(lexeme), ' | ')::tsquery AS query
             FROM unnest(to_tsvector('english'::regconfig, $3)) AS lexemes
         )
         SELECT t.id, t.number, t.claim, t.status, t.rating,
                ts_rank(${SEARCH_DOCUMENT}, probe.query) AS score
           FROM tickets t, probe
          WHERE t.newsroom_id = $1 AND t.id <> $2 AND probe.query IS NOT NULL
            AND ${SEARCH_DOCUMENT} @@ probe.query
          ORDER BY score DESC, t.number DESC
          LIMIT ${SIMILAR_LIMIT}`,
        [member.newsroomId, ticketId, ticket.claim],
      );
    return { items: rows.map((row) => ({ ...row, score: Number(row.score) })) };
  }

  private async assignees(ticketId: string): Promise<AssigneeDto[]> {
    const rows: { user_id: string; display_name: string; role: AssigneeDto['role']; assigned_by: string; assigned_at: Date }[] =
      await this.dataSource.query(
        `SELECT a.user_id, u.display_name, a.role, a.assigned_by, a.assigned_at
           FROM ticket_assignees a JOIN users u ON u.id = a.user_id
          WHERE a.ticket_id = $1 ORDER BY a.assigned_at`,
        [ticketId],
      );
    return rows.map((row) => ({
      userId: row.user_id,
      displayName: row.display_name,
      role: row.role,
      assignedBy: row.assigned_by,
      assignedAt: row.assigned_at.toISOString(),
    }));
  }
}

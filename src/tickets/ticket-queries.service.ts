import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { preparedQuery } from '../database/prepared.js';
import type { DataSource } from 'typeorm';
import type { MemberContext } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { EvidenceQueries } from '../evidence/evidence.queries.js';
import type { AssigneeDto, QueueItemDto, SimilarTicketsDto, TicketDetailDto, TicketPageDto } from './dto/ticket-output.dto.js';
import { buildQueueQuery, encodeCursor, type QueueFilters } from './ticket-queue.sql.js';
import { TICKET_COLUMNS, type TicketRow, toTicket } from './ticket-row.js';
import { TicketStore } from './ticket-store.js';
import { ClaimMatcher } from '../intake/matching/claim-matcher.service.js';
import { OutletMatcher } from '../intake/outlets/outlet-matcher.js';

const SIMILAR_LIMIT = 10;

/** Read side of tickets: the queue, the full view, possible duplicates. */
@Injectable()
export class TicketQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: TicketStore,
    private readonly audit: AuditService,
    private readonly evidence: EvidenceQueries,
    private readonly matcher: ClaimMatcher,
    private readonly outlets: OutletMatcher,
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
    const view = toTicket(ticket);
    const [assignees, evidence, history, outlets] = await Promise.all([
      this.assignees(ticketId),
      this.evidence.list(member.newsroomId, ticketId),
      this.audit.ticketHistory(member.newsroomId, ticketId),
      this.outlets.forAppearances(this.dataSource.manager, member.newsroomId, view.appearances),
    ]);
    return { ...view, assignees, evidence, history, outlets };
  }

  /**
   * Possible duplicates: other tickets of the newsroom that look like the
   * same claim, as intake matches them (same words, same kind of event, same
   * figures), closest first, each with the reason.
   */
  async similar(member: MemberContext, ticketId: string): Promise<SimilarTicketsDto> {
    const ticket = await this.store.load(this.dataSource.manager, member, ticketId);
    const [found] = await this.matcher.match(member.newsroomId, [{ text: ticket.claim, language: ticket.language ?? 'und', excludeTicketId: ticket.id }], {
      keep: SIMILAR_LIMIT,
    });
    return { items: found!.matches.map(({ ticketId: id, number, claim, status, rating, score, sameClaim, reason }) => ({ id, number, claim, status, rating, score, sameClaim, reason })) };
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

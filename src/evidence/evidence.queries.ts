import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MemberContext } from '../access/actor.js';
import { notFound } from '../common/errors/app-error.js';
import { assertTicketId } from '../tickets/ticket-store.js';
import type { EvidenceDto } from './evidence.dto.js';
import { EVIDENCE_COLUMNS, type EvidenceRow, toEvidence } from './evidence-row.js';

@Injectable()
export class EvidenceQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The route's read: the ticket must be one of the member's newsroom. */
  async forMember(member: MemberContext, ticketId: string): Promise<EvidenceDto[]> {
    assertTicketId(ticketId);
    const found = (await this.dataSource.query(`SELECT 1 FROM tickets WHERE id = $1 AND newsroom_id = $2`, [ticketId, member.newsroomId])) as unknown[];
    if (found.length === 0) throw notFound('Ticket');
    return this.list(member.newsroomId, ticketId);
  }

  /** Current (not removed) evidence of a ticket, oldest first. */
  async list(newsroomId: string, ticketId: string): Promise<EvidenceDto[]> {
    const rows: EvidenceRow[] = await this.dataSource.query(
      `SELECT ${EVIDENCE_COLUMNS} FROM evidence WHERE ticket_id = $1 AND newsroom_id = $2 AND removed_at IS NULL ORDER BY created_at, id`,
      [ticketId, newsroomId],
    );
    return rows.map(toEvidence);
  }
}

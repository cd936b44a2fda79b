import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MemberContext } from '../access/actor.js';
import { notFound } from '../common/errors/app-error.js';
import { assertTicketId } from '../tickets/ticket-store.js';
import { AuditService, type ChainVerification } from './audit.service.js';
import type { TicketHistoryDto } from './dto.js';

/** The read side of the history, for members. */
@Injectable()
export class AuditQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async ticketHistory(member: MemberContext, ticketId: string): Promise<TicketHistoryDto> {
    assertTicketId(ticketId);
    const found = (await this.dataSource.query(`SELECT 1 FROM tickets WHERE id = $1 AND newsroom_id = $2`, [ticketId, member.newsroomId])) as unknown[];
    if (found.length === 0) throw notFound('Ticket');
    return { items: await this.audit.ticketHistory(member.newsroomId, ticketId) };
  }

  verify(member: MemberContext): Promise<ChainVerification> {
    return this.audit.verify(member.newsroomId);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MemberContext } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { DomainEvents } from '../events/domain-events.js';
import { resolveSettings } from '../newsrooms/newsroom-settings.js';
import { staleVersion } from '../tickets/expected-version.js';
import { type TicketView, toTicket } from '../tickets/ticket-row.js';
import { TicketStore } from '../tickets/ticket-store.js';
import { checkVerdict, nextRatingSetter } from './verdict-rules.js';

@Injectable()
export class VerdictService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tickets: TicketStore,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  /** Sets rating and summary; a change bumps the ticket version (and so makes earlier sign-offs stale). */
  async set(member: MemberContext, ticketId: string, rating: string, summary: string, expected: number): Promise<TicketView> {
    const ticket = await this.dataSource.transaction(async (manager) => {
      const current = await this.tickets.loadFor(manager, member, ticketId, 'verdict.write', 'update');
      const [newsroom] = (await manager.query(`SELECT settings FROM newsrooms WHERE id = $1`, [member.newsroomId])) as { settings: Record<string, unknown> }[];
      const check = checkVerdict(resolveSettings(newsroom?.settings), current.status, rating);
      if (!check.ok) throw new AppError(check.kind, check.reason);
      if (current.version !== expected) throw staleVersion(current.version);
      const setter = nextRatingSetter({ rating: current.rating, ratingSetBy: current.rating_set_by }, rating, member.userId);
      const trimmed = summary.trim();
      const updated = toTicket(
        await this.tickets.compareAndSet(
          manager,
          current,
          expected,
          member.userId,
          `rating = $4, summary = $5, rating_set_by = $6, rating_set_at = CASE WHEN $7::boolean THEN clock_timestamp() ELSE t.rating_set_at END`,
          [rating, trimmed, setter.setBy, setter.changed],
        ),
      );
      await this.audit.append(manager, {
        newsroomId: member.newsroomId,
        ticketId,
        actorId: member.userId,
        action: 'verdict.set',
        before: { rating: current.rating, summary: current.summary, ratingSetBy: current.rating_set_by },
        after: { rating, summary: trimmed, ratingSetBy: setter.setBy },
      });
      return updated;
    });
    this.events.publish({ type: 'ticket.updated', newsroomId: member.newsroomId, ticketId, actorId: member.userId, status: ticket.status, version: ticket.version, fields: ['rating', 'summary'] });
    return ticket;
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MemberContext } from '../access/actor.js';
import type { Action } from '../access/permissions.js';
import { assertMemberCan } from '../access/resource-access.js';
import { notFound } from '../common/errors/app-error.js';
import { staleVersion } from './expected-version.js';
import { TICKET_COLUMNS, type TicketRow } from './ticket-row.js';
import { isUuid } from '../common/ids.js';

export interface TicketForActor extends TicketRow {
  /** The acting member is assigned to this ticket. */
  assigned: boolean;
  /** The ticket has at least one researcher assigned. */
  has_researcher: boolean;
}

/** Ids that are not UUIDs are simply not found (never a database error). */
export function assertTicketId(id: string): void {
  if (!isUuid(id)) throw notFound('Ticket');
}

/**
 * Row lock taken when a write reads the ticket. Every write locks the ticket
 * before it appends to the history (which locks the newsroom's chain head):
 * one lock order everywhere, so writes on one ticket cannot deadlock.
 */
export type TicketLock = 'update' | 'share';

/**
 * Reads and compare-and-set writes of ticket rows, always scoped to the
 * member's newsroom: another newsroom's ticket is "not found".
 */
@Injectable()
export class TicketStore {
  async load(manager: EntityManager, member: MemberContext, ticketId: string, lock?: TicketLock): Promise<TicketForActor> {
    assertTicketId(ticketId);
    if (lock) {
      // Lock first, read after: the read then sees everything committed before the lock was granted, assignments included.
      await manager.query(`SELECT 1 FROM tickets WHERE id = $1 AND newsroom_id = $2 FOR ${lock === 'update' ? 'UPDATE' : 'SHARE'}`, [ticketId, member.newsroomId]);
    }
    const rows: TicketForActor[] = await manager.query(
      `SELECT ${TICKET_COLUMNS},
              EXISTS (SELECT 1 FROM ticket_assignees a WHERE a.ticket_id = t.id AND a.user_id = $3) AS assigned,
              EXISTS (SELECT 1 FROM ticket_assignees a WHERE a.ticket_id = t.id AND a.role = 'researcher') AS has_researcher
         FROM tickets t WHERE t.id = $1 AND t.newsroom_id = $2`,
      [ticketId, member.newsroomId, member.userId],
    );
    const row = rows[0];
    if (!row) throw notFound('Ticket');
    return row;
  }

  /** Loads the ticket and checks "may this member do `action` on THIS ticket" (403 otherwise). */
  async loadFor(manager: EntityManager, member: MemberContext, ticketId: string, action: Action, lock?: TicketLock): Promise<TicketForActor> {
    const ticket = await this.load(manager, member, ticketId, lock);
    assertMemberCan(member, action, { assigned: ticket.assigned });
    return ticket;
  }

  /**
   * `UPDATE tickets SET <assignments>, version = version + 1 WHERE id AND version`:
   * the write happens only if nobody wrote since `expected` was read.
   * `assignments` use parameters from $4 on; $1-$3 are id, version and actor.
   */
  async compareAndSet(
    manager: EntityManager,
    ticket: { id: string; newsroom_id: string },
    expected: number,
    actorId: string,
    assignments: string,
    params: unknown[],
    extraCondition = '',
  ): Promise<TicketRow> {
    const rows = (await manager.query(
      `UPDATE tickets t SET ${assignments ? `${assignments}, ` : ''}version = t.version + 1, updated_by = $3, updated_at = clock_timestamp()
        WHERE t.id = $1 AND t.version = $2 ${extraCondition}
        RETURNING ${TICKET_COLUMNS}`,
      [ticket.id, expected, actorId, ...params],
    )) as [TicketRow[], number] | TicketRow[];
    const updated = normaliseReturning(rows);
    if (!updated) {
      const [current] = (await manager.query(`SELECT version FROM tickets WHERE id = $1`, [ticket.id])) as { version: number }[];
      if (!current) throw notFound('Ticket');
      throw staleVersion(current.version);
    }
    return updated;
  }
}

/** TypeORM returns `[rows, count]` for UPDATE ... RETURNING on PostgreSQL. */
export function normaliseReturning<T>(result: [T[], number] | T[]): T | undefined {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return (result[0] as T[])[0];
  }
  return (result as T[])[0];
}

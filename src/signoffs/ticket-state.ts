import type { EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import type { Appearance } from '../tickets/ticket.entity.js';
import type { TicketStatus } from '../tickets/ticket-status.js';

/** The columns of a ticket that sign-off and publishing read. */
export interface TicketState {
  id: string;
  newsroomId: string;
  number: number;
  status: TicketStatus;
  version: number;
  claim: string;
  claimant: string | null;
  claimDate: string | null;
  appearances: Appearance[];
  language: string | null;
  rating: string | null;
  summary: string | null;
  ratingSetBy: string | null;
}

interface TicketRow {
  id: string;
  newsroom_id: string;
  number: number;
  status: TicketStatus;
  version: number;
  claim: string;
  claimant: string | null;
  claim_date: string | Date | null;
  appearances: Appearance[] | null;
  language: string | null;
  rating: string | null;
  summary: string | null;
  rating_set_by: string | null;
}

/**
 * Reads a ticket of the member's newsroom, locking its row when asked so the
 * decision taken on it (approve, publish) cannot interleave with another
 * write. A ticket of another newsroom is simply not found.
 */
export async function loadTicket(manager: EntityManager, newsroomId: string, ticketId: string, lock: boolean): Promise<TicketState> {
  if (!/^[0-9a-f-]{36}$/i.test(ticketId)) throw new AppError('not_found', 'Ticket not found');
  const rows: TicketRow[] = await manager.query(
    `SELECT id, newsroom_id, number, status, version, claim, claimant, claim_date, appearances, language, rating, summary, rating_set_by
       FROM tickets WHERE id = $1 AND newsroom_id = $2${lock ? ' FOR UPDATE' : ''}`,
    [ticketId, newsroomId],
  );
  const row = rows[0];
  if (!row) throw new AppError('not_found', 'Ticket not found');
  return {
    id: row.id,
    newsroomId: row.newsroom_id,
    number: row.number,
    status: row.status,
    version: row.version,
    claim: row.claim,
    claimant: row.claimant,
    claimDate: row.claim_date instanceof Date ? row.claim_date.toISOString().slice(0, 10) : row.claim_date,
    appearances: row.appearances ?? [],
    language: row.language,
    rating: row.rating,
    summary: row.summary,
    ratingSetBy: row.rating_set_by,
  };
}

/** Marks every live sign-off of a ticket stale: used when approved or published content is reopened. */
export async function invalidateSignoffs(manager: EntityManager, ticketId: string): Promise<void> {
  await manager.query(`UPDATE signoffs SET invalidated_at = now() WHERE ticket_id = $1 AND invalidated_at IS NULL`, [ticketId]);
}

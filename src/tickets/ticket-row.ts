import type { Appearance } from './ticket.entity.js';
import type { TicketPriority, TicketStatus } from './ticket-status.js';

/** Columns every ticket read selects, in the shape `toTicket` expects. */
export const TICKET_COLUMNS = `t.id, t.newsroom_id, t.number, t.claim, t.claimant, to_char(t.claim_date, 'YYYY-MM-DD') AS claim_date,
  t.appearances, t.language, t.priority, t.due_at, t.tags, t.status, t.version, t.rating, t.summary,
  t.rating_set_by, t.rating_set_at, t.created_by, t.updated_by, t.created_at, t.updated_at`;

export interface TicketRow {
  id: string;
  newsroom_id: string;
  number: number;
  claim: string;
  claimant: string | null;
  claim_date: string | null;
  appearances: Appearance[];
  language: string | null;
  priority: TicketPriority;
  due_at: Date | null;
  tags: string[];
  status: TicketStatus;
  version: number;
  rating: string | null;
  summary: string | null;
  rating_set_by: string | null;
  rating_set_at: Date | null;
  created_by: string;
  updated_by: string;
  created_at: Date;
  updated_at: Date;
}

/** A ticket as the API shows it. */
export interface TicketView {
  id: string;
  number: number;
  claim: string;
  claimant: string | null;
  claimDate: string | null;
  appearances: Appearance[];
  language: string | null;
  priority: TicketPriority;
  dueAt: string | null;
  tags: string[];
  status: TicketStatus;
  version: number;
  rating: string | null;
  summary: string | null;
  ratingSetBy: string | null;
  ratingSetAt: string | null;
  createdBy: string;
  updatedBy: string;
  createdAt: string;
  updatedAt: string;
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function toTicket(row: TicketRow): TicketView {
  return {
    id: row.id,
    number: row.number,
    claim: row.claim,
    claimant: row.claimant,
    claimDate: row.claim_date,
    appearances: row.appearances,
    language: row.language,
    priority: row.priority,
    dueAt: iso(row.due_at),
    tags: row.tags,
    status: row.status,
    version: row.version,
    rating: row.rating,
    summary: row.summary,
    ratingSetBy: row.rating_set_by,
    ratingSetAt: iso(row.rating_set_at),
    createdBy: row.created_by,
    updatedBy: row.updated_by,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

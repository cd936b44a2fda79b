import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import { type NewsroomSettings, resolveSettings } from '../newsrooms/newsroom-settings.js';
import { type CanonicalWriteup, contentHash } from './content-hash.js';
import type { SignoffFact } from './signoff-policy.js';
import { loadTicket, type TicketState } from './ticket-state.js';
import { WRITEUP_SOURCE, type WriteupSource } from './writeup-source.js';

/** A ticket with the content sign-offs are given on, and its hash, read in one transaction. */
export interface SignedState {
  ticket: TicketState;
  writeup: CanonicalWriteup | null;
  hash: string;
  settings: NewsroomSettings;
  newsroomName: string;
}

interface SignoffRow {
  id: string;
  user_id: string;
  role: SignoffFact['role'];
  decision: SignoffFact['decision'];
  note: string | null;
  content_hash: string;
  invalidated_at: Date | null;
  created_at: Date;
  display_name: string;
  sent_back: boolean;
}

export interface SignoffRecord extends SignoffFact {
  note: string | null;
  name: string;
}

/**
 * Reads what a sign-off is about: the ticket's verdict and the live write-up,
 * hashed the one canonical way. Sign-off and publishing both read through
 * here, so the hash approved and the hash published are computed alike.
 */
@Injectable()
export class SignedContentService {
  constructor(@Inject(WRITEUP_SOURCE) private readonly writeups: WriteupSource) {}

  async load(manager: EntityManager, newsroomId: string, ticketId: string, lock: boolean): Promise<SignedState> {
    const ticket = await loadTicket(manager, newsroomId, ticketId, lock);
    const writeup = await this.writeups.current(manager, ticket.id);
    const [newsroom] = (await manager.query(`SELECT name, settings FROM newsrooms WHERE id = $1`, [newsroomId])) as {
      name: string;
      settings: Record<string, unknown>;
    }[];
    if (!newsroom) throw new AppError('not_found', 'Newsroom not found');
    return {
      ticket,
      writeup,
      hash: contentHash({ rating: ticket.rating, summary: ticket.summary, writeup }),
      settings: resolveSettings(newsroom.settings),
      newsroomName: newsroom.name,
    };
  }

  async signoffs(manager: EntityManager, ticketId: string): Promise<SignoffRecord[]> {
    // A sign-off also stops counting once the approved ticket was sent back
    // after it: read from the history, which the send-back wrote in its own
    // transaction, so this holds even if marking the rows never happened.
    const rows: SignoffRow[] = await manager.query(
      `SELECT s.id, s.user_id, s.role, s.decision, s.note, s.content_hash, s.invalidated_at, s.created_at, u.display_name,
              EXISTS (
                SELECT 1 FROM audit_entries given
                  JOIN audit_entries reset ON reset.ticket_id = given.ticket_id AND reset.seq > given.seq
                 WHERE given.ticket_id = s.ticket_id AND given.action = 'signoff.given' AND given.after ->> 'signoffId' = s.id::text
                   AND reset.action = 'ticket.transitioned' AND reset.before ->> 'status' = 'approved' AND reset.after ->> 'status' = 'drafting'
              ) AS sent_back
         FROM signoffs s JOIN users u ON u.id = s.user_id
        WHERE s.ticket_id = $1 ORDER BY s.created_at, s.id`,
      [ticketId],
    );
    return rows.map((row) => ({
      id: row.id,
      userId: row.user_id,
      role: row.role,
      decision: row.decision,
      note: row.note,
      contentHash: row.content_hash,
      invalidated: row.invalidated_at !== null || row.sent_back,
      givenAt: row.created_at,
      name: row.display_name,
    }));
  }

  renderHtml(json: unknown): string {
    return this.writeups.renderHtml(json);
  }
}

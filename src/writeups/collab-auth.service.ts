import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ActorService } from '../access/actor.service.js';
import { verifyAccessToken } from '../auth/access-token.js';
import { type AccessVerifyOptions, accessVerifyOptions } from '../auth/token-claims.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { TicketStatus } from '../tickets/ticket-status.js';
import { ticketIdOf } from './collab-protocol.js';
import { mayWrite, presenceColour } from './writeup-access.js';

/** Who holds a live connection to a document, and with which rights. */
export interface CollabSession {
  userId: string;
  sessionId: string;
  newsroomId: string;
  ticketId: string;
  readOnly: boolean;
  name: string;
  colour: string;
}

/** A refusal in the shape Hocuspocus reports to the provider (`authenticationFailed` with the reason). */
export class CollabRefusal extends Error {
  constructor(readonly reason: string) {
    // No message: Hocuspocus prints hook errors that carry one, and a refused token is routine.
    super();
  }
}

interface TicketRow {
  newsroom_id: string;
  slug: string;
  status: TicketStatus;
  assigned: boolean;
  display_name: string | null;
}

/**
 * Authenticates one document of a live connection, with the same token checks
 * as the HTTP API (signature, algorithm, audience, issuer, expiry, live
 * session, token generation) and the same permission matrix. Refusals never
 * say whether the ticket exists.
 */
@Injectable()
export class CollabAuthService {
  private readonly verifyOptions: AccessVerifyOptions;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly actors: ActorService,
  ) {
    this.verifyOptions = accessVerifyOptions(config);
  }

  async authenticate(token: string, documentName: string): Promise<CollabSession> {
    const ticketId = ticketIdOf(documentName);
    if (!ticketId) throw new CollabRefusal('unknown-document');
    const check = verifyAccessToken(token, this.verifyOptions);
    if (!check.ok) throw new CollabRefusal('invalid-token');
    const { claims } = check;
    const rows: TicketRow[] = await this.dataSource.query(
      `SELECT t.newsroom_id, n.slug, t.status,
              EXISTS (SELECT 1 FROM ticket_assignees a WHERE a.ticket_id = t.id AND a.user_id = $2) AS assigned,
              (SELECT display_name FROM users WHERE id = $2) AS display_name
         FROM tickets t JOIN newsrooms n ON n.id = t.newsroom_id
        WHERE t.id = $1`,
      [ticketId, claims.sub],
    );
    const ticket = rows[0];
    if (!ticket) throw new CollabRefusal('not-found');
    const resolution = await this.actors.resolve(claims, ticket.slug, { fresh: true });
    if (!resolution.ok) throw new CollabRefusal('invalid-token');
    const member = resolution.member;
    if (!member) throw new CollabRefusal('not-found');
    return {
      userId: member.userId,
      sessionId: member.sessionId,
      newsroomId: member.newsroomId,
      ticketId,
      readOnly: !mayWrite({ role: member.role, assigned: ticket.assigned, status: ticket.status }),
      name: ticket.display_name ?? 'Member',
      colour: presenceColour(member.userId),
    };
  }
}

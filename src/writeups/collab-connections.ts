import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import type { WebSocket } from 'ws';
import { DomainEvents } from '../events/domain-events.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { isEditableStatus } from '../tickets/ticket-status.js';
import type { CollabSession } from './collab-auth.service.js';
import { CLOSE, type CloseReason } from './collab-protocol.js';

/** One websocket and what it has authenticated. */
export interface CollabSocket {
  ws: WebSocket;
  /** Authenticated documents on this socket, by ticket id. */
  sessions: Map<string, CollabSession>;
  closed: boolean;
  /** Detaches the socket from Hocuspocus at once, without waiting for the close handshake. */
  detach: (reason: CloseReason) => void;
}

/**
 * Knows every open live connection, and closes the ones whose rights may have
 * changed as soon as the change is announced, so the client reconnects and is
 * authenticated afresh (read-only or not). Closing a socket closes all the
 * documents it carries; a re-authentication is cheap, a stale right is not.
 */
@Injectable()
export class CollabConnections implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('CollabConnections');
  private readonly sockets = new Set<CollabSocket>();
  private subscription: Subscription | undefined;
  /** Recent rights changes, so an authentication that read the database just before one can be refused. */
  private recent: { at: number; match: (session: CollabSession) => boolean }[] = [];
  private static readonly RECENT_MS = 10_000;

  constructor(
    private readonly events: DomainEvents,
    private readonly metrics: MetricsService,
  ) {}

  onModuleInit(): void {
    this.subscription = this.events.stream.subscribe((event) => {
      try {
        switch (event.type) {
          case 'membership.changed':
            this.closeWhere((s) => s.userId === event.userId && s.newsroomId === event.newsroomId);
            break;
          case 'sessions.revoked':
            this.closeWhere((s) => s.userId === event.userId && (!event.sessionId || s.sessionId === event.sessionId));
            break;
          case 'ticket.transitioned':
            if (isEditableStatus(event.from) !== isEditableStatus(event.status)) this.closeWhere((s) => s.ticketId === event.ticketId);
            break;
          case 'ticket.assigned':
            this.closeWhere((s) => s.ticketId === event.ticketId && s.userId === event.userId);
            break;
          case 'ticket.created':
          case 'ticket.updated':
            break;
        }
      } catch (error) {
        this.logger.error({ err: error, event: event.type }, 'could not apply a rights change to live connections');
      }
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  add(socket: CollabSocket): void {
    this.sockets.add(socket);
    this.metrics.websocketConnections.inc();
  }

  remove(socket: CollabSocket): void {
    if (this.sockets.delete(socket)) this.metrics.websocketConnections.dec();
  }

  get size(): number {
    return this.sockets.size;
  }

  /**
   * Whether a rights change that concerns `session` was announced at or after
   * `since` (ms): its authentication may have read the rights before the change.
   */
  changedSince(session: CollabSession, since: number): boolean {
    return this.recent.some((change) => change.at >= since && change.match(session));
  }

  /** Closes every socket carrying a session that matches. Returns how many were closed. */
  closeWhere(match: (session: CollabSession) => boolean, reason: CloseReason = CLOSE.rightsChanged): number {
    if (reason === CLOSE.rightsChanged) {
      const now = Date.now();
      this.recent = this.recent.filter((change) => now - change.at < CollabConnections.RECENT_MS);
      this.recent.push({ at: now, match });
    }
    let closed = 0;
    for (const socket of [...this.sockets]) {
      if ([...socket.sessions.values()].some(match)) {
        socket.detach(reason);
        closed += 1;
      }
    }
    return closed;
  }

  closeAll(reason: CloseReason): void {
    for (const socket of [...this.sockets]) socket.detach(reason);
  }
}

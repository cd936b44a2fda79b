import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import type { Subscription } from 'rxjs';
import type { MemberContext } from '../access/actor.js';
import { AppError } from '../common/errors/app-error.js';
import { writeProblem } from '../common/errors/problem.filter.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DomainEvents } from '../events/domain-events.js';

const HEARTBEAT_MS = 15_000;
const TICKET_EVENTS = ['ticket.created', 'ticket.updated', 'ticket.transitioned', 'ticket.assigned'] as const;

/**
 * Server-Sent Events per newsroom, so open queues refresh without polling.
 * Announces what changed (ids, status, version), never content: clients
 * re-read through the API, where access is checked again.
 *
 * A stream holds a connection and a subscription for as long as the client
 * likes, so one member may hold only EVENT_STREAMS_PER_MEMBER of them per
 * newsroom on this instance (a few tabs); one more is refused with 429
 * `too_many_streams` (an EventSource does not retry after an error status).
 */
@Injectable()
export class TicketEventStream implements OnModuleDestroy {
  private readonly open = new Set<() => void>();
  /** Open streams per member (newsroom and user). */
  private readonly held = new Map<string, number>();
  private readonly perMember: number;

  constructor(
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.perMember = config.eventStreamsPerMember;
  }

  attach(member: MemberContext, response: ServerResponse): void {
    const holder = `${member.newsroomId}:${member.userId}`;
    const held = this.held.get(holder) ?? 0;
    if (held >= this.perMember) {
      const detail = `You already have ${held} event streams open in this newsroom, the most one member may hold; close one (another tab or window) and try again.`;
      writeProblem(response, new AppError('too_many_streams', detail, { limit: this.perMember }, { 'Retry-After': '30' }));
      return;
    }
    this.held.set(holder, held + 1);

    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    response.write('retry: 3000\n: connected\n\n');

    const subscriptions: Subscription[] = [];
    const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    const close = () => {
      if (!this.open.delete(close)) return;
      const left = (this.held.get(holder) ?? 1) - 1;
      if (left > 0) this.held.set(holder, left);
      else this.held.delete(holder);
      clearInterval(heartbeat);
      for (const subscription of subscriptions) subscription.unsubscribe();
      response.end();
    };
    this.open.add(close);
    subscriptions.push(
      this.events.of(...TICKET_EVENTS).subscribe({
        next: (event) => {
          if (event.newsroomId !== member.newsroomId) return;
          response.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
        },
        complete: close,
      }),
      // A member who loses their membership stops hearing about the newsroom at once.
      this.events.of('membership.changed', 'sessions.revoked').subscribe((event) => {
        if (event.userId !== member.userId) return;
        if (event.type === 'membership.changed' && event.newsroomId === member.newsroomId && event.role === null) close();
        if (event.type === 'sessions.revoked' && (!event.sessionId || event.sessionId === member.sessionId)) close();
      }),
    );
    response.on('close', close);
  }

  /** Ends every stream so that closing the HTTP server does not wait on them. */
  onModuleDestroy(): void {
    for (const close of [...this.open]) close();
  }
}

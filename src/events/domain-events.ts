import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { BehaviorSubject, distinctUntilChanged, filter, type Observable, Subject } from 'rxjs';
import type { Role } from '../access/roles.js';
import type { TicketStatus } from '../tickets/ticket-status.js';

/**
 * Facts other parts of the desk react to, published only after the
 * transaction that made them has committed. Subscribers see the events of
 * every instance: the EventRelay carries them between instances (best effort;
 * work that must not be lost runs inside the transaction instead, through the
 * tickets module's TransitionHooks and the webhook outbox).
 */
export type DomainEvent =
  | { type: 'ticket.created'; newsroomId: string; ticketId: string; actorId: string; status: TicketStatus; version: number }
  | { type: 'ticket.updated'; newsroomId: string; ticketId: string; actorId: string; status: TicketStatus; version: number; fields: string[] }
  | { type: 'ticket.transitioned'; newsroomId: string; ticketId: string; actorId: string; from: TicketStatus; status: TicketStatus; version: number }
  | { type: 'ticket.assigned'; newsroomId: string; ticketId: string; actorId: string; userId: string; removed: boolean; status: TicketStatus; version: number }
  | { type: 'membership.changed'; newsroomId: string; userId: string; role: Role | null }
  | { type: 'sessions.revoked'; userId: string; sessionId?: string };

export type DomainEventType = DomainEvent['type'];

@Injectable()
export class DomainEvents implements OnModuleDestroy {
  private readonly subject = new Subject<DomainEvent>();
  private relay: ((event: DomainEvent) => void) | undefined;
  private readonly hearing = new BehaviorSubject(false);

  /** Call after commit. Subscribers must not throw; their errors are theirs to log. */
  publish(event: DomainEvent): void {
    this.subject.next(event);
    this.relay?.(event);
  }

  /** An event another instance published. */
  receive(event: DomainEvent): void {
    this.subject.next(event);
  }

  /** Where this instance's own events are sent for the other instances. */
  relayTo(relay: ((event: DomainEvent) => void) | undefined): void {
    this.relay = relay;
  }

  /**
   * Whether this instance hears the other instances' events: set by the relay
   * while its listening connection is up. A cache of facts that another
   * instance can change is only to be trusted while this is true, and is to be
   * dropped whenever it changes (events may have been missed in between).
   */
  get hearsOthers(): boolean {
    return this.hearing.value;
  }

  /** Emits the current value, then every change of `hearsOthers`. */
  get hearsOthersChanges(): Observable<boolean> {
    return this.hearing.pipe(distinctUntilChanged());
  }

  /** Called by the relay when its listening connection comes up or goes down. */
  setHearsOthers(hearing: boolean): void {
    this.hearing.next(hearing);
  }

  get stream(): Observable<DomainEvent> {
    return this.subject.asObservable();
  }

  of<T extends DomainEventType>(...types: T[]): Observable<Extract<DomainEvent, { type: T }>> {
    return this.subject.pipe(filter((event): event is Extract<DomainEvent, { type: T }> => (types as string[]).includes(event.type)));
  }

  onModuleDestroy(): void {
    this.subject.complete();
    this.hearing.complete();
  }
}

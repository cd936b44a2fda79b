import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MemberContext } from '../access/actor.js';
import { atLeast, type Role } from '../access/roles.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { type DomainEvent, DomainEvents } from '../events/domain-events.js';
import { resolveSettings } from '../newsrooms/newsroom-settings.js';
import type { AssigneeRole } from './ticket-assignee.entity.js';
import { staleVersion } from './expected-version.js';
import { decide } from './ticket-lifecycle.js';
import { type TicketView, toTicket } from './ticket-row.js';
import { type TicketForActor, TicketStore } from './ticket-store.js';
import { refusalError, TicketTransitionsService } from './ticket-transitions.service.js';
import type { TicketStatus } from './ticket-status.js';

const CLOSED: readonly TicketStatus[] = ['rejected', 'retracted'];

@Injectable()
export class TicketAssignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: TicketStore,
    private readonly transitions: TicketTransitionsService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  /**
   * Assigns (or changes the role of) a member; a researcher on a `new` ticket
   * moves it to `assigned`, and that move is part of the one history entry.
   */
  async assign(member: MemberContext, ticketId: string, userId: string, role: AssigneeRole, expected: number): Promise<TicketView> {
    const { ticket, published } = await this.dataSource.transaction(async (manager) => {
      const current = await this.prepare(manager, member, ticketId, expected);
      const memberRole = await this.memberRole(manager, member.newsroomId, userId);
      if (!memberRole || !atLeast(memberRole, role)) {
        throw new AppError('unprocessable', `Only members with the ${role} role or higher can be assigned as ${role}.`);
      }
      const [previous] = (await manager.query(`SELECT role FROM ticket_assignees WHERE ticket_id = $1 AND user_id = $2`, [ticketId, userId])) as {
        role: AssigneeRole;
      }[];
      if (previous?.role === role) return { ticket: toTicket(current), published: [] as DomainEvent[] };
      await manager.query(
        `INSERT INTO ticket_assignees (ticket_id, user_id, role, assigned_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (ticket_id, user_id) DO UPDATE SET role = EXCLUDED.role, assigned_by = EXCLUDED.assigned_by, assigned_at = now()`,
        [ticketId, userId, role, member.userId],
      );
      const entry = { before: { userId, role: previous?.role ?? null }, after: { userId, role } };
      const events: DomainEvent[] = [];
      let ticket: TicketView;
      if (current.status === 'new' && role === 'researcher') {
        const moved = await this.transitions.applyTransition(manager, {
          ticket: { ...current, has_researcher: true },
          action: 'assign',
          actor: { userId: member.userId, role: member.role },
          channel: 'assignees',
          history: { action: 'ticket.assigned', ...entry },
        });
        ticket = moved.ticket;
        events.push(moved.event);
      } else {
        await this.audit.append(manager, { newsroomId: member.newsroomId, ticketId, actorId: member.userId, action: 'ticket.assigned', ...entry });
        ticket = toTicket(await this.store.compareAndSet(manager, current, current.version, member.userId, '', []));
      }
      events.unshift({ type: 'ticket.assigned', newsroomId: member.newsroomId, ticketId, actorId: member.userId, userId, removed: false, status: ticket.status, version: ticket.version });
      return { ticket, published: events };
    });
    for (const event of published) this.events.publish(event);
    return ticket;
  }

  /**
   * "Take this ticket": the member assigns themselves as researcher and starts
   * research, one move with one history entry. Allowed to researchers and up
   * when the newsroom's `selfAssignment` setting is on (editors always), on a
   * new ticket nobody researches yet.
   */
  async take(member: MemberContext, ticketId: string, expected: number): Promise<TicketView> {
    const { ticket, published } = await this.dataSource.transaction(async (manager) => {
      const current = await this.store.load(manager, member, ticketId, 'update');
      const [newsroom] = (await manager.query(`SELECT settings FROM newsrooms WHERE id = $1`, [member.newsroomId])) as { settings: Record<string, unknown> }[];
      const facts = { selfAssignment: resolveSettings(newsroom?.settings).selfAssignment };
      const decision = decide(current.status, 'take', member.role, { assigned: current.assigned, hasResearcher: current.has_researcher, channel: 'take', ...facts });
      if (!decision.ok) throw refusalError(decision);
      if (current.version !== expected) throw staleVersion(current.version);
      const [previous] = (await manager.query(`SELECT role FROM ticket_assignees WHERE ticket_id = $1 AND user_id = $2`, [ticketId, member.userId])) as {
        role: AssigneeRole;
      }[];
      await manager.query(
        `INSERT INTO ticket_assignees (ticket_id, user_id, role, assigned_by) VALUES ($1, $2, 'researcher', $2)
         ON CONFLICT (ticket_id, user_id) DO UPDATE SET role = EXCLUDED.role, assigned_by = EXCLUDED.assigned_by, assigned_at = now()`,
        [ticketId, member.userId],
      );
      const moved = await this.transitions.applyTransition(manager, {
        ticket: { ...current, assigned: true },
        action: 'take',
        actor: { userId: member.userId, role: member.role },
        channel: 'take',
        facts,
        history: { action: 'ticket.taken', before: { userId: member.userId, role: previous?.role ?? null }, after: { userId: member.userId, role: 'researcher' } },
      });
      const assigned: DomainEvent = {
        type: 'ticket.assigned',
        newsroomId: member.newsroomId,
        ticketId,
        actorId: member.userId,
        userId: member.userId,
        removed: false,
        status: moved.ticket.status,
        version: moved.ticket.version,
      };
      return { ticket: moved.ticket, published: [assigned, moved.event] };
    });
    for (const event of published) this.events.publish(event);
    return ticket;
  }

  async unassign(member: MemberContext, ticketId: string, userId: string, expected: number): Promise<TicketView> {
    const ticket = await this.dataSource.transaction(async (manager) => {
      const current = await this.prepare(manager, member, ticketId, expected);
      const removed = (await manager.query(`DELETE FROM ticket_assignees WHERE ticket_id = $1 AND user_id = $2 RETURNING role`, [ticketId, userId])) as [
        { role: AssigneeRole }[],
        number,
      ];
      const role = removed[0][0]?.role;
      if (!role) throw new AppError('not_found', 'That member is not assigned to this ticket.');
      await this.audit.append(manager, {
        newsroomId: member.newsroomId,
        ticketId,
        actorId: member.userId,
        action: 'ticket.unassigned',
        before: { userId, role },
        after: { userId, role: null },
      });
      return toTicket(await this.store.compareAndSet(manager, current, current.version, member.userId, '', []));
    });
    this.events.publish({ type: 'ticket.assigned', newsroomId: member.newsroomId, ticketId, actorId: member.userId, userId, removed: true, status: ticket.status, version: ticket.version });
    return ticket;
  }

  private async prepare(manager: EntityManager, member: MemberContext, ticketId: string, expected: number): Promise<TicketForActor> {
    const current = await this.store.loadFor(manager, member, ticketId, 'ticket.assign', 'update');
    if (current.version !== expected) throw staleVersion(current.version);
    if (CLOSED.includes(current.status)) throw new AppError('state_conflict', `A ${current.status} ticket takes no assignments.`);
    return current;
  }

  private async memberRole(manager: EntityManager, newsroomId: string, userId: string): Promise<Role | undefined> {
    const [row] = (await manager.query(`SELECT role FROM memberships WHERE newsroom_id = $1 AND user_id = $2`, [newsroomId, userId])) as { role: Role }[];
    return row?.role;
  }
}

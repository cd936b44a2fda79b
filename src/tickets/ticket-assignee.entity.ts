import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity.js';
import { Ticket } from './ticket.entity.js';

export type AssigneeRole = 'researcher' | 'reviewer';

@Entity('ticket_assignees')
// "mine" and assignee filters look tickets up by user.
@Index('ticket_assignees_user_idx', ['userId', 'ticketId'])
@Check('ticket_assignees_role_check', `role IN ('researcher', 'reviewer')`)
export class TicketAssignee {
  @PrimaryColumn({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  role!: AssigneeRole;

  @Column({ name: 'assigned_by', type: 'uuid' })
  assignedBy!: string;

  @CreateDateColumn({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt!: Date;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}

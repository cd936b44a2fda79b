import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../access/roles.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { User } from '../users/user.entity.js';
import type { SignoffDecision } from './signoff-policy.js';

/**
 * A member's decision on one exact content of a ticket, identified by its
 * content hash. Rows are never edited except to invalidate them when an editor
 * sends an approved ticket back or a correction reopens a published one.
 */
@Entity('signoffs')
@Index('signoffs_ticket_idx', ['ticketId', 'createdAt'])
@Check('signoffs_decision_check', `decision IN ('approve', 'request_changes')`)
@Check('signoffs_role_check', `role IN ('viewer', 'researcher', 'reviewer', 'editor', 'admin')`)
export class Signoff {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'newsroom_id', type: 'uuid' })
  newsroomId!: string;

  @Column({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** The member's role when signing: the policy counts it. */
  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'text' })
  decision!: SignoffDecision;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** SHA-256 of the canonical rating + summary + write-up this decision was given on. */
  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  /** The ticket version the member acted on. */
  @Column({ name: 'ticket_version', type: 'integer' })
  ticketVersion!: number;

  @Column({ name: 'invalidated_at', type: 'timestamptz', nullable: true })
  invalidatedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

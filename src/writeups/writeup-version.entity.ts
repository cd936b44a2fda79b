import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Ticket } from '../tickets/ticket.entity.js';

export const VERSION_REASONS = ['submitted', 'signed_off', 'published', 'manual'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

/** A kept copy of the write-up at a moment that matters (submission, sign-off, publication). */
@Entity('writeup_versions')
@Check('writeup_versions_reason_check', `reason IN ('submitted', 'signed_off', 'published', 'manual')`)
export class WriteupVersion {
  @PrimaryColumn({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @Column({ type: 'text' })
  reason!: VersionReason;

  @Column({ type: 'jsonb' })
  json!: object;

  @Column({ type: 'text' })
  text!: string;

  /** The Yjs state at that moment, so an editor could show or restore it exactly. */
  @Column({ type: 'bytea' })
  state!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Ticket } from '../tickets/ticket.entity.js';

/** A correction that reopened a published verdict; the next publication lists it in its changelog. Append-only. */
@Entity('corrections')
@Index('corrections_ticket_idx', ['ticketId', 'fromVersion'])
export class Correction {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'newsroom_id', type: 'uuid' })
  newsroomId!: string;

  @Column({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @Column({ type: 'text' })
  note!: string;

  /** The published version being corrected. */
  @Column({ name: 'from_version', type: 'integer' })
  fromVersion!: number;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy!: string;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt!: Date;
}

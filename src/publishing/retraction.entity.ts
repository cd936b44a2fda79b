import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Ticket } from '../tickets/ticket.entity.js';

/** The retraction of a published verdict: kept beside the immutable publications, never changed. */
@Entity('retractions')
export class Retraction {
  @PrimaryColumn({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @OneToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @Column({ name: 'newsroom_id', type: 'uuid' })
  newsroomId!: string;

  @Column({ type: 'text' })
  reason!: string;

  /** The publication version that was current when retracted. */
  @Column({ name: 'publication_version', type: 'integer' })
  publicationVersion!: number;

  @Column({ name: 'retracted_by', type: 'uuid' })
  retractedBy!: string;

  @Column({ name: 'retracted_at', type: 'timestamptz', default: () => 'now()' })
  retractedAt!: Date;
}

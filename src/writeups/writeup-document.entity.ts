import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Ticket } from '../tickets/ticket.entity.js';

/**
 * The compacted state of a ticket's write-up: a Yjs snapshot that the update
 * log continues, plus the derived text and JSON that HTTP reads and search use.
 * Compaction locks this row while it folds updates in.
 */
@Entity('writeup_documents')
export class WriteupDocument {
  @PrimaryColumn({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @OneToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  /** Yjs update encoding of the whole document as of the last compaction (null before the first). */
  @Column({ type: 'bytea', nullable: true })
  snapshot!: Buffer | null;

  /** Highest update-log sequence folded into the snapshot (informational; loading reads every remaining row). */
  @Column({ name: 'snapshot_seq', type: 'bigint', default: 0 })
  snapshotSeq!: string;

  @Column({ type: 'text', default: '' })
  text!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  json!: object;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

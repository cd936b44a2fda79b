import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Ticket } from '../tickets/ticket.entity.js';

/**
 * The durable update log: every validated Yjs update from a writer, committed
 * before the writer sees it acknowledged. Compaction folds rows into
 * `writeup_documents.snapshot` and deletes them in the same transaction.
 */
@Entity('writeup_updates')
@Index('writeup_updates_ticket_seq_idx', ['ticketId', 'seq'])
export class WriteupUpdate {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  seq!: string;

  @Column({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @Column({ type: 'bytea' })
  update!: Buffer;

  /** Who sent it (kept for audit; no foreign key so history survives user deletion). */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

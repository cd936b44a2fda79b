import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One entry of a newsroom's tamper-evident history. Append-only: a trigger
 * refuses UPDATE, DELETE and TRUNCATE. No foreign keys, so the history outlives
 * whatever it describes.
 */
@Entity('audit_entries')
@Index('audit_entries_newsroom_seq_key', ['newsroomId', 'seq'], { unique: true })
@Index('audit_entries_ticket_idx', ['ticketId', 'seq'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'newsroom_id', type: 'uuid' })
  newsroomId!: string;

  /** Position in the newsroom's chain: 1, 2, 3 ... without gaps. */
  @Column({ type: 'bigint' })
  seq!: string;

  @Column({ name: 'ticket_id', type: 'uuid', nullable: true })
  ticketId!: string | null;

  /** Null when the desk itself acted (a policy met, a scheduled job). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash!: string;

  @Column({ type: 'text' })
  hash!: string;
}

/** The newest entry of each newsroom's chain; locking it serialises appends per newsroom. */
@Entity('audit_heads')
export class AuditHead {
  @Column({ name: 'newsroom_id', type: 'uuid', primary: true })
  newsroomId!: string;

  @Column({ type: 'bigint' })
  seq!: string;

  @Column({ type: 'text' })
  hash!: string;
}

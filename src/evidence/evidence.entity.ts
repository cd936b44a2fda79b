import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Ticket } from '../tickets/ticket.entity.js';

export const EVIDENCE_STANCES = ['supports', 'refutes', 'context'] as const;
export type EvidenceStance = (typeof EVIDENCE_STANCES)[number];

export const SOURCE_RELIABILITIES = ['high', 'mixed', 'low', 'unknown'] as const;
export type SourceReliability = (typeof SOURCE_RELIABILITIES)[number];

/**
 * A source gathered for a ticket. Removal is soft (`removed_at`): the item
 * stays for the record, and every change is in the audit history.
 */
@Entity('evidence')
@Index('evidence_ticket_idx', ['ticketId', 'createdAt'])
@Check('evidence_stance_check', `stance IN ('supports', 'refutes', 'context')`)
@Check('evidence_reliability_check', `source_reliability IN ('high', 'mixed', 'low', 'unknown')`)
export class Evidence {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @Column({ name: 'newsroom_id', type: 'uuid' })
  newsroomId!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  publisher!: string | null;

  @Column({ type: 'text', nullable: true })
  quote!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', default: 'context' })
  stance!: EvidenceStance;

  @Column({ name: 'source_reliability', type: 'text', default: 'unknown' })
  sourceReliability!: SourceReliability;

  /** The page text as captured, so the evidence survives the page changing or vanishing. */
  @Column({ name: 'captured_text', type: 'text', nullable: true })
  capturedText!: string | null;

  @Column({ name: 'captured_sha256', type: 'text', nullable: true })
  capturedSha256!: string | null;

  @Column({ name: 'captured_at', type: 'timestamptz', nullable: true })
  capturedAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;

  @Column({ name: 'removed_by', type: 'uuid', nullable: true })
  removedBy!: string | null;
}

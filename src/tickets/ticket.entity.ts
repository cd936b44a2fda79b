import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Newsroom } from '../newsrooms/newsroom.entity.js';
import type { TicketPriority, TicketStatus } from './ticket-status.js';

export interface Appearance {
  url: string;
  outlet?: string;
  title?: string;
  publishedAt?: string;
}

/**
 * The verification of one claim, from intake to published verdict. The
 * verdict (rating + summary) lives on the ticket: it is one per ticket and is
 * versioned together with it.
 */
@Entity('tickets')
@Index('tickets_newsroom_number_key', ['newsroomId', 'number'], { unique: true })
// Queue indexes: one per filter and sort key, each led by the newsroom (see ticket-queue.sql.ts).
@Index('tickets_queue_status_idx', ['newsroomId', 'status', 'updatedAt', 'id'])
@Index('tickets_queue_updated_idx', ['newsroomId', 'updatedAt', 'id'])
@Index('tickets_queue_rating_idx', ['newsroomId', 'rating', 'updatedAt'])
// Hand-written (migrations/*-TicketSearchIndexes.ts): expression and GIN indexes TypeORM cannot describe.
@Index('tickets_queue_due_idx', { synchronize: false })
@Index('tickets_queue_priority_idx', { synchronize: false })
@Index('tickets_tags_idx', { synchronize: false })
@Index('tickets_search_idx', { synchronize: false })
@Index('tickets_claim_match_idx', { synchronize: false })
@Index('tickets_published_claim_match_idx', { synchronize: false })
@Check('tickets_status_check', `status IN ('new', 'assigned', 'researching', 'drafting', 'in_review', 'approved', 'published', 'rejected', 'retracted')`)
@Check('tickets_priority_check', `priority IN ('low', 'normal', 'high', 'urgent')`)
export class Ticket {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'newsroom_id', type: 'uuid' })
  newsroomId!: string;

  @ManyToOne(() => Newsroom, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'newsroom_id' })
  newsroom?: Newsroom;

  /** Short human number within the newsroom (#42). */
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  claim!: string;

  @Column({ type: 'text', nullable: true })
  claimant!: string | null;

  @Column({ name: 'claim_date', type: 'date', nullable: true })
  claimDate!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  appearances!: Appearance[];

  /** BCP 47 language tag of the claim. */
  @Column({ type: 'text', nullable: true })
  language!: string | null;

  @Column({ type: 'text', default: 'normal' })
  priority!: TicketPriority;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ type: 'text', default: 'new' })
  status!: TicketStatus;

  /** Compare-and-set version: every write names the version it read. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Verdict rating key, from the newsroom's rating scale. */
  @Column({ type: 'text', nullable: true })
  rating!: string | null;

  /** Verdict summary: the short public text. */
  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  /** Who set the current rating; sign-off policy excludes them. */
  @Column({ name: 'rating_set_by', type: 'uuid', nullable: true })
  ratingSetBy!: string | null;

  @Column({ name: 'rating_set_at', type: 'timestamptz', nullable: true })
  ratingSetAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

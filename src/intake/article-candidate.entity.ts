import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Ticket } from '../tickets/ticket.entity.js';
import type { ScoreReason } from './analysis/analyse-article.js';
import { Article } from './article.entity.js';

/**
 * One check-worthy sentence proposed from an article, kept in rank order.
 * Once a member acts on it, it points at the ticket it became or joined.
 */
@Entity('article_candidates')
@Index('article_candidates_article_rank_key', ['articleId', 'rank'], { unique: true })
@Index('article_candidates_ticket_idx', ['ticketId'])
export class ArticleCandidate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;

  /** 1 is the most check-worthy. */
  @Column({ type: 'integer' })
  rank!: number;

  @Column({ type: 'text' })
  text!: string;

  /** Character offsets (UTF-16 code units) into the article's cleaned text. */
  @Column({ name: 'start_offset', type: 'integer' })
  start!: number;

  @Column({ name: 'end_offset', type: 'integer' })
  end!: number;

  @Column({ type: 'real' })
  score!: number;

  @Column({ type: 'jsonb' })
  reasons!: ScoreReason[];

  @Column({ type: 'text', nullable: true })
  claimant!: string | null;

  @Column({ name: 'ticket_id', type: 'uuid', nullable: true })
  ticketId!: string | null;

  @ManyToOne(() => Ticket, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @Column({ name: 'acted_by', type: 'uuid', nullable: true })
  actedBy!: string | null;

  @Column({ name: 'acted_at', type: 'timestamptz', nullable: true })
  actedAt!: Date | null;
}

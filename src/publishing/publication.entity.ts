import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Newsroom } from '../newsrooms/newsroom.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import type { PublicationSnapshot } from './public-verdict.js';

/**
 * One published version of a verdict, immutable: a trigger refuses UPDATE and
 * DELETE (see the PublicationImmutability migration). Everything the public
 * sees is copied into `snapshot`, so public pages never read live tables.
 */
@Entity('publications')
@Index('publications_ticket_version_key', ['ticketId', 'version'], { unique: true })
@Index('publications_newsroom_idx', ['newsroomId', 'publishedAt'])
export class Publication {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'newsroom_id', type: 'uuid' })
  newsroomId!: string;

  @ManyToOne(() => Newsroom, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'newsroom_id' })
  newsroom?: Newsroom;

  @Column({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @Column({ type: 'integer' })
  version!: number;

  /** Equal to the hash every approving sign-off was given on. */
  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @Column({ type: 'jsonb' })
  snapshot!: PublicationSnapshot;

  @Column({ name: 'published_by', type: 'uuid' })
  publishedBy!: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}

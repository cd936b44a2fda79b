import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Newsroom } from '../newsrooms/newsroom.entity.js';
import { User } from '../users/user.entity.js';
import type { DroppedBlock } from './analysis/analyse-article.js';
import { Outlet } from './outlet.entity.js';

/**
 * An article (a story, a post, a transcript) received at the desk's front
 * door. The cleaned text is kept, with what cleaning removed and why, so a
 * person can check it; the received bytes are not, only their SHA-256, which
 * proves what came in and finds the same article submitted twice.
 */
@Entity('articles')
@Index('articles_newsroom_created_idx', ['newsroomId', 'createdAt', 'id'])
@Index('articles_newsroom_sha256_idx', ['newsroomId', 'receivedSha256'])
export class Article {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'newsroom_id', type: 'uuid' })
  newsroomId!: string;

  @ManyToOne(() => Newsroom, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'newsroom_id' })
  newsroom?: Newsroom;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  /** The outlet as the submitter named it. */
  @Column({ name: 'outlet_name', type: 'text', nullable: true })
  outletName!: string | null;

  /** The register's outlet, matched from the URL's domain or the name. */
  @Column({ name: 'outlet_id', type: 'uuid', nullable: true })
  outletId!: string | null;

  @ManyToOne(() => Outlet, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'outlet_id' })
  outlet?: Outlet;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** ISO 639-1 code, given or detected; 'und' when unknown. */
  @Column({ type: 'text' })
  language!: string;

  /** How the language was decided: given by the submitter or detected. */
  @Column({ name: 'language_source', type: 'text' })
  languageSource!: string;

  /** 'text' or 'html': how the received text was read. */
  @Column({ type: 'text' })
  format!: string;

  @Column({ name: 'received_sha256', type: 'text' })
  receivedSha256!: string;

  @Column({ name: 'received_chars', type: 'integer' })
  receivedChars!: number;

  /** The cleaned text; candidate offsets point into it. */
  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  dropped!: DroppedBlock[];

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'submitted_by' })
  submitter?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

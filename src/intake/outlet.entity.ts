import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SourceReliability } from '../evidence/evidence.entity.js';
import { Newsroom } from '../newsrooms/newsroom.entity.js';

/**
 * A publisher the newsroom keeps a view on: its web domains, and a
 * reliability label with the note that justifies it. Kept by editors; the
 * track record is computed from published verdicts, never stored.
 */
@Entity('outlets')
@Index('outlets_newsroom_name_key', { synchronize: false })
@Index('outlets_domains_idx', { synchronize: false })
@Check('outlets_reliability_check', `reliability IN ('high', 'mixed', 'low', 'unknown')`)
export class Outlet {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'newsroom_id', type: 'uuid' })
  newsroomId!: string;

  @ManyToOne(() => Newsroom, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'newsroom_id' })
  newsroom?: Newsroom;

  @Column({ type: 'text' })
  name!: string;

  /** Lower-case host names without `www.`; a subdomain matches its domain. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  domains!: string[];

  @Column({ type: 'text', default: 'unknown' })
  reliability!: SourceReliability;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('newsrooms')
export class Newsroom {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Identifies the newsroom in URLs: lower-case letters, digits and dashes. */
  @Index('newsrooms_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Newsroom configuration (rating scale, sign-off policy, publisher identity), validated by the newsrooms module. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  settings!: Record<string, unknown>;

  /** Last human ticket number handed out (#1, #2, ...), incremented atomically. */
  @Column({ name: 'ticket_seq', type: 'integer', default: 0 })
  ticketSeq!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

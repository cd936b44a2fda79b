import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../access/roles.js';
import { User } from '../users/user.entity.js';
import { Newsroom } from './newsroom.entity.js';

/**
 * An invitation to join a newsroom with a role, for someone who may not have
 * an account yet. The token is shown once and stored as its SHA-256; it works
 * once, before it expires.
 */
@Entity('invitations')
@Check('invitations_role_check', `role IN ('viewer', 'researcher', 'reviewer', 'editor', 'admin')`)
@Index('invitations_newsroom_idx', ['newsroomId'])
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'newsroom_id', type: 'uuid' })
  newsroomId!: string;

  @ManyToOne(() => Newsroom, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'newsroom_id' })
  newsroom?: Newsroom;

  /** Lower-cased; only an account with this email can accept. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Index('invitations_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by' })
  inviter?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedBy!: string | null;
}

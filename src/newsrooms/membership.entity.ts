import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '../access/roles.js';
import { User } from '../users/user.entity.js';
import { Newsroom } from './newsroom.entity.js';

@Entity('memberships')
@Check('memberships_role_check', `role IN ('viewer', 'researcher', 'reviewer', 'editor', 'admin')`)
@Index('memberships_user_idx', ['userId'])
export class Membership {
  @PrimaryColumn({ name: 'newsroom_id', type: 'uuid' })
  newsroomId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  role!: Role;

  @ManyToOne(() => Newsroom, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'newsroom_id' })
  newsroom?: Newsroom;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

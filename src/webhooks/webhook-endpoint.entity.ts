import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Newsroom } from '../newsrooms/newsroom.entity.js';
import type { WebhookEventType } from './webhook-events.js';

/** A receiver an admin registered for some of the newsroom's events. */
@Entity('webhook_endpoints')
@Index('webhook_endpoints_newsroom_idx', ['newsroomId'])
export class WebhookEndpoint {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'newsroom_id', type: 'uuid' })
  newsroomId!: string;

  @ManyToOne(() => Newsroom, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'newsroom_id' })
  newsroom?: Newsroom;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Standard Webhooks secret (`whsec_` + base64); shown once, when the endpoint is created. */
  @Column({ type: 'text', select: false })
  secret!: string;

  @Column({ type: 'text', array: true })
  events!: WebhookEventType[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

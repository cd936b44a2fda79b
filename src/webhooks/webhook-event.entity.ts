import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The outbox: one row per event, written in the same transaction as the
 * change it announces. Its id is the `webhook-id` of every delivery, so
 * receivers can de-duplicate retries.
 */
@Entity('webhook_events')
@Index('webhook_events_newsroom_idx', ['newsroomId', 'createdAt'])
export class WebhookEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'newsroom_id', type: 'uuid' })
  newsroomId!: string;

  @Column({ type: 'text' })
  type!: string;

  /** The exact JSON body sent to receivers. */
  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

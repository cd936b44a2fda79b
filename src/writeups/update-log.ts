import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

interface PendingUpdate {
  ticketId: string;
  update: Uint8Array;
  userId: string | null;
  resolve: () => void;
  reject: (error: Error) => void;
}

export interface UpdateLogStats {
  commits: number;
  rows: number;
}

/**
 * The write path of every live edit. Updates are appended in the order they
 * were applied; one writer commits them, taking everything that queued up
 * while the previous commit ran in a single INSERT (group commit), so under
 * load a commit carries many updates and at rest it carries one. A caller's
 * promise settles only after its row is committed, or fails with the commit.
 * Commits are strictly sequential, so an acknowledged update never depends on
 * one that could still be lost.
 */
@Injectable()
export class UpdateLog {
  private readonly logger = new Logger('UpdateLog');
  private queue: PendingUpdate[] = [];
  private running: Promise<void> | undefined;
  readonly stats: UpdateLogStats = { commits: 0, rows: 0 };
  private static readonly MAX_BATCH = 512;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  append(ticketId: string, update: Uint8Array, userId: string | null): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ ticketId, update, userId, resolve, reject });
      this.running ??= this.drain();
    });
  }

  /** Resolves once everything appended so far has been committed or refused. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  get pending(): number {
    return this.queue.length;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, UpdateLog.MAX_BATCH);
        try {
          await this.insert(batch);
          this.stats.commits += 1;
          this.stats.rows += batch.length;
          for (const item of batch) item.resolve();
        } catch (error) {
          this.logger.error({ err: error, rows: batch.length }, 'could not commit write-up updates');
          const failure = error instanceof Error ? error : new Error(String(error));
          for (const item of batch) item.reject(failure);
        }
      }
    } finally {
      this.running = undefined;
    }
  }

  private async insert(batch: PendingUpdate[]): Promise<void> {
    if (batch.length === 1) {
      const [item] = batch;
      await this.dataSource.query(`INSERT INTO writeup_updates (ticket_id, update, user_id) VALUES ($1, $2, $3)`, [
        item!.ticketId,
        Buffer.from(item!.update),
        item!.userId,
      ]);
      return;
    }
    await this.dataSource.query(
      `INSERT INTO writeup_updates (ticket_id, update, user_id)
       SELECT u.ticket_id, u.update, u.user_id
         FROM unnest($1::uuid[], $2::bytea[], $3::uuid[]) WITH ORDINALITY AS u(ticket_id, update, user_id, n)
        ORDER BY u.n`,
      [batch.map((item) => item.ticketId), batch.map((item) => Buffer.from(item.update)), batch.map((item) => item.userId)],
    );
  }
}

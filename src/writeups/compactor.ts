import { Inject, Injectable, Logger } from '@nestjs/common';
import { COLLAB_LIMITS, type CollabLimits } from './collab-limits.js';
import { WriteupStore } from './writeup-store.js';

/**
 * Runs compactions off the hot path, one at a time: after a document has
 * gathered enough update-log rows, and when it is unloaded. A failed
 * compaction changes nothing (its transaction rolls back) and is retried the
 * next time the document qualifies.
 */
@Injectable()
export class Compactor {
  private readonly logger = new Logger('Compactor');
  private readonly appended = new Map<string, number>();
  private readonly queue = new Set<string>();
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly store: WriteupStore,
    @Inject(COLLAB_LIMITS) private readonly limits: CollabLimits,
  ) {}

  noteAppended(ticketId: string): void {
    const count = (this.appended.get(ticketId) ?? 0) + 1;
    this.appended.set(ticketId, count);
  }

  /** Schedules a compaction if the document has gathered enough rows since the last one. */
  maybeCompact(ticketId: string): void {
    if ((this.appended.get(ticketId) ?? 0) >= this.limits.compactAfterUpdates) this.schedule(ticketId);
  }

  /** On unload: compact if this instance appended anything to the document since its last compaction. */
  scheduleIfWritten(ticketId: string): void {
    if ((this.appended.get(ticketId) ?? 0) > 0) this.schedule(ticketId);
  }

  schedule(ticketId: string): void {
    if (this.stopped) return;
    this.queue.add(ticketId);
    // A timer, not a microtask: the hook that scheduled this returns first.
    this.running ??= new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => this.drain());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.queue.clear();
    await this.running;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.size > 0 && !this.stopped) {
        const [ticketId] = this.queue;
        this.queue.delete(ticketId!);
        this.appended.delete(ticketId!);
        try {
          await this.store.compact(ticketId!);
        } catch (error) {
          this.logger.warn({ err: error, ticketId }, 'compaction failed; it will be retried');
        }
      }
    } finally {
      this.running = undefined;
    }
  }
}

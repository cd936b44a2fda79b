/** What the bench's server processes and the load generator agree on. */
export const BENCH_SECRET = 'bench-secret-that-is-long-enough-for-hs256-signing';

export type ServerMessage = { type: 'ready'; port: number } | { type: 'memory'; heapUsed: number; rss: number } | { type: 'stats'; commits: number; rows: number };
export type ParentMessage = { type: 'memory' } | { type: 'stats' } | { type: 'stop' };

/** Answers the parent's questions from a server process (run with --expose-gc). */
export function answerParent(stats: () => { commits: number; rows: number }, stop: () => Promise<void>): void {
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'memory') {
      (globalThis as { gc?: () => void }).gc?.();
      const usage = process.memoryUsage();
      process.send!({ type: 'memory', heapUsed: usage.heapUsed, rss: usage.rss } satisfies ServerMessage);
    } else if (message.type === 'stats') {
      process.send!({ type: 'stats', ...stats() } satisfies ServerMessage);
    } else {
      void stop().then(() => process.exit(0));
    }
  });
}

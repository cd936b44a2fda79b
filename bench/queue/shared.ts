/** What the queue bench's server processes and its orchestrator agree on. */

/** A fixed signing secret: the bench signs its own member token, as the test harness does. */
export const BENCH_SECRET = 'bench-secret-that-is-long-enough-for-hs256-signing';

export type ServerMessage = { type: 'ready'; port: number } | { type: 'cpu'; micros: number };
export type ParentMessage = { type: 'cpu' } | { type: 'stop' };

/**
 * A server process's side of the conversation: announces its port, reports
 * the CPU time it has used so far (so the orchestrator can divide a run's
 * share by its requests), stops when asked, and never outlives the
 * orchestrator.
 */
export function serveParent(port: number, stop: () => Promise<void>): void {
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send!({ type: 'cpu', micros: user + system } satisfies ServerMessage);
    } else {
      void stop().then(() => process.exit(0));
    }
  });
  process.on('disconnect', () => process.exit(1));
  process.send!({ type: 'ready', port } satisfies ServerMessage);
}

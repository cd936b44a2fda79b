/**
 * Open-loop load at a fixed rate: request i is due at start + i / rate
 * whatever happened to the earlier ones, and its latency is counted from when
 * it was due, not from when a free connection let it go. Queueing behind a
 * slow answer is therefore part of the figure (no coordinated omission),
 * which a closed-loop generator's per-second quota cannot show: it sends each
 * second's quota back to back and then idles.
 */
import { Agent, request } from 'node:http';
import { quantile } from './stats.js';

export interface PacedFigures {
  sent: number;
  ok: number;
  failed: number;
  p50: number;
  p99: number;
  max: number;
  /**
   * p99 of how late this process sent requests (ms): time it was not running
   * its loop, descheduled on a busy machine or paused by its own GC. Every
   * latency above includes such a delay, at both ends, so a p99 near this
   * figure says more about the machine than about the server.
   */
  lateP99: number;
}

export interface PacedOptions {
  rate: number;
  seconds: number;
  connections: number;
  /** An answer slower than this counts as failed (ms). */
  timeout?: number;
}

export async function pacedLoad(url: string, headers: Record<string, string>, options: PacedOptions): Promise<PacedFigures> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const total = Math.max(1, Math.round(options.rate * options.seconds));
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  const lateness: number[] = [];
  let failed = 0;
  let settled = 0;
  const start = performance.now();
  const finished = new Promise<void>((resolve) => {
    const settle = (due: number, ok: boolean) => {
      if (ok) latencies.push(performance.now() - due);
      else failed += 1;
      settled += 1;
      if (settled === total) resolve();
    };
    const fire = (due: number) => {
      lateness.push(performance.now() - due);
      const outgoing = request(url, { agent, headers, timeout: options.timeout ?? 10_000 }, (response) => {
        response.resume();
        response.once('end', () => settle(due, response.statusCode === 200));
        response.once('error', () => settle(due, false));
      });
      outgoing.once('timeout', () => outgoing.destroy(new Error('timeout')));
      outgoing.once('error', () => settle(due, false));
      outgoing.end();
    };
    let next = 0;
    const tick = () => {
      const now = performance.now();
      while (next < total && start + next * interval <= now) fire(start + next++ * interval);
      if (next < total) setTimeout(tick, Math.max(0, start + next * interval - performance.now()));
    };
    tick();
  });
  await finished;
  agent.destroy();
  return {
    sent: total,
    ok: latencies.length,
    failed,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: latencies.length ? Math.max(...latencies) : Number.NaN,
    lateP99: quantile(lateness, 0.99),
  };
}

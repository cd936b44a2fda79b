import { loadavg } from 'node:os';
import { quantile } from '../stats.js';

export interface Timings {
  label: string;
  /** Milliseconds of each measured run. */
  ms: number[];
  /** Runs asked for; fewer were made when the time budget ran out. */
  asked: number;
}

/**
 * Runs `once` `warmup` times unmeasured (the JIT, PostgreSQL's caches and
 * plans; a third of `budgetMs` at most), then up to `runs` times one after
 * another, each timed, for at most `budgetMs`: a slow machine, or a slow
 * operation, makes fewer runs, not a longer bench.
 * `once` gets the run's index (to vary the probe) and throws when an answer is wrong.
 */
export async function measure(
  label: string,
  { warmup, runs, budgetMs }: { warmup: number; runs: number; budgetMs: number },
  once: (index: number) => Promise<unknown>,
): Promise<Timings> {
  // The warm-up gets a third of the budget, the measured runs the rest.
  let index = 0;
  const warm = performance.now() + budgetMs / 3;
  for (; index < warmup && performance.now() < warm; index++) await once(index);
  const ms: number[] = [];
  const deadline = performance.now() + budgetMs;
  for (let run = 0; run < runs && performance.now() < deadline; run++, index++) {
    const started = performance.now();
    await once(index);
    ms.push(performance.now() - started);
  }
  return { label, ms, asked: runs };
}

const fixed = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '-').padStart(7);

/** One line per timing: p50, p95, p99 and max in milliseconds, and how many runs there were. */
export function describe(timings: Timings, goal?: { p95: number }): string {
  const [p50, p95, p99] = [0.5, 0.95, 0.99].map((q) => quantile(timings.ms, q));
  const max = timings.ms.length > 0 ? Math.max(...timings.ms) : Number.NaN;
  const short = timings.ms.length < timings.asked ? ` (time budget: ${timings.ms.length} of ${timings.asked})` : '';
  const verdict = goal ? `   goal p95 ≤ ${goal.p95} ms: ${p95! <= goal.p95 ? 'met' : 'MISSED'}` : '';
  return `  ${timings.label.padEnd(44)} p50 ${fixed(p50!)}   p95 ${fixed(p95!)}   p99 ${fixed(p99!)}   max ${fixed(max)} ms   n=${timings.ms.length}${short}${verdict}`;
}

/** The machine's load averages (1, 5, 15 minutes), since every figure depends on them. */
export function load(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
}

import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join, relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  startTime: number;
  endTime: number;
}

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Samples this process's CPU while `work` runs (V8's profiler through the
 * inspector, 100 µs interval) and returns the functions that spent the most
 * time themselves, as "share  function  file:line" lines; with `keepIn`,
 * the whole profile is written there too (open it in Chrome's DevTools).
 */
export async function profileCpu(work: () => Promise<void> | void, { top = 15, keepIn }: { top?: number; keepIn?: string } = {}): Promise<string> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    await work();
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
    if (keepIn) await writeFile(join(keepIn, `intake-analysis-${Date.now()}.cpuprofile`), JSON.stringify(profile));
    return selfTimes(profile, top);
  } finally {
    session.disconnect();
  }
}

function selfTimes(profile: Profile, top: number): string {
  const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.startsWith('file://') ? relative(ROOT, new URL(url).pathname) : url || '(native)';
    const key = `${functionName || '(anonymous)'}  ${file}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (node.hitCount ?? 0));
  }
  return [...byFunction.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, hits]) => `    ${((hits / Math.max(1, total)) * 100).toFixed(1).padStart(5)} %  ${key}`)
    .join('\n');
}

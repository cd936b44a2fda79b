import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { transformSync } from '@swc/core';

const ROOT = join(import.meta.dirname, '..', '..');
export const LISTENING = /claimdesk: listening on/;

let compiled: string | undefined;

/**
 * Compiles src/ and migrations/ once per test file, with the project's own
 * swc settings, into a throwaway directory (node_modules linked), so tests
 * that start and kill the real entrypoint many times pay the compilation once.
 */
function compiledDesk(): string {
  if (compiled) return compiled;
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-compiled-'));
  const swcrc = JSON.parse(readFileSync(join(ROOT, '.swcrc'), 'utf8')) as Record<string, unknown>;
  delete swcrc.$schema;
  for (const folder of ['src', 'migrations']) {
    for (const file of walk(join(ROOT, folder))) {
      if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
      const out = join(dir, relative(ROOT, file)).replace(/\.ts$/, '.js');
      mkdirSync(dirname(out), { recursive: true });
      const { code } = transformSync(readFileSync(file, 'utf8'), { ...swcrc, sourceMaps: false, filename: file, swcrc: false });
      writeFileSync(out, code);
    }
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  compiled = dir;
  return dir;
}

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export interface DeskProcess {
  child: ChildProcess;
  /** Everything the process printed so far, stdout and stderr interleaved. */
  output(): string;
  /** Resolves when the output matches, rejects when the process exits first or time runs out. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Runs the real entrypoint (src/main.ts, compiled once per test file) in a
 * child process, with only the given environment (plus PATH and HOME).
 */
export function spawnDesk(env: Record<string, string>): DeskProcess {
  const child = spawn(process.execPath, [join(compiledDesk(), 'src', 'main.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const check of waiters) check();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      for (const check of waiters) check();
      resolve({ code, signal });
    }),
  );
  return {
    child,
    output: () => output,
    exited,
    waitFor(pattern, timeoutMs = 60_000) {
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${pattern}; output so far:\n${output}`));
        }, timeoutMs);
        const check = () => {
          if (pattern.test(output)) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve();
          } else if (child.exitCode !== null || child.signalCode !== null) {
            clearTimeout(timer);
            waiters.delete(check);
            reject(new Error(`process exited before ${pattern}; output:\n${output}`));
          }
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/** Spawns the desk and resolves once it listens. */
export async function startDeskProcess(env: Record<string, string>, timeoutMs?: number): Promise<DeskProcess> {
  const desk = spawnDesk(env);
  await desk.waitFor(LISTENING, timeoutMs);
  return desk;
}

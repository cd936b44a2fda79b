import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { transformSync } from '@swc/core';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * Compiles src/ and migrations/ once with the project's own swc settings into
 * a throwaway directory (with node_modules linked), so a test can start and
 * SIGKILL the real entrypoint many times without paying the on-the-fly
 * compilation each time.
 */
export function compileDesk(): { dir: string; remove: () => void } {
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
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export interface ChildDesk {
  child: ChildProcess;
  exited: Promise<unknown>;
  output(): string;
}

/** Starts the compiled entrypoint and resolves once it listens. */
export async function startCompiledDesk(dir: string, env: Record<string, string>, timeoutMs = 30_000): Promise<ChildDesk> {
  const child = spawn(process.execPath, [join(dir, 'src', 'main.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the desk did not start in time:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (/claimdesk: listening on/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the desk exited before listening:\n${output}`));
    });
  });
  return { child, exited, output: () => output };
}

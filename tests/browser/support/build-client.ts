import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(import.meta.dirname, '..', '..', '..');

/** Builds the web client from the current sources, so the tests never run a stale bundle. */
export async function buildClient(): Promise<void> {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  try {
    await promisify(execFile)(process.execPath, [vite, 'build', '--config', 'client/vite.config.ts', '--logLevel', 'error'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`building the web client failed:\n${stderr || stdout || (error as Error).message}`, { cause: error });
  }
}

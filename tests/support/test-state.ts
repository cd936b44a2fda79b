import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestState {
  database: string;
  adminUrl?: string;
  url?: string;
  embeddedDataDir?: string;
}

export const STATE_FILE = join(tmpdir(), `claimdesk-test-state-${process.ppid}-${process.pid}.json`);

export async function readState(): Promise<TestState | undefined> {
  return readFile(STATE_FILE, 'utf8')
    .then((text) => JSON.parse(text) as TestState)
    .catch(() => undefined);
}

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { testDatabaseUrl } from '../../support/desk.js';

const root = join(import.meta.dirname, '..', '..', '..');

describe('the web client’s copy of the OpenAPI document', () => {
  // A plain Node process, as in production: under jest's module system some
  // decorators cannot document themselves and the document would differ.
  it('is what the desk serves, with types generated from it', async () => {
    const run = promisify(execFile)(
      process.execPath,
      ['--import', '@swc-node/register/esm-register', 'scripts/write-openapi.ts', '--check', '--database', testDatabaseUrl()],
      { cwd: root, env: { ...process.env, NODE_OPTIONS: '' } },
    ).then(
      ({ stdout }) => ({ ok: true, output: stdout.trim() }),
      (error: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() }),
    );
    await expect(run).resolves.toEqual({ ok: true, output: 'the web client’s OpenAPI document and types are up to date' });
  }, 60_000);
});

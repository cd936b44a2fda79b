import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../../src/database/embedded-postgres.js';
import { freePort } from '../../support/free-port.js';

describe('embedded PostgreSQL', () => {
  it('starts with its data under a private (0700) directory, opening it for traversal only', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'claimdesk-private-')); // mkdtemp makes it 0700
    const dataDir = join(parent, 'data');
    mkdirSync(dataDir);
    expect(statSync(parent).mode & 0o777).toBe(0o700);

    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'private', fast: true });
    try {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      const { rows } = await client.query<{ one: number }>('SELECT 1 AS one');
      await client.end();
      expect(rows[0]!.one).toBe(1);
      // As root, PostgreSQL runs as `postgres` and needs to pass through; nobody gains the right to list it.
      const expected = process.getuid?.() === 0 ? 0o701 : 0o700;
      expect(statSync(parent).mode & 0o777).toBe(expected);
    } finally {
      await server.stop();
    }
  });
});

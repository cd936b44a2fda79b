import { rm } from 'node:fs/promises';
import pg from 'pg';
import type { EmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { readState } from './test-state.js';

export default async function teardownDatabase(): Promise<void> {
  const state = await readState();
  const embedded = (globalThis as { __embeddedPostgres?: EmbeddedPostgres }).__embeddedPostgres;
  if (state?.adminUrl && !embedded) {
    // An external server keeps running: drop this run's database.
    const client = new pg.Client({ connectionString: state.adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(state.database)} WITH (FORCE)`);
    await client.end();
  }
  await embedded?.stop();
  if (state?.embeddedDataDir) await rm(state.embeddedDataDir, { recursive: true, force: true });
}

import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source.js';
import { ensureDatabase, startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { runMigrationsLocked } from '../../src/database/migrate.js';
import { freePort } from './free-port.js';
import { STATE_FILE, type TestState } from './test-state.js';

/**
 * Once per `npm test`: a real PostgreSQL (embedded, or TEST_DATABASE_URL's
 * server) with a throwaway database migrated by the real migrations. Workers
 * read its URL from CLAIMDESK_TEST_DATABASE_URL.
 */
export default async function setupDatabase(): Promise<void> {
  const database = `claimdesk_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const state: TestState = { database };
  let adminUrl: string;
  if (process.env.TEST_DATABASE_URL) {
    adminUrl = process.env.TEST_DATABASE_URL;
  } else {
    const dataDir = await mkdtemp(join(tmpdir(), 'claimdesk-test-pg-'));
    const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres', fast: true });
    (globalThis as { __embeddedPostgres?: typeof pg }).__embeddedPostgres = pg;
    adminUrl = pg.url;
    state.embeddedDataDir = dataDir;
  }
  await ensureDatabase(adminUrl, database);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  state.adminUrl = adminUrl;
  state.url = url.toString();

  const dataSource = await new DataSource(dataSourceOptions(state.url)).initialize();
  await runMigrationsLocked(dataSource);
  await dataSource.destroy();

  process.env.CLAIMDESK_TEST_DATABASE_URL = state.url;
  await writeFile(STATE_FILE, JSON.stringify(state));
}

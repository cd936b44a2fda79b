import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import 'reflect-metadata';
import { createDesk } from '../../src/bootstrap.js';
import { type AppConfig, loadConfig } from '../../src/config/config.js';

export interface TestDesk {
  app: NestFastifyApplication;
  config: AppConfig;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  close(): Promise<void>;
}

/** Secret the test desks sign with; test tokens are signed with it too. */
export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

export function testDatabaseUrl(): string {
  const url = process.env.CLAIMDESK_TEST_DATABASE_URL;
  if (!url) throw new Error('CLAIMDESK_TEST_DATABASE_URL is not set: run e2e tests through `npm test`');
  return url;
}

/** Test configuration: the real loader, with a fixed secret and a private data directory. */
export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'claimdesk-test-data-')),
    JWT_SECRET: TEST_JWT_SECRET,
    DATABASE_URL: process.env.CLAIMDESK_TEST_DATABASE_URL ?? 'postgres://unset@127.0.0.1/unset',
    DEMO_DATA: 'false',
    ...env,
  });
}

/** The real application on a random loopback port, against the run's test database. */
export async function startDesk(env: Record<string, string> = {}, databaseUrl = testDatabaseUrl()): Promise<TestDesk> {
  const config = testConfig(env);
  const app = await createDesk({ config, databaseUrl });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    config,
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: () => app.close(),
  };
}

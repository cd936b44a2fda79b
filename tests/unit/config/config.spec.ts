import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../../../src/config/config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'claimdesk-config-'));

describe('loadConfig', () => {
  it('has working defaults for development', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({ env: 'development', port: 3000, databaseUrl: undefined, registration: 'open', demoData: true });
    expect(config.publicBaseUrl).toBe('http://localhost:3000');
  });

  it('generates a development JWT secret once and keeps it under the data directory', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8').trim()).toBe(first);
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(first);
  });

  it('requires a JWT secret and a database in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() })).toThrow(
      /JWT_SECRET is required in production; DATABASE_URL is required in production/,
    );
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x@y/z' }, /DATABASE_URL must be a postgres:\/\/ URL/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL must be a postgres:\/\/ URL/],
    [{ PORT: '70000' }, /PORT/],
    [{ PORT: 'abc' }, /PORT/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32 characters/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ REDIS_URL: 'http://x' }, /REDIS_URL must be a URL/],
    [{ WEBHOOK_POLL_MS: 'soon' }, /WEBHOOK_POLL_MS/],
    [{ WEBHOOK_MAX_ATTEMPTS: '0' }, /WEBHOOK_MAX_ATTEMPTS/],
    [{ COLLAB_REDIS_PREFIX: 'has spaces' }, /COLLAB_REDIS_PREFIX must be letters, digits/],
    [{ JSON_MAX_DEPTH: '1' }, /JSON_MAX_DEPTH/],
    [{ JSON_MAX_DEPTH: 'deep' }, /JSON_MAX_DEPTH/],
    [{ HEADERS_TIMEOUT_SECONDS: '0' }, /HEADERS_TIMEOUT_SECONDS/],
    [{ REQUEST_TIMEOUT_SECONDS: '1.5' }, /REQUEST_TIMEOUT_SECONDS/],
    [{ HEADERS_TIMEOUT_SECONDS: '40', REQUEST_TIMEOUT_SECONDS: '20' }, /HEADERS_TIMEOUT_SECONDS must not exceed REQUEST_TIMEOUT_SECONDS \(20\)/],
    [{ KEEP_ALIVE_TIMEOUT_SECONDS: '-1' }, /KEEP_ALIVE_TIMEOUT_SECONDS/],
    [{ SHUTDOWN_DRAIN_SECONDS: 'soon' }, /SHUTDOWN_DRAIN_SECONDS/],
    [{ EVENT_STREAMS_PER_MEMBER: '0' }, /EVENT_STREAMS_PER_MEMBER/],
  ])('refuses %j with one clear message', (env, message) => {
    let error: unknown;
    try {
      loadConfig({ DATA_DIR: dataDir(), ...env });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('bounds JSON nesting, connection times, the shutdown drain and event streams by default, and takes other values', () => {
    expect(loadConfig({ DATA_DIR: dataDir() })).toMatchObject({
      jsonMaxDepth: 32,
      http: { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, shutdownDrainMs: 10_000 },
      eventStreamsPerMember: 5,
    });
    const tuned = loadConfig({
      DATA_DIR: dataDir(),
      JSON_MAX_DEPTH: '64',
      HEADERS_TIMEOUT_SECONDS: '5',
      REQUEST_TIMEOUT_SECONDS: '120',
      KEEP_ALIVE_TIMEOUT_SECONDS: '65',
      SHUTDOWN_DRAIN_SECONDS: '0',
      EVENT_STREAMS_PER_MEMBER: '20',
    });
    expect(tuned).toMatchObject({
      jsonMaxDepth: 64,
      http: { headersTimeoutMs: 5_000, requestTimeoutMs: 120_000, keepAliveTimeoutMs: 65_000, shutdownDrainMs: 0 },
      eventStreamsPerMember: 20,
    });
  });

  it('defaults to invitation-only registration and no demo data in production', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATA_DIR: dataDir(),
      JWT_SECRET: 'x'.repeat(40),
      DATABASE_URL: 'postgres://u:p@db:5432/claimdesk',
    });
    expect(config).toMatchObject({ registration: 'invite', demoData: false });
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { signAccessToken } from '../../../src/auth/access-token.js';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../../../src/database/embedded-postgres.js';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { TEST_JWT_SECRET } from '../../support/factories.js';
import { freePort } from '../../support/free-port.js';

/** The desk on a PostgreSQL of its own, which the test stops and starts again. */
describe('PostgreSQL outage', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-outage-'));
  let database: EmbeddedPostgres;
  let desk: TestDesk;
  let token: string;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    database = await startEmbeddedPostgres({ dataDir, port, database: 'outage', fast: true });
    desk = await startDesk({}, database.url);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const user = await client.query<{ id: string }>(`INSERT INTO users (email, display_name, password_hash) VALUES ('o@example.org', 'O', 'x') RETURNING id`);
    const session = await client.query<{ id: string }>(`INSERT INTO auth_sessions (user_id) VALUES ($1) RETURNING id`, [user.rows[0]!.id]);
    await client.end();
    token = signAccessToken(TEST_JWT_SECRET, { sub: user.rows[0]!.id, sid: session.rows[0]!.id, ver: 0 });
  });

  afterAll(async () => {
    await desk.close();
    await database.stop();
  });

  const timed = async (path: string, headers: Record<string, string> = {}) => {
    const started = Date.now();
    const response = await fetch(`${desk.baseUrl}${path}`, { headers });
    return { status: response.status, ms: Date.now() - started, body: await response.text(), type: response.headers.get('content-type') };
  };
  const authed = () => ({ Authorization: `Bearer ${token}` });

  it('answers 503 quickly while the database is down and recovers by itself when it is back', async () => {
    expect((await timed('/health/ready')).status).toBe(200);
    expect((await timed('/api/me', authed())).status).toBe(200);

    await database.stop();

    const ready = await timed('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(2_500);
    const me = await timed('/api/me', authed());
    expect(me.status).toBe(503);
    expect(me.ms).toBeLessThan(2_500);
    expect(me.type).toMatch(/application\/problem\+json/);
    expect(JSON.parse(me.body).code).toBe('database_unavailable');
    expect((await timed('/health')).status).toBe(200); // liveness does not depend on the database

    database = await startEmbeddedPostgres({ dataDir, port, database: 'outage', fast: true });

    const deadline = Date.now() + 10_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await timed('/health/ready')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
    expect((await timed('/api/me', authed())).status).toBe(200);
  }, 60_000);
});

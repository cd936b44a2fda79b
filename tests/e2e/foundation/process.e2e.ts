import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { freePort } from '../../support/free-port.js';
import { LISTENING, spawnDesk } from '../../support/process.js';

const baseEnv = (dataDir: string, port: number, pgPort: number) => ({
  DATA_DIR: dataDir,
  PORT: String(port),
  HOST: '127.0.0.1',
  EMBEDDED_PG_PORT: String(pgPort),
  DEMO_DATA: 'false',
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const postmasterPid = (dataDir: string) => Number.parseInt(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]!, 10);

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

describe('the desk process (npm start)', () => {
  it('starts on an embedded PostgreSQL, is ready, and a second start reuses the same data', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-start-'));
    const [port, pgPort] = [await freePort(), await freePort()];
    const first = spawnDesk({ ...baseEnv(dataDir, port, pgPort), LOG_LEVEL: 'info' });
    await first.waitFor(LISTENING);
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(ready.status).toBe(200);

    // Each answered request is one JSON log line with its id, path (never the query), status and time; probes are not logged.
    const refused = await fetch(`http://127.0.0.1:${port}/api/me?secret=not-logged`, { headers: { 'X-Request-Id': 'trace-7' } });
    expect(refused.status).toBe(401);
    await first.waitFor(/"msg":"request completed"/);
    const lines = first
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number; msg: string });
    const completed = lines.filter((line) => line.msg === 'request completed');
    expect(completed).toEqual([expect.objectContaining({ level: 30, requestId: 'trace-7', method: 'GET', path: '/api/me', status: 401, ms: expect.any(Number) })]);
    expect(first.output()).not.toContain('not-logged');

    const credentials = readFileSync(join(dataDir, 'postgres.credentials'), 'utf8').trim();
    const url = `postgres://postgres:${credentials}@127.0.0.1:${pgPort}/claimdesk`;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`INSERT INTO users (email, display_name, password_hash) VALUES ('kept@example.org', 'Kept', 'x')`);
    await client.end();

    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);

    const second = spawnDesk(baseEnv(dataDir, port, pgPort));
    await second.waitFor(LISTENING);
    const again = new pg.Client({ connectionString: url });
    await again.connect();
    const { rows } = await again.query(`SELECT email FROM users WHERE email = 'kept@example.org'`);
    await again.end();
    expect(rows).toHaveLength(1);
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
  }, 150_000);

  it('on SIGTERM finishes an in-flight request, then stops its PostgreSQL and exits 0', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-term-'));
    const [port, pgPort] = [await freePort(), await freePort()];
    const desk = spawnDesk(baseEnv(dataDir, port, pgPort));
    await desk.waitFor(LISTENING);
    const pid = postmasterPid(dataDir);

    // A request whose body is still arriving when the signal comes.
    const body = JSON.stringify({ email: 'nobody@example.org', password: 'not the right password' });
    const response = new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, method: 'POST', path: '/api/auth/login', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        desk.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 100);
    });
    const status = await response;
    expect(status).toBeGreaterThanOrEqual(400); // answered (401/404), not reset
    expect(status).toBeLessThan(500);
    expect((await desk.exited).code).toBe(0);
    expect(isAlive(pid)).toBe(false);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  }, 150_000);

  it('reaps the PostgreSQL orphaned by a killed run on the next start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-kill-'));
    const [port, pgPort] = [await freePort(), await freePort()];
    const desk = spawnDesk(baseEnv(dataDir, port, pgPort));
    await desk.waitFor(LISTENING);
    const orphan = postmasterPid(dataDir);
    desk.child.kill('SIGKILL');
    await desk.exited;
    expect(isAlive(orphan)).toBe(true);

    const next = spawnDesk(baseEnv(dataDir, port, pgPort));
    await next.waitFor(LISTENING);
    expect(await waitUntil(() => !isAlive(orphan), 5_000)).toBe(true);
    expect(postmasterPid(dataDir)).not.toBe(orphan);
    expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
    next.child.kill('SIGTERM');
    expect((await next.exited).code).toBe(0);
  }, 150_000);
});

describe('a bad configuration ends with one clear line', () => {
  const cases: [string, () => Promise<Record<string, string>>, RegExp][] = [
    ['a malformed DATABASE_URL', async () => ({ DATABASE_URL: 'postgres//nope' }), /DATABASE_URL must be a postgres:\/\/ URL/],
    ['an unreachable database', async () => ({ DATABASE_URL: `postgres://x:y@127.0.0.1:${await freePort()}/db` }), /cannot reach PostgreSQL at 127\.0\.0\.1:\d+\/db/],
    ['a missing secret in production', async () => ({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x:y@127.0.0.1:1/db' }), /JWT_SECRET is required in production/],
    ['an invalid port', async () => ({ PORT: 'eighty' }), /PORT/],
  ];

  it.each(cases)('%s', async (_, env, message) => {
    const desk = spawnDesk({ DATA_DIR: mkdtempSync(join(tmpdir(), 'claimdesk-cfg-')), ...(await env()) });
    const { code } = await desk.exited;
    expect(code).toBe(1);
    const lines = desk.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^claimdesk: /);
    expect(lines[0]).toMatch(message);
  }, 90_000);

  it('a port already in use', async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-port-'));
      const desk = spawnDesk(baseEnv(dataDir, port, await freePort()));
      const { code } = await desk.exited;
      expect(code).toBe(1);
      expect(desk.output()).toMatch(new RegExp(`claimdesk: port ${port} is already in use`));
      expect(desk.output()).not.toMatch(/\n\s+at /);
      // the embedded PostgreSQL it had started is stopped again
      expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    } finally {
      blocker.close();
    }
  }, 150_000);
});

/**
 * Queue endpoint benchmark (not a test): `npm run bench:queue`.
 *
 * Starts its own embedded PostgreSQL on a free loopback port, seeds 100,000
 * tickets, then measures side by side, in one run and alternating:
 *   - the real desk (createDesk) answering GET /api/newsrooms/:slug/tickets,
 *   - a bare node:http + pg server running the same SQL,
 * each in its own process, loaded by autocannon from this one. Prints
 * throughput and p50/p99 at full load, p99 at half of each server's maximum
 * rate, and the desk/bare ratio. Figures depend on whatever else the machine
 * is doing at the time. BENCH_PROFILE=<dir> keeps CPU profiles of both servers.
 */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { signAccessToken } from '../../src/auth/access-token.js';
import { dataSourceOptions } from '../../src/database/data-source.js';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { runMigrationsLocked } from '../../src/database/migrate.js';
import { buildQueueQuery } from '../../src/tickets/ticket-queue.sql.js';
import { TICKET_COLUMNS } from '../../src/tickets/ticket-row.js';
import { freePort } from '../../tests/support/free-port.js';
import { seed } from './seed.js';
import { BENCH_SECRET } from './shared.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const QUERY = process.env.BENCH_QUERY ?? 'limit=25';

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (options: Record<string, unknown>, done: (error: Error | null, result: AutocannonResult) => void) => unknown;
// autocannon ships no types; this is the one call used here.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

function load(url: string, headers: Record<string, string>, options: { duration: number; rate?: number }): Promise<Figures> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, headers, connections: CONNECTIONS, duration: options.duration, ...(options.rate ? { overallRate: options.rate } : {}) },
      (error, result) => {
        if (error) return reject(error);
        resolve({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors });
      },
    );
  });
}

function start(script: string, env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(join(import.meta.dirname, script), [], {
      // BENCH_PROFILE=<dir> writes a CPU profile of each server there when it stops.
      execArgv: ['--import', '@swc-node/register/esm-register', ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [])],
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    child.once('message', (message) => resolve({ child, port: (message as { port: number }).port }));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send('stop');
  const timer = setTimeout(() => child.kill('SIGTERM'), 10_000);
  await exited;
  clearTimeout(timer);
}

const row = (name: string, figures: Figures) =>
  `${name.padEnd(26)} ${figures.rps.toFixed(0).padStart(8)} req/s   p50 ${String(figures.p50).padStart(5)} ms   p99 ${String(figures.p99).padStart(5)} ms` +
  (figures.non2xx || figures.errors ? `   (${figures.non2xx} non-2xx, ${figures.errors} errors)` : '');

const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
const database = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: 'bench', fast: true });
const children: ChildProcess[] = [];
try {
  const dataSource = await new DataSource({ ...dataSourceOptions(database.url), logging: false }).initialize();
  await runMigrationsLocked(dataSource);
  await dataSource.destroy();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const seededAt = Date.now();
  const seeded = await seed(client);
  console.log(`seeded 100,000 tickets in ${((Date.now() - seededAt) / 1000).toFixed(1)} s`);
  const plan = buildQueueQuery(seeded.newsroomId, seeded.userId, { sort: 'updated', limit: 25 }, TICKET_COLUMNS);
  const explain = await client.query(`EXPLAIN (ANALYZE, BUFFERS OFF, COSTS OFF) ${plan.text}`, plan.values);
  console.log('queue query plan:\n  ' + explain.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n  '));
  await client.end();

  const env = { BENCH_DATABASE_URL: database.url, BENCH_DATA_DIR: dir, BENCH_NEWSROOM_ID: seeded.newsroomId, BENCH_USER_ID: seeded.userId };
  const desk = await start('desk-server.ts', env);
  children.push(desk.child);
  const bare = await start('bare-server.ts', env);
  children.push(bare.child);
  const token = signAccessToken(BENCH_SECRET, { sub: seeded.userId, sid: seeded.sessionId, ver: 0 });
  const targets = {
    desk: { url: `http://127.0.0.1:${desk.port}/api/newsrooms/${seeded.slug}/tickets?${QUERY}`, headers: { authorization: `Bearer ${token}` } },
    bare: { url: `http://127.0.0.1:${bare.port}/?${QUERY}`, headers: {} },
  };
  const probe = await fetch(targets.desk.url, { headers: targets.desk.headers });
  const page = (await probe.json()) as { items: unknown[] };
  if (probe.status !== 200 || page.items.length !== 25) throw new Error(`desk answered ${probe.status} with ${page.items?.length} items`);

  console.log(`\nGET ...tickets?${QUERY}, ${CONNECTIONS} connections, ${DURATION} s per run, alternating servers`);
  for (const target of Object.values(targets)) await load(target.url, target.headers, { duration: 2 }); // warm-up
  const max = { desk: await load(targets.desk.url, targets.desk.headers, { duration: DURATION }), bare: await load(targets.bare.url, targets.bare.headers, { duration: DURATION }) };
  const half = {
    desk: await load(targets.desk.url, targets.desk.headers, { duration: DURATION, rate: Math.round(max.desk.rps / 2) }),
    bare: await load(targets.bare.url, targets.bare.headers, { duration: DURATION, rate: Math.round(max.bare.rps / 2) }),
  };
  console.log(row('desk, max rate', max.desk));
  console.log(row('bare node:http + pg', max.bare));
  console.log(row('desk, at half its max', half.desk));
  console.log(row('bare, at half its max', half.bare));
  const ratio = max.desk.rps / max.bare.rps;
  console.log(`\nthroughput ratio desk/bare: ${(ratio * 100).toFixed(0)} % (goal ≥ 70 %)`);
  console.log(`desk p99 at half its max rate: ${half.desk.p99} ms (goal ≤ 10 ms)`);
} finally {
  for (const child of children) await stop(child).catch(() => undefined);
  await database.stop();
  await rm(dir, { recursive: true, force: true });
}

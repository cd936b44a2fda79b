/**
 * Queue endpoint benchmark (not a test): `npm run bench:queue`.
 *
 * Starts its own embedded PostgreSQL on a free loopback port, seeds 100,000
 * tickets, then measures side by side, in one run and alternating:
 *   - the real desk (createDesk) answering GET /api/newsrooms/:slug/tickets,
 *   - a bare node:http + pg server running the same SQL,
 * each in its own process, loaded from this one. Prints, for each server:
 *   - throughput and p50/p99 at full load (autocannon, closed loop),
 *   - p50/p99 at half of that server's maximum rate, from an open-loop paced
 *     load (latency counted from when each request was due), with how late
 *     the generator itself sent (its own scheduling delay: a floor under any
 *     p99 when generator, server and PostgreSQL share two cores),
 *   - CPU time per request of the server process and of PostgreSQL, which
 *     says where a gap comes from better than throughput on a shared machine,
 * and the desk/bare throughput ratio. Figures depend on whatever else the
 * machine is doing at the time. BENCH_PROFILE=<dir> keeps CPU profiles of
 * both servers, BENCH_NODE_FLAGS adds Node flags to both. BENCH_CONNECTIONS
 * (16), BENCH_WARMUP (10 s), BENCH_ROUNDS (4), BENCH_DURATION (5 s per server
 * and round) and BENCH_QUERY (limit=25) change the load.
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
import { pacedLoad } from '../paced-load.js';
import { postgresCpuMicros } from '../process-cpu.js';
import { median } from '../stats.js';
import { seed } from './seed.js';
import { BENCH_SECRET, type ParentMessage, type ServerMessage } from './shared.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
// Both servers run this long before anything is measured: on a slow machine the JIT needs it (the desk's CPU per request fell by a third between a 2 s and a 12 s warm-up).
const WARMUP = Number(process.env.BENCH_WARMUP ?? 10);
const QUERY = process.env.BENCH_QUERY ?? 'limit=25';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (options: Record<string, unknown>, done: (error: Error | null, result: AutocannonResult) => void) => unknown;
// autocannon ships no types; this is the one call used here.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

interface Figures {
  rps: number;
  requests: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

function load(url: string, headers: Record<string, string>, duration: number): Promise<Figures> {
  return new Promise((resolve, reject) => {
    autocannon({ url, headers, connections: CONNECTIONS, duration }, (error, result) => {
      if (error) return reject(error);
      resolve({ rps: result.requests.average, requests: result.requests.total, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors });
    });
  });
}

interface Server {
  child: ChildProcess;
  port: number;
  /** Microseconds of CPU the server process has used so far. */
  cpu(): Promise<number>;
}

function start(script: string, env: Record<string, string>): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = fork(join(import.meta.dirname, script), [], {
      // BENCH_PROFILE=<dir> writes a CPU profile of each server there when it stops.
      execArgv: [
        '--import',
        '@swc-node/register/esm-register',
        ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
        // BENCH_NODE_FLAGS (space-separated) run both servers with other runtime flags, e.g. garbage-collector settings.
        ...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []),
      ],
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const cpu = () =>
      new Promise<number>((answer) => {
        const listener = (message: ServerMessage) => {
          if (message.type !== 'cpu') return;
          child.off('message', listener);
          answer(message.micros);
        };
        child.on('message', listener);
        child.send({ type: 'cpu' } satisfies ParentMessage);
      });
    child.once('message', (message: ServerMessage) => message.type === 'ready' && resolve({ child, port: message.port, cpu }));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send({ type: 'stop' } satisfies ParentMessage);
  const timer = setTimeout(() => child.kill('SIGTERM'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** CPU per answered request, in microseconds, of the server process and of PostgreSQL during `run`. */
async function metered<T extends { requests: number }>(server: Server, clusterDir: string, run: () => Promise<T>): Promise<T & { serverCpu: number; postgresCpu: number }> {
  const [server0, postgres0] = [await server.cpu(), postgresCpuMicros(clusterDir)];
  const figures = await run();
  const [server1, postgres1] = [await server.cpu(), postgresCpuMicros(clusterDir)];
  const per = (micros: number) => micros / Math.max(1, figures.requests);
  return { ...figures, serverCpu: per(server1 - server0), postgresCpu: per(postgres1 - postgres0) };
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '-').padStart(6);
const cpu = (figures: { serverCpu: number; postgresCpu: number }) =>
  `   CPU/request: server ${figures.serverCpu.toFixed(0).padStart(5)} µs, PostgreSQL ${figures.postgresCpu.toFixed(0).padStart(4)} µs`;
const failures = (bad: number) => (bad ? `   (${bad} failed)` : '');
const percent = (ratio: number) => `${(ratio * 100).toFixed(0)} %`;

type Name = 'desk' | 'bare';
type Measured = Figures & { serverCpu: number; postgresCpu: number; lateP99?: number };

/**
 * Runs `measure` for both servers ROUNDS times, in ABBA order (desk, bare,
 * bare, desk, ...): the machine's speed drifts over a run (other tenants,
 * thermal limits), and alternating short runs gives both servers the same
 * share of each phase, so the per-round ratios hold where one long run each
 * would compare a fast minute with a slow one.
 */
async function inRounds(measure: (name: Name) => Promise<Measured>): Promise<Record<Name, Measured[]>> {
  const rounds: Record<Name, Measured[]> = { desk: [], bare: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of round % 2 === 0 ? (['desk', 'bare'] as const) : (['bare', 'desk'] as const)) rounds[name].push(await measure(name));
  }
  return rounds;
}

/** One server's rounds together: mean rate, median latencies, CPU per request over all of them. */
function overall(rounds: Measured[]): Measured {
  const requests = rounds.reduce((sum, round) => sum + round.requests, 0);
  const weighted = (key: 'serverCpu' | 'postgresCpu') => rounds.reduce((sum, round) => sum + round[key] * round.requests, 0) / Math.max(1, requests);
  return {
    rps: rounds.reduce((sum, round) => sum + round.rps, 0) / rounds.length,
    requests,
    p50: median(rounds.map((round) => round.p50)),
    p99: median(rounds.map((round) => round.p99)),
    non2xx: rounds.reduce((sum, round) => sum + round.non2xx, 0),
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
    serverCpu: weighted('serverCpu'),
    postgresCpu: weighted('postgresCpu'),
  };
}

function report(title: string, rounds: Record<Name, Measured[]>): void {
  console.log(`\n${title}`);
  for (const name of ['desk', 'bare'] as const) {
    const figures = overall(rounds[name]);
    console.log(`  ${name.padEnd(5)} ${figures.rps.toFixed(0).padStart(6)} req/s   p50 ${ms(figures.p50)} ms   p99 ${ms(figures.p99)} ms${cpu(figures)}${failures(figures.non2xx + figures.errors)}`);
    const late = (round: Measured) => (round.lateP99 === undefined ? '' : ` (sent late p99 ${round.lateP99.toFixed(1)} ms)`);
    console.log(`        rounds: ${rounds[name].map((round) => `${round.rps.toFixed(0)} req/s p99 ${round.p99.toFixed(1)} ms${late(round)}`).join(' | ')}`);
  }
}

const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
const database = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: 'bench', fast: true });
const clusterDir = join(dir, 'postgres');
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
    desk: { server: desk, url: `http://127.0.0.1:${desk.port}/api/newsrooms/${seeded.slug}/tickets?${QUERY}`, headers: { authorization: `Bearer ${token}` } },
    bare: { server: bare, url: `http://127.0.0.1:${bare.port}/?${QUERY}`, headers: {} },
  };
  const probe = await fetch(targets.desk.url, { headers: targets.desk.headers });
  const page = (await probe.json()) as { items: unknown[] };
  if (probe.status !== 200 || page.items.length !== 25) throw new Error(`desk answered ${probe.status} with ${page.items?.length} items`);

  console.log(`\nGET ...tickets?${QUERY}, ${CONNECTIONS} connections, ${WARMUP} s warm-up per server, then ${ROUNDS} rounds of ${DURATION} s per server, alternating (ABBA)`);
  for (const target of Object.values(targets)) await load(target.url, target.headers, WARMUP);
  const paced = async (target: { url: string; headers: Record<string, string> }, rate: number) => {
    const figures = await pacedLoad(target.url, target.headers, { rate, seconds: DURATION, connections: CONNECTIONS });
    return { ...figures, requests: figures.ok, rps: rate, non2xx: figures.failed, errors: 0 };
  };
  const max = await inRounds((name) => metered(targets[name].server, clusterDir, () => load(targets[name].url, targets[name].headers, DURATION)));
  const halfRate = { desk: Math.round(overall(max.desk).rps / 2), bare: Math.round(overall(max.bare).rps / 2) };
  const half = await inRounds((name) => metered(targets[name].server, clusterDir, () => paced(targets[name], halfRate[name])));

  report('maximum rate (closed loop)', max);
  report("half of each server's maximum (open loop, latency from when each request was due)", half);
  const ratios = max.desk.map((desk, round) => desk.rps / max.bare[round]!.rps);
  const ratio = median(ratios);
  const deskHalf = overall(half.desk);
  console.log(`\nthroughput ratio desk/bare, median of the rounds: ${percent(ratio)} (rounds: ${ratios.map(percent).join(', ')}; goal ≥ 70 %)`);
  console.log(`desk p99 at half its max rate, median of the rounds: ${deskHalf.p99.toFixed(1)} ms (goal ≤ 10 ms)`);
} finally {
  for (const child of children) await stop(child).catch(() => undefined);
  await database.stop();
  await rm(dir, { recursive: true, force: true });
}

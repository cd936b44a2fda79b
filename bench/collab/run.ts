/**
 * Live-editing benchmark (not a test): `npm run bench:collab [-- --editors 1000
 * --documents 200 --typists 100 --rate 5 --seconds 20 --warmup 5 --rounds 1
 * --profile <dir>]` (--profile writes a CPU profile of each server process).
 *
 * Loads, in one run and one after the other with the same load, a standalone
 * in-memory Hocuspocus server (debounced store, not durable) and the real
 * desk (durable before acknowledgement, PostgreSQL with synchronous commit),
 * each in its own process, from real `@hocuspocus/provider` clients in this
 * one. Prints propagation and acknowledgement latency p50/p99, server memory
 * per connection, and the desk/standalone ratios. Uses BENCH_DATABASE_URL
 * (an empty database it may migrate) or starts its own embedded PostgreSQL.
 * Figures depend on whatever else the machine is doing at the time.
 */
import 'reflect-metadata';
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { signAccessToken } from '../../src/auth/access-token.js';
import { dataSourceOptions } from '../../src/database/data-source.js';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { runMigrationsLocked } from '../../src/database/migrate.js';
import { freePort } from '../../tests/support/free-port.js';
import { quantile } from '../stats.js';
import { type LoadFigures, runLoad } from './load.js';
import { BENCH_SECRET, type ParentMessage, type ServerMessage } from './shared.js';

const { values: flags } = parseArgs({
  options: {
    editors: { type: 'string', default: '1000' },
    documents: { type: 'string', default: '200' },
    typists: { type: 'string', default: '100' },
    rate: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '1' },
    profile: { type: 'string' },
  },
});
const editors = Number(flags.editors);
const documents = Number(flags.documents);
const typists = Math.min(Number(flags.typists), editors);
const rate = Number(flags.rate);

async function database(): Promise<{ url: string; embedded?: EmbeddedPostgres; dir?: string }> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL };
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-collab-'));
  const embedded = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: 'claimdesk' });
  return { url: embedded.url, embedded, dir };
}

/** One newsroom, editors with live sessions, and `documents` tickets in drafting. */
async function seed(url: string): Promise<{ tokens: string[]; names: string[] }> {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  await runMigrationsLocked(dataSource);
  await dataSource.destroy();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const suffix = Date.now().toString(36);
  const newsroom = (await client.query<{ id: string }>(`INSERT INTO newsrooms (slug, name, settings) VALUES ($1, 'Bench', '{}') RETURNING id`, [`bench-${suffix}`]))
    .rows[0]!.id;
  const tokens: string[] = [];
  for (let i = 0; i < 20; i += 1) {
    const user = (
      await client.query<{ id: string }>(`INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, 'x') RETURNING id`, [
        `bench-${suffix}-${i}@example.org`,
        `Editor ${i}`,
      ])
    ).rows[0]!.id;
    await client.query(`INSERT INTO memberships (newsroom_id, user_id, role) VALUES ($1, $2, 'editor')`, [newsroom, user]);
    const session = (await client.query<{ id: string }>(`INSERT INTO auth_sessions (user_id) VALUES ($1) RETURNING id`, [user])).rows[0]!.id;
    tokens.push(signAccessToken(BENCH_SECRET, { sub: user, sid: session, ver: 0 }, 3600));
  }
  const names: string[] = [];
  for (let i = 0; i < documents; i += 1) {
    const ticket = await client.query<{ id: string }>(
      `WITH seq AS (UPDATE newsrooms SET ticket_seq = ticket_seq + 1 WHERE id = $1 RETURNING ticket_seq)
       INSERT INTO tickets (newsroom_id, number, claim, status, created_by, updated_by)
       SELECT $1, seq.ticket_seq, $2, 'drafting', $3, $3 FROM seq RETURNING id`,
      [newsroom, `Bench claim ${i}`, (await client.query<{ id: string }>(`SELECT user_id AS id FROM memberships WHERE newsroom_id = $1 LIMIT 1`, [newsroom])).rows[0]!.id],
    );
    names.push(`ticket:${ticket.rows[0]!.id}`);
  }
  await client.end();
  return { tokens, names };
}

function ask<T extends ServerMessage['type']>(child: ChildProcess, message: ParentMessage, answer: T): Promise<Extract<ServerMessage, { type: T }>> {
  return new Promise((resolve) => {
    const listener = (reply: ServerMessage) => {
      if (reply.type !== answer) return;
      child.off('message', listener);
      resolve(reply as Extract<ServerMessage, { type: T }>);
    };
    child.on('message', listener);
    child.send(message);
  });
}

interface Result extends LoadFigures {
  memoryPerConnection: number;
  commits: number;
  rows: number;
}

async function measure(script: string, env: Record<string, string>, names: string[], tokens: string[]): Promise<Result> {
  const child = fork(join(import.meta.dirname, script), [], {
    env: { ...process.env, ...env },
    execArgv: [...process.execArgv, '--expose-gc', ...(flags.profile ? ['--cpu-prof', `--cpu-prof-dir=${flags.profile}`] : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<Extract<ServerMessage, { type: 'ready' }>>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    child.on('message', (message: ServerMessage) => message.type === 'ready' && resolve(message));
  });
  const before = await ask(child, { type: 'memory' }, 'memory');
  const statsBefore = await ask(child, { type: 'stats' }, 'stats');
  let after = before;
  const figures = await runLoad({
    url: `ws://127.0.0.1:${ready.port}/collab`,
    documents: names,
    tokens,
    editors,
    typists,
    rate,
    warmupSeconds: Number(flags.warmup),
    seconds: Number(flags.seconds),
    connected: async () => {
      after = await ask(child, { type: 'memory' }, 'memory');
    },
  });
  const stats = await ask(child, { type: 'stats' }, 'stats');
  child.removeAllListeners('exit');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send({ type: 'stop' } satisfies ParentMessage);
  await exited;
  return {
    ...figures,
    memoryPerConnection: (after.heapUsed - before.heapUsed) / editors,
    commits: stats.commits - statsBefore.commits,
    rows: stats.rows - statsBefore.rows,
  };
}

const percentile = (values: number[], p: number) => quantile(values, p / 100);
const ms = (value: number) => (Number.isNaN(value) ? '-' : `${value.toFixed(2)} ms`);

const db = await database();
try {
  const { tokens, names } = await seed(db.url);
  const dataDir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-data-'));
  console.log(`bench:collab: ${editors} editors over ${documents} documents, ${typists} typing at ${rate}/s (${typists * rate} updates/s), ${flags.warmup} s warm-up + ${flags.seconds} s measured, ${flags.rounds} round(s)`);
  const memory: Result[] = [];
  const desk: Result[] = [];
  for (let round = 0; round < Number(flags.rounds); round += 1) {
    memory.push(await measure('memory-server.ts', {}, names, tokens));
    desk.push(await measure('desk-server.ts', { BENCH_DATABASE_URL: db.url, BENCH_DATA_DIR: dataDir }, names, tokens));
  }
  const merge = (results: Result[]) => ({
    propagation: results.flatMap((r) => r.propagation),
    acks: results.flatMap((r) => r.acks),
    sent: results.reduce((sum, r) => sum + r.sent, 0),
    memory: results.reduce((sum, r) => sum + r.memoryPerConnection, 0) / results.length,
    commits: results.reduce((sum, r) => sum + r.commits, 0),
    rows: results.reduce((sum, r) => sum + r.rows, 0),
  });
  const m = merge(memory);
  const d = merge(desk);
  const row = (label: string, a: string, b: string, ratio: string) => console.log(`${label.padEnd(26)}${a.padEnd(26)}${b.padEnd(26)}${ratio}`);
  console.log('');
  row('', 'standalone (in memory)', 'claimdesk (durable)', 'ratio');
  row('updates typed (measured)', String(m.sent), String(d.sent), '');
  row('propagation p50', ms(percentile(m.propagation, 50)), ms(percentile(d.propagation, 50)), (percentile(d.propagation, 50) / percentile(m.propagation, 50)).toFixed(2));
  row('propagation p99', ms(percentile(m.propagation, 99)), ms(percentile(d.propagation, 99)), (percentile(d.propagation, 99) / percentile(m.propagation, 99)).toFixed(2));
  row('acknowledgement p50', ms(percentile(m.acks, 50)), ms(percentile(d.acks, 50)), '');
  row('acknowledgement p99', ms(percentile(m.acks, 99)), ms(percentile(d.acks, 99)), '(standalone: in memory, not durable)');
  row('heap per connection', `${(m.memory / 1024).toFixed(1)} KiB`, `${(d.memory / 1024).toFixed(1)} KiB`, (d.memory / m.memory).toFixed(2));
  row('rows per commit', '-', d.commits ? (d.rows / d.commits).toFixed(2) : '-', '');
  await rm(dataDir, { recursive: true, force: true });
} finally {
  await db.embedded?.stop();
  if (db.dir) await rm(db.dir, { recursive: true, force: true });
}

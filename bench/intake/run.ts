/**
 * Intake benchmarks (figures, not tests): `npm run bench:intake`.
 *
 * Starts its own embedded PostgreSQL (fsync off: a bench database) and the
 * real desk in this process, then measures, one request at a time after a
 * warm-up, each for at most BENCH_BUDGET seconds:
 *
 * 1. intake of a 5,000-word article (generated, a different one per request)
 *    with 100,000 tickets in the newsroom: POST .../intake through HTTP,
 *    and in the same run `analyseArticle` alone, `ClaimMatcher.match` alone
 *    on the article's 20 candidates, and the matcher's two SQL statements
 *    alone through a bare `pg` client (same probes); goal p95 ≤ 50 ms;
 * 2. similar tickets with 1,000,000 tickets: GET .../tickets/:id/similar,
 *    `ClaimMatcher.match` for the one claim, and the same retrieval SQL
 *    through bare `pg` (same probe, same index); goal p95 ≤ 20 ms.
 *
 * Prints the machine's load at the start and the end, how many rows each
 * probe's full-text query finds before ranking, the plans (EXPLAIN ANALYZE)
 * and where the analysis spends its CPU (a sampled profile; BENCH_PROFILE=<dir>
 * keeps it). BENCH_WARMUP (10), BENCH_RUNS (50), BENCH_BUDGET (60 s per
 * measurement, a third more for its warm-up), BENCH_INTAKE_TICKETS (100000), BENCH_SIMILAR_TICKETS (1000000).
 */
import 'reflect-metadata';
import { cpus } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { signAccessToken } from '../../src/auth/access-token.js';
import { createDesk } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config/config.js';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { analyseArticle, type ArticleAnalysis } from '../../src/intake/analysis/analyse-article.js';
import { CANDIDATES_KEPT } from '../../src/intake/intake.service.js';
import { type ClaimProbe, ClaimMatcher } from '../../src/intake/matching/claim-matcher.service.js';
import { freePort } from '../../tests/support/free-port.js';
import { median } from '../stats.js';
import { buildArticle } from './article.js';
import { describe, load, measure } from './measure.js';
import { profileCpu } from './profile.js';
import { bareRetrieval, explain, FACT_CHECKS_SQL, matchingRows, probeTexts, TICKETS_SQL } from './retrieval.js';
import { seedNewsroom, seedTickets } from './seed.js';

const WARMUP = Number(process.env.BENCH_WARMUP ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const BUDGET_MS = Number(process.env.BENCH_BUDGET ?? 60) * 1000;
const INTAKE_TICKETS = Number(process.env.BENCH_INTAKE_TICKETS ?? 100_000);
const SIMILAR_TICKETS = Number(process.env.BENCH_SIMILAR_TICKETS ?? 1_000_000);
const SECRET = 'intake-bench-secret-that-is-long-enough-for-hs256';
const plan = { warmup: WARMUP, runs: RUNS, budgetMs: BUDGET_MS };
const thousands = (n: number) => n.toLocaleString('en-US');

console.log(`intake bench: load ${load()} at the start (${cpus().length} cores); ${WARMUP} warm-up runs, then up to ${RUNS} runs of each, ${BUDGET_MS / 1000} s at most`);
const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-intake-'));
const database = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: await freePort(), database: 'bench', fast: true });
const clients = [new pg.Client({ connectionString: database.url }), new pg.Client({ connectionString: database.url })] as [pg.Client, pg.Client];
let closeDesk: (() => Promise<void>) | undefined;
try {
  const config = loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: database.url,
    DATA_DIR: join(dir, 'data'),
    JWT_SECRET: SECRET,
    DEMO_DATA: 'false',
    // Neither request lines nor slow-query warnings: the bench prints to this terminal (a log line costs microseconds against milliseconds here).
    LOG_LEVEL: 'error',
    WEBHOOK_WORKER: 'off',
  });
  const app = await createDesk({ config, databaseUrl: database.url });
  closeDesk = () => app.close();
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  for (const client of clients) await client.connect();
  const [client] = clients;
  const matcher = app.get(ClaimMatcher);

  const newsroom = await seedNewsroom(client);
  const headers = { authorization: `Bearer ${signAccessToken(SECRET, { sub: newsroom.userId, sid: newsroom.sessionId, ver: 0 })}` };
  const api = `${base}/api/newsrooms/${newsroom.slug}`;
  const seeding = async (from: number, to: number) => {
    const started = performance.now();
    await seedTickets(client, newsroom, from, to, (done) => process.stdout.write(`\r  seeding tickets: ${thousands(done)} of ${thousands(to - from + 1)}`));
    console.log(`\r  seeded ${thousands(to - from + 1)} tickets (now ${thousands(to)}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };

  // 1. Intake of a long article against 100,000 tickets.
  await seeding(1, INTAKE_TICKETS);
  const articles = Array.from({ length: WARMUP + RUNS }, (_, index) => buildArticle(5_000, 2016 + index));
  const analyses = articles.map((article) => analyseArticle({ text: article.text }));
  const probesOf = (analysis: ArticleAnalysis): ClaimProbe[] =>
    analysis.candidates.slice(0, CANDIDATES_KEPT).map((candidate) => ({ text: candidate.text, language: analysis.language.code }));
  const first = analyses[0]!;
  console.log(
    `\n1. POST .../intake: a ${thousands(articles[0]!.words)}-word article (${thousands(articles[0]!.text.length)} characters, ${first.sentences.length} sentences, ` +
      `language ${first.language.code}), ${thousands(INTAKE_TICKETS)} tickets in the newsroom`,
  );
  const intake = await measure('desk: POST .../intake (HTTP)', plan, async (index) => {
    const response = await fetch(`${api}/intake`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ text: articles[index % articles.length]!.text }) });
    const body = (await response.json()) as { candidates?: unknown[] };
    if (response.status !== 201 || body.candidates?.length !== CANDIDATES_KEPT) throw new Error(`intake answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
  });
  const analysis = await measure('analyseArticle alone', plan, (index) => Promise.resolve(analyseArticle({ text: articles[index % articles.length]!.text })));
  const matching = await measure(`ClaimMatcher.match alone (${CANDIDATES_KEPT} candidates)`, plan, (index) => matcher.match(newsroom.newsroomId, probesOf(analyses[index % analyses.length]!)));
  const articleProbes = await Promise.all(analyses.map((each) => probeTexts(matcher, probesOf(each))));
  const bare = await measure(`bare pg: the matcher's 2 statements (${CANDIDATES_KEPT} probes)`, plan, (index) =>
    bareRetrieval(clients, newsroom.newsroomId, articleProbes[index % articleProbes.length]!),
  );
  console.log([describe(intake, { p95: 50 }), describe(analysis), describe(matching), describe(bare)].join('\n'));
  const found = await matchingRows(client, newsroom.newsroomId, articleProbes[0]!);
  console.log(`  tickets each of the first article's ${found.length} probes finds before ranking keeps 20: median ${thousands(median(found))}, max ${thousands(Math.max(...found))}`);
  console.log(`  plan of the tickets statement for those probes:\n${await explain(client, TICKETS_SQL, [newsroom.newsroomId, articleProbes[0]])}`);
  const profile = await profileCpu(
    () => {
      for (const article of articles.slice(0, 20)) analyseArticle({ text: article.text });
    },
    { keepIn: process.env.BENCH_PROFILE },
  );
  console.log(`  where analyseArticle spends its CPU (self time, 20 articles):\n${profile}`);

  // 2. Similar tickets among 1,000,000.
  console.log('');
  await seeding(INTAKE_TICKETS + 1, SIMILAR_TICKETS);
  const numbers = Array.from({ length: WARMUP + RUNS }, (_, k) => 1 + ((k * 7_919_111 + 12_345) % SIMILAR_TICKETS));
  const probed = await client.query<{ id: string; claim: string; number: number }>(`SELECT id, claim, number FROM tickets WHERE newsroom_id = $1 AND number = ANY($2::int[])`, [
    newsroom.newsroomId,
    numbers,
  ]);
  const tickets = numbers.map((number) => probed.rows.find((row) => row.number === number)!);
  const oneProbe = await Promise.all(tickets.map((ticket) => probeTexts(matcher, [{ text: ticket.claim, language: 'en' }])));
  console.log(`\n2. GET .../tickets/:id/similar: ${thousands(SIMILAR_TICKETS)} tickets in the newsroom, a different ticket per request`);
  const similar = await measure('desk: GET .../tickets/:id/similar (HTTP)', plan, async (index) => {
    const response = await fetch(`${api}/tickets/${tickets[index % tickets.length]!.id}/similar`, { headers });
    const body = (await response.json()) as { items?: unknown[] };
    if (response.status !== 200 || !Array.isArray(body.items)) throw new Error(`similar answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
  });
  const matchOne = await measure('ClaimMatcher.match alone (1 claim)', plan, (index) => {
    const ticket = tickets[index % tickets.length]!;
    return matcher.match(newsroom.newsroomId, [{ text: ticket.claim, language: 'en', excludeTicketId: ticket.id }]);
  });
  const bareTickets = await measure("bare pg: the matcher's tickets statement", plan, (index) => client.query(TICKETS_SQL, [newsroom.newsroomId, oneProbe[index % oneProbe.length]]));
  const bareBoth = await measure("bare pg: the matcher's 2 statements", plan, (index) => bareRetrieval(clients, newsroom.newsroomId, oneProbe[index % oneProbe.length]!));
  console.log([describe(similar, { p95: 20 }), describe(matchOne), describe(bareTickets), describe(bareBoth)].join('\n'));
  const perProbe = await matchingRows(client, newsroom.newsroomId, oneProbe.slice(0, 20).flat());
  console.log(`  tickets each of the first 20 probes finds before ranking keeps 20: median ${thousands(median(perProbe))}, max ${thousands(Math.max(...perProbe))}`);
  console.log(`  probe of ticket ${tickets[0]!.number}: "${tickets[0]!.claim}"\n    → ${oneProbe[0]![0]}`);
  console.log(`  plan of the tickets statement for it:\n${await explain(client, TICKETS_SQL, [newsroom.newsroomId, oneProbe[0]])}`);
  console.log(`  plan of the fact-checks statement for it:\n${await explain(client, FACT_CHECKS_SQL, [oneProbe[0]])}`);
  console.log(`\nload ${load()} at the end`);
} finally {
  for (const client of clients) await client.end().catch(() => undefined);
  await closeDesk?.().catch(() => undefined);
  await database.stop();
  await rm(dir, { recursive: true, force: true });
}

/**
 * What would make the matcher's retrieval fast (figures, not a test):
 *
 *   node --import @swc-node/register/esm-register bench/intake/retrieval-options.ts
 *
 * On its own embedded PostgreSQL with BENCH_TICKETS (100,000) generated
 * tickets, times the matcher's tickets statement for the 20 candidates of a
 * 5,000-word article and for single claims, as it is and changed in two
 * independent ways, all in one run on the same data:
 *
 * - stored: the claim's tsvector kept in a generated column with its own
 *   GIN index, so neither the index recheck nor ts_rank parses the claim
 *   again for every row the query finds;
 * - pairs: the probe asks for two of the sentence's terms or figures at
 *   once instead of any one of them, which is what `sameClaim` needs to say
 *   "same claim" anyway (two shared words, or one and the same figures).
 *
 * - rare terms: the probe keeps only the terms that at most 1 % of the
 *   tickets contain, read from the statistics ANALYZE keeps for a tsvector
 *   column (pg_stats.most_common_elems), figures and phrases always.
 *
 * Prints p50/p95 per variant and how many rows each finds before ranking.
 */
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source.js';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { runMigrationsLocked } from '../../src/database/migrate.js';
import { analyseArticle } from '../../src/intake/analysis/analyse-article.js';
import { freePort } from '../../tests/support/free-port.js';
import { median } from '../stats.js';
import { buildArticle } from './article.js';
import { describe, load, measure } from './measure.js';
import { probeText, TICKETS_SQL } from './retrieval.js';
import { seedNewsroom, seedTickets } from './seed.js';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 100_000);
const plan = { warmup: 3, runs: Number(process.env.BENCH_RUNS ?? 20), budgetMs: Number(process.env.BENCH_BUDGET ?? 40) * 1000 };

/** Any two of the probe's parts, instead of any one: `(a & b) | (a & c) | ...`. */
function pairsOf(probe: string): string {
  const parts = probe.split(' | ').filter(Boolean);
  if (parts.length < 2) return probe;
  const pairs: string[] = [];
  for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) pairs.push(`(${parts[i]} & ${parts[j]})`);
  return pairs.join(' | ');
}

/** Lexeme frequencies PostgreSQL's ANALYZE keeps for the stored tsvector (most common elements, share of rows). */
async function lexemeShares(client: pg.Client): Promise<Map<string, number>> {
  const stats = await client.query<{ elems: string[] | null; freqs: number[] | null }>(
    `SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs FROM pg_stats WHERE tablename = 'tickets' AND attname = 'claim_tsv'`,
  );
  const { elems, freqs } = stats.rows[0] ?? { elems: null, freqs: null };
  return new Map((elems ?? []).map((elem, index) => [elem, freqs![index]!]));
}

/**
 * The probe without its common parts: a term that more than `limit` of the
 * tickets contain (as ANALYZE counted, prefixes summed over the lexemes they
 * cover) finds rows the comparison will mostly throw away. Figures and
 * phrases stay; when every word is common, the two rarest stay.
 */
function rareOnly(probe: string, shares: Map<string, number>, limit = 0.01): string {
  const parts = probe.split(' | ').filter(Boolean);
  const share = (part: string) => {
    const word = /^'([^']+)'(:\*)?$/.exec(part);
    if (!word) return 0;
    if (!word[2]) return shares.get(word[1]!) ?? 0;
    let sum = 0;
    for (const [lexeme, value] of shares) if (lexeme.startsWith(word[1]!)) sum += value;
    return sum;
  };
  const scored = parts.map((part) => ({ part, share: share(part) }));
  const rare = scored.filter((entry) => entry.share <= limit);
  const kept = rare.length >= 2 ? rare : [...scored].sort((a, b) => a.share - b.share).slice(0, 2);
  return kept.map((entry) => entry.part).join(' | ');
}

const STORED_SQL = TICKETS_SQL.replaceAll("to_tsvector('simple'::regconfig, t.claim)", 't.claim_tsv');

console.log(`retrieval options: load ${load()} at the start`);
const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-retrieval-'));
const database = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: 'bench', fast: true });
const client = new pg.Client({ connectionString: database.url });
try {
  const dataSource = await new DataSource({ ...dataSourceOptions(database.url), logging: false }).initialize();
  await runMigrationsLocked(dataSource);
  await dataSource.destroy();
  await client.connect();
  const newsroom = await seedNewsroom(client);
  await seedTickets(client, newsroom, 1, TICKETS, () => undefined);
  const started = performance.now();
  await client.query(`ALTER TABLE tickets ADD COLUMN claim_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, claim)) STORED`);
  await client.query(`CREATE INDEX tickets_claim_tsv_idx ON tickets USING gin (claim_tsv)`);
  await client.query('VACUUM ANALYZE tickets');
  console.log(`${TICKETS.toLocaleString('en-US')} tickets; stored tsvector column and its index added in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const shares = await lexemeShares(client);
  const rare = (probe: string) => rareOnly(probe, shares);
  const analysis = analyseArticle({ text: buildArticle(5_000, 2016).text });
  const articleProbes = analysis.candidates.slice(0, 20).map((candidate) => probeText(candidate.text, analysis.language.code));
  const claims = await client.query<{ claim: string }>(`SELECT claim FROM tickets WHERE number % $1 = 7 ORDER BY number LIMIT 40`, [Math.max(1, Math.floor(TICKETS / 40))]);
  const claimProbes = claims.rows.map((row) => probeText(row.claim, 'en'));

  const found = async (sql: string, probes: string[]) => {
    const counts = await client.query<{ n: number }>(
      `SELECT (SELECT count(*)::int FROM tickets t WHERE t.newsroom_id = $1 AND ${sql}) AS n FROM unnest($2::text[]) AS p(q) WHERE p.q <> ''`,
      [newsroom.newsroomId, probes],
    );
    return median(counts.rows.map((row) => row.n));
  };
  const variants = [
    { name: 'as it is', sql: TICKETS_SQL, shape: (probe: string) => probe, match: `to_tsvector('simple'::regconfig, t.claim) @@ to_tsquery('simple'::regconfig, p.q)` },
    { name: 'stored tsvector', sql: STORED_SQL, shape: (probe: string) => probe, match: `t.claim_tsv @@ to_tsquery('simple'::regconfig, p.q)` },
    { name: 'pairs', sql: TICKETS_SQL, shape: pairsOf, match: `to_tsvector('simple'::regconfig, t.claim) @@ to_tsquery('simple'::regconfig, p.q)` },
    { name: 'stored tsvector + pairs', sql: STORED_SQL, shape: pairsOf, match: `t.claim_tsv @@ to_tsquery('simple'::regconfig, p.q)` },
    { name: 'rare terms (ANALYZE statistics)', sql: TICKETS_SQL, shape: rare, match: `to_tsvector('simple'::regconfig, t.claim) @@ to_tsquery('simple'::regconfig, p.q)` },
    { name: 'stored tsvector + rare terms', sql: STORED_SQL, shape: rare, match: `t.claim_tsv @@ to_tsquery('simple'::regconfig, p.q)` },
  ];
  console.log(`a probe and its rare terms: ${claimProbes[0]}\n    → ${rare(claimProbes[0]!)}`);
  for (const [title, probes, batch] of [
    ['the 20 candidates of a 5,000-word article, one statement', articleProbes, true],
    ['one claim per statement (similar tickets)', claimProbes, false],
  ] as const) {
    console.log(`\n${title}:`);
    for (const variant of variants) {
      const shaped = probes.map(variant.shape);
      const timings = await measure(variant.name, plan, (index) => client.query(variant.sql, [newsroom.newsroomId, batch ? shaped : [shaped[index % shaped.length]]]));
      console.log(`${describe(timings)}   rows found per probe: median ${(await found(variant.match, shaped)).toLocaleString('en-US')}`);
    }
  }
  console.log(`\nload ${load()} at the end`);
} finally {
  await client.end().catch(() => undefined);
  await database.stop();
  await rm(dir, { recursive: true, force: true });
}

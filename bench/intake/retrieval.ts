import type pg from 'pg';
import { claimTerms } from '../../src/intake/analysis/claim-terms.js';
import { type ClaimMatcher, FACT_CHECKS_SQL, TICKET_MATCHES_SQL } from '../../src/intake/matching/claim-matcher.service.js';

/**
 * The matcher's retrieval without the desk around it: the same queries (as
 * `ClaimMatcher.queries` builds them, rare words only once the statistics
 * say which are common) and the same two statements, sent with a bare `pg`
 * client. What is left between these and `ClaimMatcher.match` is the
 * comparison (`sameClaim`) and TypeORM.
 */
const TICKETS_SQL = TICKET_MATCHES_SQL;
export { FACT_CHECKS_SQL, TICKETS_SQL };

export async function probeTexts(matcher: ClaimMatcher, probes: readonly { text: string; language: string }[]): Promise<string[]> {
  return matcher.queries(probes.map((probe) => claimTerms(probe.text, probe.language)));
}

/** Both statements at once on two connections, as the matcher sends them on its pool. */
export async function bareRetrieval(clients: [pg.Client, pg.Client], newsroomId: string, probes: string[]): Promise<number> {
  const [tickets, published] = await Promise.all([clients[0].query(TICKETS_SQL, [newsroomId, probes]), clients[1].query(FACT_CHECKS_SQL, [probes])]);
  return tickets.rowCount! + published.rowCount!;
}

/** PostgreSQL's plan with actual times, indented for printing. */
export async function explain(client: pg.Client, sql: string, values: unknown[]): Promise<string> {
  const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, values);
  return plan.rows.map((row: Record<string, string>) => `    ${row['QUERY PLAN']}`).join('\n');
}

/** How many of the newsroom's tickets each probe's full-text query finds before ranking keeps 20: the work the ranking does. */
export async function matchingRows(client: pg.Client, newsroomId: string, probes: string[]): Promise<number[]> {
  const counts = await client.query<{ n: number }>(
    `SELECT (SELECT count(*)::int FROM tickets t WHERE t.newsroom_id = $1 AND to_tsvector('simple'::regconfig, t.claim) @@ to_tsquery('simple'::regconfig, p.q)) AS n
       FROM unnest($2::text[]) WITH ORDINALITY AS p(q, ord) WHERE p.q <> '' ORDER BY p.ord`,
    [newsroomId, probes],
  );
  return counts.rows.map((row) => row.n);
}

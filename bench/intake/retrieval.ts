import type pg from 'pg';
import { claimTerms } from '../../src/intake/analysis/analyse-article.js';
import { SYNONYMS } from '../../src/intake/analysis/synonyms.js';
import { probeQuery } from '../../src/intake/matching/probe.js';

/**
 * The matcher's retrieval, without the desk around it: the same probe text
 * (`probeQuery` over `claimTerms`, with every spelling of a folded name, as
 * ClaimMatcher builds it) and the same two statements, sent with a bare
 * `pg` client. What is left between these and `ClaimMatcher.match` is the
 * comparison (`sameClaim`) and TypeORM.
 */

// As ClaimMatcher's: spellings of folded names, two-letter acronyms left out.
const SPELLINGS = new Map(SYNONYMS.map((group) => [group.term, [...group.variants, ...group.acronyms.filter((acronym) => acronym.length > 2)]]));

export function probeText(text: string, language: string): string {
  return probeQuery(claimTerms(text, language), (term) => SPELLINGS.get(term) ?? []) ?? '';
}

/** Rows PostgreSQL ranks per sentence, as in the matcher. */
const RETRIEVE = 20;

/** The newsroom's tickets that look like each probe (ClaimMatcher's first statement). */
export const TICKETS_SQL = `SELECT p.ord, t.*
           FROM unnest($2::text[]) WITH ORDINALITY AS p(q, ord)
           CROSS JOIN LATERAL (
             SELECT t.id, t.number, t.claim, t.status, t.rating, t.language
               FROM tickets t
              WHERE p.q <> '' AND t.newsroom_id = $1
                AND to_tsvector('simple'::regconfig, t.claim) @@ to_tsquery('simple'::regconfig, p.q)
              ORDER BY ts_rank(to_tsvector('simple'::regconfig, t.claim), to_tsquery('simple'::regconfig, p.q)) DESC, t.number DESC
              LIMIT ${RETRIEVE}) t`;

/** Public verdicts of every newsroom that look like each probe (ClaimMatcher's second statement). */
export const FACT_CHECKS_SQL = `SELECT p.ord, t.id, t.claim, t.language, n.slug, n.name,
                pub.snapshot->>'claim' AS published_claim, pub.snapshot->'rating'->>'label' AS rating_label,
                EXISTS (SELECT 1 FROM retractions r WHERE r.ticket_id = t.id) AS retracted
           FROM unnest($1::text[]) WITH ORDINALITY AS p(q, ord)
           CROSS JOIN LATERAL (
             SELECT t.id, t.claim, t.language, t.newsroom_id
               FROM tickets t
              WHERE p.q <> ''
                AND to_tsvector('simple'::regconfig, t.claim) @@ to_tsquery('simple'::regconfig, p.q)
                AND EXISTS (SELECT 1 FROM publications x WHERE x.ticket_id = t.id)
              ORDER BY ts_rank(to_tsvector('simple'::regconfig, t.claim), to_tsquery('simple'::regconfig, p.q)) DESC
              LIMIT ${RETRIEVE}) t
           JOIN newsrooms n ON n.id = t.newsroom_id
           CROSS JOIN LATERAL (SELECT snapshot FROM publications x WHERE x.ticket_id = t.id ORDER BY x.version DESC LIMIT 1) pub`;

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

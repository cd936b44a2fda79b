import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { TicketStatus } from '../../tickets/ticket-status.js';
import { claimTerms } from '../analysis/claim-terms.js';
import { SYNONYMS } from '../analysis/synonyms.js';
import type { ClaimMatchDto, FactCheckMatchDto } from '../dto/intake.dto.js';
import { type LexemeStats, probeParts, tellingParts } from './probe.js';
import { type ClaimKey, sameClaim } from './same-claim.js';

export interface ClaimProbe {
  text: string;
  language: string;
  /** Leave this ticket out (the ticket asking for its own look-alikes). */
  excludeTicketId?: string;
}

export interface ClaimMatches {
  matches: ClaimMatchDto[];
  factChecks: FactCheckMatchDto[];
}

/** Rows PostgreSQL ranks per sentence; the comparison then keeps the best few. */
const RETRIEVE = 20;
/** How long the lexeme statistics are trusted before they are read again (ANALYZE refreshes them as tickets come in). */
const STATS_TTL_MS = 10 * 60_000;
const KEEP_MATCHES = 5;
const KEEP_FACT_CHECKS = 3;

interface TicketHit {
  ord: string;
  id: string;
  number: number;
  claim: string;
  status: TicketStatus;
  rating: string | null;
  language: string | null;
}

interface FactCheckHit {
  ord: string;
  id: string;
  claim: string;
  language: string | null;
  slug: string;
  name: string;
  published_claim: string;
  rating_label: string;
  retracted: boolean;
}

/** The newsroom's tickets that look like each sentence's query, best ranked first. */
export const TICKET_MATCHES_SQL = `SELECT p.ord, t.*
   FROM unnest($2::text[]) WITH ORDINALITY AS p(q, ord)
   CROSS JOIN LATERAL (
     SELECT t.id, t.number, t.claim, t.status, t.rating, t.language
       FROM tickets t
      WHERE p.q <> '' AND t.newsroom_id = $1
        AND to_tsvector('simple'::regconfig, t.claim) @@ to_tsquery('simple'::regconfig, p.q)
      ORDER BY ts_rank(to_tsvector('simple'::regconfig, t.claim), to_tsquery('simple'::regconfig, p.q)) DESC, t.number DESC
      LIMIT ${RETRIEVE}) t`;

/**
 * Public verdicts of every newsroom that look like each sentence's query:
 * tickets published or retracted (their own partial index, so the search
 * covers public verdicts only, however many tickets the desk holds), shown
 * as last published. A verdict being corrected is left out until it is
 * published again.
 */
export const FACT_CHECKS_SQL = `SELECT p.ord, t.id, t.claim, t.language, n.slug, n.name,
        pub.snapshot->>'claim' AS published_claim, pub.snapshot->'rating'->>'label' AS rating_label,
        t.status = 'retracted' AS retracted
   FROM unnest($1::text[]) WITH ORDINALITY AS p(q, ord)
   CROSS JOIN LATERAL (
     SELECT t.id, t.claim, t.language, t.newsroom_id, t.status
       FROM tickets t
      WHERE p.q <> '' AND t.status IN ('published', 'retracted')
        AND to_tsvector('simple'::regconfig, t.claim) @@ to_tsquery('simple'::regconfig, p.q)
      ORDER BY ts_rank(to_tsvector('simple'::regconfig, t.claim), to_tsquery('simple'::regconfig, p.q)) DESC
      LIMIT ${RETRIEVE}) t
   JOIN newsrooms n ON n.id = t.newsroom_id
   CROSS JOIN LATERAL (SELECT snapshot FROM publications x WHERE x.ticket_id = t.id ORDER BY x.version DESC LIMIT 1) pub`;

/**
 * Finds, for each sentence, the tickets that look like the same claim: in
 * the newsroom (open work and published verdicts), and among the public
 * verdicts of every newsroom on this desk ("already fact-checked").
 * PostgreSQL retrieves and ranks by full text on one language-neutral index;
 * `sameClaim` then compares each hit and says why. Two statements per call,
 * whatever the number of sentences.
 */
@Injectable()
export class ClaimMatcher {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async match(newsroomId: string, probes: readonly ClaimProbe[], { keep = KEEP_MATCHES, manager = this.dataSource.manager }: { keep?: number; manager?: EntityManager } = {}): Promise<ClaimMatches[]> {
    const keys = probes.map((probe) => claimTerms(probe.text, probe.language));
    const queries = await this.queries(keys, manager);
    const results: ClaimMatches[] = probes.map(() => ({ matches: [], factChecks: [] }));
    if (queries.every((query) => query === '')) return results;

    const [tickets, published] = await Promise.all([
      manager.query(TICKET_MATCHES_SQL, [newsroomId, queries]) as Promise<TicketHit[]>,
      manager.query(FACT_CHECKS_SQL, [queries]) as Promise<FactCheckHit[]>,
    ]);

    const compare = (index: number, claim: string, language: string | null) =>
      sameClaim(keys[index]!, claimTerms(claim, language ?? probes[index]!.language) satisfies ClaimKey);
    for (const hit of tickets) {
      const index = Number(hit.ord) - 1;
      if (hit.id === probes[index]!.excludeTicketId) continue;
      const verdict = compare(index, hit.claim, hit.language);
      if (verdict.score <= 0) continue;
      results[index]!.matches.push({ ticketId: hit.id, number: hit.number, claim: hit.claim, status: hit.status, rating: hit.rating, ...verdict });
    }
    for (const hit of published) {
      const index = Number(hit.ord) - 1;
      if (hit.id === probes[index]!.excludeTicketId) continue;
      const verdict = compare(index, hit.claim, hit.language);
      if (verdict.score <= 0) continue;
      results[index]!.factChecks.push({
        id: hit.id,
        newsroom: hit.slug,
        newsroomName: hit.name,
        claim: hit.published_claim,
        rating: hit.rating_label,
        url: `${this.config.publicBaseUrl}/public/${encodeURIComponent(hit.slug)}/verdicts/${hit.id}`,
        retracted: hit.retracted,
        ...verdict,
      });
    }
    for (const result of results) {
      result.matches = bestFirst(result.matches).slice(0, keep);
      result.factChecks = bestFirst(result.factChecks).slice(0, KEEP_FACT_CHECKS);
    }
    return results;
  }

  /** The full-text query of each sentence, as the two statements receive it ('' for a sentence with nothing to search by). */
  async queries(keys: readonly ClaimKey[], manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const stats = await this.lexemeStats(manager);
    return keys.map((key) => tellingParts(probeParts(key, spellingsOf), stats).join(' | '));
  }

  private stats?: { readAt: number; value: LexemeStats | undefined };

  /** How common each word of the claims index is, as ANALYZE last counted it (kept a few minutes per instance). */
  private async lexemeStats(manager: EntityManager): Promise<LexemeStats | undefined> {
    if (this.stats && Date.now() - this.stats.readAt < STATS_TTL_MS) return this.stats.value;
    const [row] = (await manager.query(
      `SELECT c.reltuples AS rows, s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs AS freqs
         FROM pg_class c
         LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = 'tickets_claim_match_idx'
        WHERE c.oid = 'tickets'::regclass`,
    )) as { rows: number; elems: string[] | null; freqs: number[] | null }[];
    const value = row?.elems && row.freqs ? { rows: Number(row.rows), shares: new Map(row.elems.map((elem, index) => [elem, row.freqs![index]!])) } : undefined;
    this.stats = { readAt: Date.now(), value };
    return value;
  }
}

/**
 * Every spelling of a folded name, for retrieval: the analysis folds "ISIL"
 * and "Daesh" into one term, but tickets keep their words. Two-letter
 * acronyms ("IS", "US") are left out: in a case-blind index they are the
 * words "is" and "us", which every claim contains.
 */
const SPELLINGS = new Map(SYNONYMS.map((group) => [group.term, [...group.variants, ...group.acronyms.filter((acronym) => acronym.length > 2)]]));
const spellingsOf = (term: string): readonly string[] => SPELLINGS.get(term) ?? [];

/** Same claim first, then by score. */
function bestFirst<T extends { sameClaim: boolean; score: number }>(items: T[]): T[] {
  return items.sort((a, b) => Number(b.sameClaim) - Number(a.sameClaim) || b.score - a.score);
}

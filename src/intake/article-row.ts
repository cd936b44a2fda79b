import type { SourceReliability } from '../evidence/evidence.entity.js';
import type { ScoreReason } from './analysis/analyse-article.js';
import type { ArticleSummaryDto, CandidateDto } from './dto/intake.dto.js';

/** Columns of an article summary; the query joins `outlets o` for the register's entry. */
export const ARTICLE_COLUMNS = `a.id, a.title, a.url, a.outlet_name, a.published_at, a.language, a.language_source, a.received_sha256,
  a.submitted_by, a.created_at,
  o.id AS outlet_id, o.name AS outlet_register_name, o.reliability AS outlet_reliability, o.note AS outlet_note,
  (SELECT count(*)::int FROM article_candidates c WHERE c.article_id = a.id) AS candidate_count,
  (SELECT count(*)::int FROM article_candidates c WHERE c.article_id = a.id AND c.ticket_id IS NOT NULL) AS acted_count`;

export interface ArticleRow {
  id: string;
  title: string | null;
  url: string | null;
  outlet_name: string | null;
  published_at: Date | null;
  language: string;
  language_source: string;
  received_sha256: string;
  submitted_by: string;
  created_at: Date;
  outlet_id: string | null;
  outlet_register_name: string | null;
  outlet_reliability: SourceReliability | null;
  outlet_note: string | null;
  candidate_count: number;
  acted_count: number;
}

export interface CandidateRow {
  id: string;
  rank: number;
  text: string;
  start_offset: number;
  end_offset: number;
  score: number;
  reasons: ScoreReason[];
  claimant: string | null;
  ticket_id: string | null;
  ticket_number: number | null;
}

export function toSummary(row: ArticleRow): ArticleSummaryDto {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    outletName: row.outlet_name,
    outlet: row.outlet_id
      ? { id: row.outlet_id, name: row.outlet_register_name!, reliability: row.outlet_reliability!, note: row.outlet_note }
      : null,
    publishedAt: row.published_at?.toISOString() ?? null,
    language: row.language,
    languageSource: row.language_source,
    receivedSha256: row.received_sha256,
    submittedBy: row.submitted_by,
    createdAt: row.created_at.toISOString(),
    candidateCount: row.candidate_count,
    actedCount: row.acted_count,
  };
}

export function toCandidate(row: CandidateRow): Omit<CandidateDto, 'matches' | 'factChecks'> {
  return {
    id: row.id,
    rank: row.rank,
    text: row.text,
    start: row.start_offset,
    end: row.end_offset,
    score: Math.round(row.score * 1000) / 1000,
    reasons: row.reasons,
    claimant: row.claimant,
    ticketId: row.ticket_id,
    ticketNumber: row.ticket_number,
  };
}

import type { EvidenceDto } from './evidence.dto.js';
import type { EvidenceStance, SourceReliability } from './evidence.entity.js';

export const EVIDENCE_COLUMNS = `id, ticket_id, url, title, publisher, quote, note, stance, source_reliability, captured_text,
  captured_sha256, captured_at, version, created_by, updated_by, created_at, updated_at, removed_at`;

export interface EvidenceRow {
  id: string;
  ticket_id: string;
  url: string;
  title: string | null;
  publisher: string | null;
  quote: string | null;
  note: string | null;
  stance: EvidenceStance;
  source_reliability: SourceReliability;
  captured_text: string | null;
  captured_sha256: string | null;
  captured_at: Date | null;
  version: number;
  created_by: string;
  updated_by: string;
  created_at: Date;
  updated_at: Date;
  removed_at: Date | null;
}

export function toEvidence(row: EvidenceRow): EvidenceDto {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    quote: row.quote,
    note: row.note,
    stance: row.stance,
    sourceReliability: row.source_reliability,
    capturedText: row.captured_text,
    capturedSha256: row.captured_sha256,
    capturedAt: row.captured_at?.toISOString() ?? null,
    version: row.version,
    createdBy: row.created_by,
    updatedBy: row.updated_by,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** What the history records of an item: everything but the captured text itself (its hash stands for it). */
export function auditedEvidence(evidence: EvidenceDto): Record<string, unknown> {
  const { capturedText: _text, createdAt: _c, updatedAt: _u, createdBy: _cb, updatedBy: _ub, ...rest } = evidence;
  return rest;
}

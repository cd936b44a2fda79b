import type { Role } from '../access/roles.js';
import type { PublisherIdentity, RatingDefinition } from '../newsrooms/newsroom-settings.js';
import type { Appearance } from '../tickets/ticket.entity.js';

/** An evidence item as it may be shown to the public: no internal notes. */
export interface PublicEvidence {
  title: string;
  url: string | null;
  description: string | null;
}

/** An approval as the public sees it: a name, a role and a time, no note, no e-mail. */
export interface PublicApproval {
  name: string;
  role: Role;
  signedAt: string;
}

export interface ChangelogEntry {
  /** The version the correction produced. */
  version: number;
  note: string;
  date: string;
}

/**
 * Everything one published version shows, copied at publication time. Public
 * pages and feeds are built from this alone, never from live tables.
 */
export interface PublicationSnapshot {
  ticketId: string;
  ticketNumber: number;
  claim: string;
  claimant: string | null;
  claimDate: string | null;
  language: string | null;
  appearances: Appearance[];
  rating: RatingDefinition;
  summary: string;
  writeupHtml: string;
  evidence: PublicEvidence[];
  contentHash: string;
  approvals: PublicApproval[];
  publisher: Required<Pick<PublisherIdentity, 'name'>> & PublisherIdentity;
  publishedAt: string;
  /** Corrections up to and including this version, oldest first. */
  changelog: ChangelogEntry[];
}

/** The public view of a ticket's verdict: its current version plus retraction, if any. */
export interface PublicVerdict {
  /** Public id: the ticket id, stable across versions. */
  id: string;
  url: string;
  version: number;
  firstPublishedAt: string;
  snapshot: PublicationSnapshot;
  retraction: { reason: string; retractedAt: string } | null;
}

/** When the verdict last changed publicly: its latest version or its retraction. */
export function lastModified(verdict: PublicVerdict): string {
  const candidates = [verdict.snapshot.publishedAt, verdict.retraction?.retractedAt].filter((value): value is string => Boolean(value));
  return candidates.sort().at(-1)!;
}

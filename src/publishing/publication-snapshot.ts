import type { EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import { findRating } from '../newsrooms/newsroom-settings.js';
import type { SignedState, SignoffRecord } from '../signoffs/signed-content.service.js';
import type { ChangelogEntry, PublicationSnapshot, PublicEvidence } from './public-verdict.js';

export interface SnapshotInput {
  state: SignedState;
  approvals: readonly SignoffRecord[];
  writeupHtml: string;
  publicBaseUrl: string;
  publishedAt: Date;
  changelog: ChangelogEntry[];
}

/**
 * Copies everything a public page shows into the publication: only public
 * facts (no notes, no e-mails, no internal evidence fields).
 */
export async function buildSnapshot(manager: EntityManager, input: SnapshotInput): Promise<PublicationSnapshot> {
  const { state, approvals } = input;
  const { ticket, settings } = state;
  const rating = ticket.rating ? findRating(settings, ticket.rating) : undefined;
  if (!rating || !ticket.summary) {
    throw new AppError('state_conflict', 'The verdict needs a rating from the newsroom scale and a summary before it can be published.');
  }
  return {
    ticketId: ticket.id,
    ticketNumber: ticket.number,
    claim: ticket.claim,
    claimant: ticket.claimant,
    claimDate: ticket.claimDate,
    language: ticket.language,
    appearances: ticket.appearances.map((a) => ({ url: a.url, outlet: a.outlet, title: a.title, publishedAt: a.publishedAt })),
    rating,
    summary: ticket.summary,
    writeupHtml: input.writeupHtml,
    evidence: await publicEvidence(manager, ticket.id),
    contentHash: state.hash,
    approvals: approvals.map((approval) => ({ name: approval.name, role: approval.role, signedAt: approval.givenAt.toISOString() })),
    publisher: {
      name: settings.publisher.name ?? state.newsroomName,
      url: settings.publisher.url ?? input.publicBaseUrl,
      ...(settings.publisher.logoUrl ? { logoUrl: settings.publisher.logoUrl } : {}),
    },
    publishedAt: input.publishedAt.toISOString(),
    changelog: input.changelog,
  };
}

/** The ticket's sources as the public sees them: title, link and outlet, never notes or quotes. */
async function publicEvidence(manager: EntityManager, ticketId: string): Promise<PublicEvidence[]> {
  const rows: { url: string; title: string | null; publisher: string | null }[] = await manager.query(
    `SELECT url, title, publisher FROM evidence WHERE ticket_id = $1 AND removed_at IS NULL ORDER BY created_at, id`,
    [ticketId],
  );
  return rows.map((row) => ({ title: row.title ?? row.publisher ?? row.url, url: row.url, description: row.title && row.publisher ? row.publisher : null }));
}

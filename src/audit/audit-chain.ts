import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * Kinds of history entries. Open on purpose: other modules (sign-off,
 * publishing) append their own kinds through the same service.
 */
export type AuditAction =
  | 'ticket.created'
  | 'ticket.updated'
  | 'ticket.transitioned'
  | 'ticket.assigned'
  | 'ticket.unassigned'
  | 'evidence.added'
  | 'evidence.updated'
  | 'evidence.removed'
  | 'verdict.set'
  | (string & {});

/** Exactly what is hashed: every stored column of an entry except its own hashes. */
export interface AuditContent {
  newsroomId: string;
  seq: number;
  ticketId: string | null;
  actorId: string | null;
  action: AuditAction;
  before: unknown;
  after: unknown;
  /** ISO 8601 with milliseconds, as stored. */
  at: string;
}

export interface ChainedEntry extends AuditContent {
  prevHash: string;
  hash: string;
}

/** The previous hash of a newsroom's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** Plain JSON as PostgreSQL's jsonb will give it back (dates become strings, undefined disappears). */
export function toJsonValue(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

/** hash = sha256(prev_hash || canonical JSON (RFC 8785) of the entry), hex. */
export function hashEntry(prevHash: string, content: AuditContent): string {
  const canonical = canonicalize({
    newsroomId: content.newsroomId,
    seq: content.seq,
    ticketId: content.ticketId,
    actorId: content.actorId,
    action: content.action,
    before: toJsonValue(content.before),
    after: toJsonValue(content.after),
    at: content.at,
  });
  if (canonical === undefined) throw new Error('audit entry cannot be canonicalised');
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}

export interface ChainCursor {
  /** Hash of the last entry checked (GENESIS_HASH before the first). */
  hash: string;
  /** Sequence number of the last entry checked (0 before the first). */
  seq: number;
}

export const CHAIN_START: ChainCursor = { hash: GENESIS_HASH, seq: 0 };

export interface ChainCheck {
  cursor: ChainCursor;
  /** Sequence number of the first entry that does not fit the chain. */
  firstBroken?: number;
}

/**
 * Checks a run of entries, in sequence order, that continues the chain at
 * `cursor`. Entries come in pages, so a cursor carries the state across them.
 */
export function checkChain(entries: readonly ChainedEntry[], cursor: ChainCursor = CHAIN_START): ChainCheck {
  let current = cursor;
  for (const entry of entries) {
    const fits = entry.seq === current.seq + 1 && entry.prevHash === current.hash && hashEntry(entry.prevHash, entry) === entry.hash;
    if (!fits) return { cursor: current, firstBroken: entry.seq };
    current = { hash: entry.hash, seq: entry.seq };
  }
  return { cursor: current };
}

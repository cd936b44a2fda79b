import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type AuditAction, CHAIN_START, type ChainCursor, type ChainedEntry, GENESIS_HASH, checkChain, hashEntry, toJsonValue } from './audit-chain.js';

export interface AuditAppend {
  newsroomId: string;
  ticketId?: string | null;
  /** Null when the desk itself acted. */
  actorId: string | null;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
}

export interface AuditEntryView {
  seq: number;
  ticketId: string | null;
  actorId: string | null;
  action: string;
  before: unknown;
  after: unknown;
  at: string;
}

export interface ChainVerification {
  ok: boolean;
  entries: number;
  /** Sequence number of the first entry that fails verification, or null. */
  firstBrokenEntry: number | null;
}

interface EntryRow {
  newsroom_id: string;
  seq: string;
  ticket_id: string | null;
  actor_id: string | null;
  action: string;
  before: unknown;
  after: unknown;
  at: Date;
  prev_hash: string;
  hash: string;
}

const VERIFY_PAGE = 1000;

/**
 * The hash-chained history. `append` runs inside the caller's transaction, so
 * an entry exists exactly when the change it describes was committed.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async append(manager: EntityManager, entry: AuditAppend): Promise<void> {
    // Upserting the head takes its row lock: appends of one newsroom queue here until commit.
    const [head] = (await manager.query(
      `INSERT INTO audit_heads (newsroom_id, seq, hash) VALUES ($1, 0, $2)
       ON CONFLICT (newsroom_id) DO UPDATE SET seq = audit_heads.seq
       RETURNING seq, hash`,
      [entry.newsroomId, GENESIS_HASH],
    )) as { seq: string; hash: string }[];
    const seq = Number(head!.seq) + 1;
    const content = {
      newsroomId: entry.newsroomId,
      seq,
      ticketId: entry.ticketId ?? null,
      actorId: entry.actorId,
      action: entry.action,
      before: toJsonValue(entry.before),
      after: toJsonValue(entry.after),
      at: new Date().toISOString(),
    };
    const hash = hashEntry(head!.hash, content);
    await manager.query(
      `WITH entry AS (
         INSERT INTO audit_entries (newsroom_id, seq, ticket_id, actor_id, action, before, after, at, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9, $10)
       )
       UPDATE audit_heads SET seq = $2, hash = $10 WHERE newsroom_id = $1`,
      [
        content.newsroomId,
        seq,
        content.ticketId,
        content.actorId,
        content.action,
        JSON.stringify(content.before),
        JSON.stringify(content.after),
        content.at,
        head!.hash,
        hash,
      ],
    );
  }

  async ticketHistory(newsroomId: string, ticketId: string): Promise<AuditEntryView[]> {
    const rows: EntryRow[] = await this.dataSource.query(
      `SELECT seq, ticket_id, actor_id, action, before, after, at FROM audit_entries
        WHERE ticket_id = $1 AND newsroom_id = $2 ORDER BY seq`,
      [ticketId, newsroomId],
    );
    return rows.map((row) => ({
      seq: Number(row.seq),
      ticketId: row.ticket_id,
      actorId: row.actor_id,
      action: row.action,
      before: row.before,
      after: row.after,
      at: row.at.toISOString(),
    }));
  }

  /** Walks the newsroom's whole chain in pages, and checks the head agrees with its end. */
  async verify(newsroomId: string): Promise<ChainVerification> {
    let cursor: ChainCursor = CHAIN_START;
    let entries = 0;
    for (;;) {
      const rows: EntryRow[] = await this.dataSource.query(
        `SELECT newsroom_id, seq, ticket_id, actor_id, action, before, after, at, prev_hash, hash
           FROM audit_entries WHERE newsroom_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [newsroomId, cursor.seq, VERIFY_PAGE],
      );
      const check = checkChain(rows.map(toChained), cursor);
      entries += rows.length;
      if (check.firstBroken !== undefined) return { ok: false, entries, firstBrokenEntry: check.firstBroken };
      cursor = check.cursor;
      if (rows.length < VERIFY_PAGE) break;
    }
    const [head] = (await this.dataSource.query(`SELECT seq, hash FROM audit_heads WHERE newsroom_id = $1`, [newsroomId])) as {
      seq: string;
      hash: string;
    }[];
    // Entries removed from the end would leave a shorter, self-consistent chain: the head tells.
    const headSeq = head ? Number(head.seq) : 0;
    const headHash = head?.hash ?? GENESIS_HASH;
    if (headSeq !== cursor.seq || headHash !== cursor.hash) {
      return { ok: false, entries, firstBrokenEntry: cursor.seq + 1 };
    }
    return { ok: true, entries, firstBrokenEntry: null };
  }
}

function toChained(row: EntryRow): ChainedEntry {
  return {
    newsroomId: row.newsroom_id,
    seq: Number(row.seq),
    ticketId: row.ticket_id,
    actorId: row.actor_id,
    action: row.action,
    before: row.before,
    after: row.after,
    at: row.at.toISOString(),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { extractContent, type WriteupContent } from './writeup-content.js';

export interface StoredWriteup {
  snapshot: Buffer | null;
  updates: Buffer[];
  updatedAt: Date | null;
}

interface LoadRow {
  snapshot: Buffer | null;
  updates: Buffer[] | null;
  updated_at: Date | null;
}

/**
 * Reads and compacts the durable form of a write-up: the last snapshot plus
 * every update-log row not yet folded into it. Loading takes both in one
 * statement, so a compaction committing meanwhile cannot make rows vanish
 * between the two reads. Nothing here ever writes a snapshot built from
 * memory: compaction rebuilds it from the database alone.
 */
@Injectable()
export class WriteupStore {
  private readonly logger = new Logger('WriteupStore');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(ticketId: string): Promise<StoredWriteup> {
    const rows: LoadRow[] = await this.dataSource.query(
      `SELECT d.snapshot,
              (SELECT array_agg(u.update ORDER BY u.seq) FROM writeup_updates u WHERE u.ticket_id = t.id) AS updates,
              GREATEST(d.updated_at, (SELECT max(u.created_at) FROM writeup_updates u WHERE u.ticket_id = t.id)) AS updated_at
         FROM (SELECT $1::uuid AS id) t
         LEFT JOIN writeup_documents d ON d.ticket_id = t.id`,
      [ticketId],
    );
    const row = rows[0]!;
    return { snapshot: row.snapshot, updates: row.updates ?? [], updatedAt: row.updated_at };
  }

  /** When the write-up last changed, from the database alone. */
  async updatedAt(ticketId: string): Promise<Date | null> {
    const rows: { updated_at: Date | null }[] = await this.dataSource.query(
      `SELECT GREATEST((SELECT updated_at FROM writeup_documents WHERE ticket_id = $1),
                       (SELECT max(created_at) FROM writeup_updates WHERE ticket_id = $1)) AS updated_at`,
      [ticketId],
    );
    return rows[0]?.updated_at ?? null;
  }

  /**
   * Applies a stored write-up to `doc` (a fresh document). Throws rather than
   * return a partial document. Each row is its own transaction, as it was when
   * it was written: Yjs garbage-collects deleted content at the end of a
   * transaction by recursion through what it deletes, and a restore clears a
   * write-up too deep for that in several rows, deepest levels first, each of
   * bounded depth (see writeup-restore.ts).
   */
  static applyTo(doc: Y.Doc, stored: StoredWriteup): void {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  }

  async loadDoc(ticketId: string): Promise<{ doc: Y.Doc; updatedAt: Date | null }> {
    const stored = await this.load(ticketId);
    const doc = new Y.Doc({ gc: true });
    WriteupStore.applyTo(doc, stored);
    return { doc, updatedAt: stored.updatedAt };
  }

  /** Keeps the derived text and JSON current for HTTP reads and search (never the snapshot). */
  async saveDerived(ticketId: string, content: WriteupContent): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO writeup_documents (ticket_id, text, json, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (ticket_id) DO UPDATE SET text = EXCLUDED.text, json = EXCLUDED.json, updated_at = now()`,
      [ticketId, content.text, JSON.stringify(content.json)],
    );
  }

  /**
   * Folds the update log into a new snapshot under a row lock (waiting at most
   * `lockTimeout` for another compaction), garbage-collecting deleted content,
   * and deletes exactly the rows it folded in. Returns how many rows it merged.
   */
  async compact(ticketId: string, lockTimeout = '2s'): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('lock_timeout', $1, true)`, [lockTimeout]);
      await manager.query(`INSERT INTO writeup_documents (ticket_id) VALUES ($1) ON CONFLICT (ticket_id) DO NOTHING`, [ticketId]);
      const [document] = (await manager.query(`SELECT snapshot FROM writeup_documents WHERE ticket_id = $1 FOR UPDATE`, [ticketId])) as {
        snapshot: Buffer | null;
      }[];
      const rows = (await manager.query(`SELECT seq, update FROM writeup_updates WHERE ticket_id = $1 ORDER BY seq`, [ticketId])) as {
        seq: string;
        update: Buffer;
      }[];
      if (rows.length === 0) return 0;
      const doc = new Y.Doc({ gc: true });
      try {
        WriteupStore.applyTo(doc, { snapshot: document?.snapshot ?? null, updates: rows.map((row) => row.update), updatedAt: null });
        const snapshot = Y.encodeStateAsUpdate(doc);
        const content = extractContent(doc);
        const lastSeq = rows[rows.length - 1]!.seq;
        await manager.query(
          `UPDATE writeup_documents SET snapshot = $2, snapshot_seq = GREATEST(snapshot_seq, $3::bigint), text = $4, json = $5, updated_at = now()
            WHERE ticket_id = $1`,
          [ticketId, Buffer.from(snapshot), lastSeq, content.text, JSON.stringify(content.json)],
        );
        await manager.query(`DELETE FROM writeup_updates WHERE ticket_id = $1 AND seq = ANY($2::bigint[])`, [ticketId, rows.map((row) => row.seq)]);
        this.logger.debug({ ticketId, rows: rows.length, bytes: snapshot.byteLength }, 'write-up compacted');
        return rows.length;
      } finally {
        doc.destroy();
      }
    });
  }
}

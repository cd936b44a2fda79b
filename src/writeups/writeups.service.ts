import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { AppError } from '../common/errors/app-error.js';
import { CollabServer } from './collab-server.js';
import { UpdateLog } from './update-log.js';
import { extractContent, type PmNode, type WriteupContent } from './writeup-content.js';
import { renderHtml } from './writeup-html.js';
import { WriteupStore } from './writeup-store.js';
import type { VersionReason } from './writeup-version.entity.js';

export interface CurrentWriteup extends WriteupContent {
  updatedAt: Date | null;
}

export interface WriteupVersionView {
  version: number;
  reason: VersionReason;
  text: string;
  json: PmNode;
  createdAt: Date;
}

interface VersionRow {
  version: number;
  reason: VersionReason;
  text: string;
  json: PmNode;
  created_at: Date;
}

/**
 * What the rest of the desk may ask about a write-up: its exact current
 * content (for hashing, publishing and reading), kept versions, and safe HTML.
 */
@Injectable()
export class WriteupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: WriteupStore,
    private readonly log: UpdateLog,
    private readonly collab: CollabServer,
  ) {}

  /**
   * The exact current write-up: the live document if this instance has it
   * loaded (after every update applied to it has been committed), else the
   * snapshot and update log from the database.
   */
  async current(ticketId: string): Promise<CurrentWriteup> {
    const live = this.collab.loadedDocument(ticketId);
    if (live) {
      await this.log.settled();
      // Read in place (extraction is synchronous, so no edit interleaves): no copy of the document per read.
      const document = this.collab.loadedDocument(ticketId);
      if (document) return { ...extractContent(document), updatedAt: document.lastChangeTime > 0 ? new Date(document.lastChangeTime) : await this.store.updatedAt(ticketId) };
    }
    const { doc, updatedAt } = await this.store.loadDoc(ticketId);
    try {
      return { ...extractContent(doc), updatedAt };
    } finally {
      doc.destroy();
    }
  }

  private async currentState(ticketId: string): Promise<{ update: Uint8Array; updatedAt: Date | null }> {
    const live = this.collab.loadedDocument(ticketId);
    if (live) {
      await this.log.settled();
      const update = Y.encodeStateAsUpdate(live);
      return { update, updatedAt: live.lastChangeTime > 0 ? new Date(live.lastChangeTime) : await this.store.updatedAt(ticketId) };
    }
    const { doc, updatedAt } = await this.store.loadDoc(ticketId);
    try {
      return { update: Y.encodeStateAsUpdate(doc), updatedAt };
    } finally {
      doc.destroy();
    }
  }

  /**
   * Keeps the current write-up as a numbered version. Saving the same content
   * for the same reason twice in a row returns the existing version, so callers
   * on several paths (a transition, a sign-off) cannot pile up duplicates.
   */
  async saveVersion(manager: EntityManager | undefined, ticketId: string, reason: VersionReason): Promise<number> {
    const state = await this.currentState(ticketId);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state.update);
    const content = extractContent(doc);
    doc.destroy();
    const run = async (m: EntityManager) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('writeup_versions:' || $1))`, [ticketId]);
      const [latest] = (await m.query(
        `SELECT version, reason, text, json FROM writeup_versions WHERE ticket_id = $1 ORDER BY version DESC LIMIT 1`,
        [ticketId],
      )) as VersionRow[];
      if (latest && latest.reason === reason && latest.text === content.text && JSON.stringify(latest.json) === JSON.stringify(content.json)) {
        return latest.version;
      }
      const version = (latest?.version ?? 0) + 1;
      await m.query(`INSERT INTO writeup_versions (ticket_id, version, reason, json, text, state) VALUES ($1, $2, $3, $4, $5, $6)`, [
        ticketId,
        version,
        reason,
        JSON.stringify(content.json),
        content.text,
        Buffer.from(state.update),
      ]);
      return version;
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  async version(ticketId: string, version: number): Promise<WriteupVersionView> {
    const [row] = (await this.dataSource.query(
      `SELECT version, reason, text, json, created_at FROM writeup_versions WHERE ticket_id = $1 AND version = $2`,
      [ticketId, version],
    )) as VersionRow[];
    if (!row) throw new AppError('not_found', `Write-up version ${version} not found`);
    return toView(row);
  }

  async versions(ticketId: string): Promise<Omit<WriteupVersionView, 'json' | 'text'>[]> {
    const rows = (await this.dataSource.query(
      `SELECT version, reason, created_at FROM writeup_versions WHERE ticket_id = $1 ORDER BY version`,
      [ticketId],
    )) as VersionRow[];
    return rows.map((row) => ({ version: row.version, reason: row.reason, createdAt: row.created_at }));
  }

  /** Sanitised HTML of a write-up's ProseMirror JSON, for public pages. */
  renderHtml(json: unknown): string {
    return renderHtml(json as PmNode);
  }
}

function toView(row: VersionRow): WriteupVersionView {
  return { version: row.version, reason: row.reason, text: row.text, json: row.json, createdAt: row.created_at };
}

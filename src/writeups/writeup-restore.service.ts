import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import * as Y from 'yjs';
import type { MemberContext } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { DomainEvents } from '../events/domain-events.js';
import { staleVersion } from '../tickets/expected-version.js';
import { TicketStore } from '../tickets/ticket-store.js';
import { isEditableStatus } from '../tickets/ticket-status.js';
import { COLLAB_LIMITS, type CollabLimits } from './collab-limits.js';
import { documentNameOf } from './collab-protocol.js';
import { type CollabContext, CollabServer } from './collab-server.js';
import { Compactor } from './compactor.js';
import { UpdateLog } from './update-log.js';
import { extractContent, type PmNode } from './writeup-content.js';
import { restoreUpdates } from './writeup-restore.js';

export interface RestoreResult {
  /** The ticket's new version. */
  version: number;
  /** The kept version restored, or null when the write-up was cleared. */
  restoredFrom: number | null;
  text: string;
  truncated?: true;
}

/** The origin of a restore's changes in the live document (never a connection, so the write path does not log them again). */
const RESTORE_ORIGIN = { source: 'local' as const, context: { restore: true } };

/**
 * Replaces the write-up with a kept version, or clears it: an editor's way
 * back from a bad edit, and out of a write-up that was broken before updates
 * were checked. The change is made like any edit: Yjs updates computed against
 * the live document, committed to the update log in the same transaction as
 * the ticket's compare-and-set and its audit entry, then applied to the live
 * document, so connected editors see it at once (and, through Redis, those on
 * other instances). Edits made while the restore runs are merged like any
 * concurrent edit.
 */
@Injectable()
export class WriteupRestoreService {
  private readonly logger = new Logger('WriteupRestore');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(COLLAB_LIMITS) private readonly limits: CollabLimits,
    private readonly tickets: TicketStore,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly collab: CollabServer,
    private readonly log: UpdateLog,
    private readonly compactor: Compactor,
  ) {}

  /** `from`: the kept version to restore, or null to clear the write-up. `expected`: the ticket version the editor read. */
  async restore(member: MemberContext, ticketId: string, from: number | null, expected: number): Promise<RestoreResult> {
    // Checked before the document is opened, so a refused request loads nothing.
    await this.dataSource.transaction(async (manager) => this.check(manager, member, ticketId, expected));
    const name = documentNameOf(ticketId);
    // Keeps the document loaded here while the restore runs (loading it from the database if nobody has it open).
    // It has no socket: the hooks that read one (authentication, incoming frames) never run for a direct connection.
    const direct = await this.collab.hocuspocus.openDirectConnection(name, {} as CollabContext);
    try {
      const document = direct.document;
      if (!document || this.collab.isDiverged(name)) throw new AppError('writeup_reloading', 'The write-up is being reloaded after a failed save; try again in a moment.');
      // Edits applied before now are committed first, so the restore never refers to content the database may lose.
      await this.log.settled();
      const { version, status, updates } = await this.dataSource.transaction(async (manager) => {
        const ticket = await this.check(manager, member, ticketId, expected);
        const target = from === null ? null : await this.keptVersion(manager, ticketId, from);
        const scratch = new Y.Doc();
        let computed: Uint8Array[];
        try {
          Y.applyUpdate(scratch, Y.encodeStateAsUpdate(document));
          computed = restoreUpdates(scratch, target, this.limits.content);
        } finally {
          scratch.destroy();
        }
        await manager.query(
          `INSERT INTO writeup_updates (ticket_id, update, user_id)
           SELECT $1, u.update, $3 FROM unnest($2::bytea[]) WITH ORDINALITY AS u(update, n) ORDER BY u.n`,
          [ticketId, computed.map((update) => Buffer.from(update)), member.userId],
        );
        const updated = await this.tickets.compareAndSet(manager, ticket, expected, member.userId, '', []);
        await this.audit.append(manager, {
          newsroomId: member.newsroomId,
          ticketId,
          actorId: member.userId,
          action: from === null ? 'writeup.cleared' : 'writeup.restored',
          before: {},
          after: { restoredFrom: from },
        });
        return { version: updated.version, status: updated.status, updates: computed };
      });
      // Committed: now the live document. One transaction per update, each sent out on its own, so every
      // copy (clients, other instances) deletes deep content in bounded slices too.
      for (const update of updates) {
        this.compactor.noteAppended(ticketId);
        Y.applyUpdate(document, update, RESTORE_ORIGIN);
        document.flush();
      }
      this.collab.remeasure(document);
      const content = extractContent(document);
      this.logger.log({ ticketId, userId: member.userId, restoredFrom: from, updates: updates.length }, 'write-up restored');
      this.events.publish({ type: 'ticket.updated', newsroomId: member.newsroomId, ticketId, actorId: member.userId, status, version, fields: ['writeup'] });
      return { version, restoredFrom: from, text: content.text, ...(content.truncated ? { truncated: true as const } : {}) };
    } finally {
      await direct.disconnect();
    }
  }

  private async check(manager: EntityManager, member: MemberContext, ticketId: string, expected: number) {
    const ticket = await this.tickets.loadFor(manager, member, ticketId, 'writeup.restore', 'update');
    if (!isEditableStatus(ticket.status)) {
      throw new AppError('state_conflict', `The write-up can be replaced only while it is editable (researching, drafting or in review); this ticket is ${ticket.status}.`);
    }
    if (ticket.version !== expected) throw staleVersion(ticket.version);
    return ticket;
  }

  private async keptVersion(manager: EntityManager, ticketId: string, version: number): Promise<PmNode> {
    const [row] = (await manager.query(`SELECT json FROM writeup_versions WHERE ticket_id = $1 AND version = $2`, [ticketId, version])) as { json: PmNode }[];
    if (!row) throw new AppError('not_found', `Write-up version ${version} not found`);
    return row.json;
  }
}

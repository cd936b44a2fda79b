import type { Connection, Document } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { CollabSession } from './collab-auth.service.js';
import { CLOSE, FrameError, isSyncStatus } from './collab-protocol.js';
import { checkUpdate, ContentRefusal, type UpdateGrowth } from './update-check.js';
import { measureContent } from './writeup-content.js';
import { CLEAR_SLICE_DEPTH } from './writeup-restore.js';
import type { WriteupLimits } from './writeup-schema.js';

interface ConnectionState {
  /** Settles when the latest update of this connection is committed (or refused). */
  pending: Promise<void> | undefined;
}

export interface WritePathDeps {
  append(ticketId: string, update: Uint8Array, userId: string): Promise<void>;
  /** A write could not be committed: the document in memory is ahead of the database. */
  onWriteFailed(document: Document, connection: Connection): void;
  maxDocumentBytes: number;
  content: WriteupLimits;
}

/** Node and character counts a document had when last measured, plus everything accepted since (deletions not subtracted). */
interface Shape {
  nodes: number;
  chars: number;
  /** Deepest nesting when loaded: above the schema's limit only for a write-up stored before updates were checked. */
  depth: number;
}

/**
 * Yjs deletes and garbage-collects a subtree by recursion through it. Below
 * this depth that is always safe; a write-up stored deeper before updates were
 * checked takes no deletions from clients (one could overflow the stack while
 * being applied and force a reload of the document for everyone); an editor
 * clears or restores it instead, which deletes it in slices.
 */
const SAFE_DELETE_DEPTH = CLEAR_SLICE_DEPTH * 2;

/**
 * Durable before acknowledgement, without making everyone wait for the disk:
 * a writer's update is validated, applied (so it is broadcast at once) and
 * appended to the update log in the same synchronous step, so the log has the
 * order of application. Only the writer's acknowledgement (SyncStatus) is held
 * back until its row is committed. A crash in between loses nothing that was
 * acknowledged: the writer still counts the change as unsynced and resends it.
 */
export class CollabWritePath {
  private readonly states = new WeakMap<Connection, ConnectionState>();
  private readonly sizes = new Map<string, number>();
  private readonly shapes = new Map<string, Shape>();

  constructor(private readonly deps: WritePathDeps) {}

  /** Remembers the loaded size and shape of a document, the baselines for the limits. */
  loaded(document: Document, bytes: number): void {
    this.sizes.set(document.name, bytes);
    this.shapes.set(document.name, measureContent(document));
  }

  unloaded(documentName: string): void {
    this.sizes.delete(documentName);
    this.shapes.delete(documentName);
  }

  /**
   * Handles the update carried by a writer's Sync message before Hocuspocus
   * sees it (Hocuspocus then applies it again, which Yjs makes a no-op, and
   * sends the acknowledgement this class holds back). The update has been
   * decoded completely by the gateway already. Throws FrameError to refuse it:
   * nothing of a refused update is applied, stored or acknowledged.
   */
  accept(document: Document, connection: Connection, session: CollabSession, update: Uint8Array): void {
    this.checkSize(document, update.byteLength);
    const growth = this.checkContent(document, update);
    this.holdAcknowledgements(connection);

    let changed = false;
    const origin = { source: 'connection' as const, connection };
    const listener = (_update: Uint8Array, updateOrigin: unknown) => {
      if (updateOrigin === origin) changed = true;
    };
    document.on('update', listener);
    try {
      Y.applyUpdate(document, update, origin);
    } catch (error) {
      // Yjs may have integrated part of it: the document no longer matches the database.
      this.deps.onWriteFailed(document, connection);
      throw new FrameError(CLOSE.invalidUpdate, `update failed to apply: ${(error as Error).message}`);
    } finally {
      document.off('update', listener);
    }
    // Structs still waiting for what they build on are kept too: that part may arrive through another instance.
    const waiting = document.store.pendingStructs !== null || document.store.pendingDs !== null;
    if (!changed && !waiting) return;

    this.sizes.set(document.name, (this.sizes.get(document.name) ?? 0) + update.byteLength);
    const shape = this.shapes.get(document.name);
    if (shape) {
      shape.nodes += growth.nodes;
      shape.chars += growth.chars;
    }
    const state = this.states.get(connection)!;
    const committed = this.deps.append(session.ticketId, update, session.userId);
    state.pending = committed;
    committed.then(
      // Nothing in flight any more: later acknowledgements go out without being inspected.
      () => {
        if (state.pending === committed) state.pending = undefined;
      },
      () => this.deps.onWriteFailed(document, connection),
    );
  }

  private checkSize(document: Document, incoming: number): void {
    const approximate = (this.sizes.get(document.name) ?? 0) + incoming;
    if (approximate <= this.deps.maxDocumentBytes) return;
    // The running sum overestimates (it ignores merging and garbage collection): measure before refusing.
    const actual = Y.encodeStateAsUpdate(document).byteLength;
    this.sizes.set(document.name, actual);
    if (actual + incoming > this.deps.maxDocumentBytes) throw new FrameError(CLOSE.tooLarge, 'the write-up would exceed the maximum document size');
  }

  /**
   * The update must keep the write-up within the schema (types, placement,
   * attributes, marks, depth) and within the node and text limits. The counts
   * only grow between measurements, so a document near a limit is measured
   * again (a loop over its nodes) before a write is refused.
   */
  private checkContent(document: Document, update: Uint8Array): UpdateGrowth {
    const limits = this.deps.content;
    let growth: UpdateGrowth;
    try {
      growth = checkUpdate(document, update, limits);
    } catch (error) {
      if (error instanceof ContentRefusal) throw new FrameError(error.kind === 'limit' ? CLOSE.tooComplex : CLOSE.notAllowed, error.message);
      throw error;
    }
    let shape = this.shapes.get(document.name);
    if (shape && shape.depth > SAFE_DELETE_DEPTH && Y.decodeUpdate(update).ds.clients.size > 0) {
      throw new FrameError(CLOSE.tooComplex, 'the write-up is too deep to edit: an editor can restore or clear it');
    }
    if (growth.nodes === 0 && growth.chars === 0) return growth;
    if (!shape || shape.nodes + growth.nodes > limits.maxNodes || shape.chars + growth.chars > limits.maxTextChars) {
      shape = measureContent(document);
      this.shapes.set(document.name, shape);
      const { nodes, chars } = shape;
      if (nodes + growth.nodes > limits.maxNodes) throw new FrameError(CLOSE.tooComplex, `the write-up would exceed ${limits.maxNodes} nodes`);
      if (chars + growth.chars > limits.maxTextChars) throw new FrameError(CLOSE.tooComplex, `the write-up would exceed ${limits.maxTextChars} characters`);
    }
    return growth;
  }

  /** Wraps the connection's send once, so acknowledgements wait for the commit of everything before them. */
  private holdAcknowledgements(connection: Connection): void {
    if (this.states.has(connection)) return;
    const state: ConnectionState = { pending: undefined };
    this.states.set(connection, state);
    const send = connection.send.bind(connection);
    connection.send = (message: Uint8Array) => {
      const pending = state.pending;
      if (pending && isSyncStatus(message)) {
        pending.then(
          () => send(message),
          () => undefined, // never acknowledge what was not committed; the socket is being closed
        );
        return;
      }
      send(message);
    };
  }
}

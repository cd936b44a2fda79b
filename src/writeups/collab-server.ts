import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { Redis } from '@hocuspocus/extension-redis';
import { type Connection, type Document, type Extension, Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { CollabAuthService, CollabRefusal, type CollabSession } from './collab-auth.service.js';
import { CollabConnections, type CollabSocket } from './collab-connections.js';
import { CLOSE, FrameError, parseFrame, ticketIdOf } from './collab-protocol.js';
import { COLLAB_LIMITS, type CollabLimits } from './collab-limits.js';
import { CollabWritePath } from './collab-write-path.js';
import { Compactor } from './compactor.js';
import { UpdateLog } from './update-log.js';
import { extractContent } from './writeup-content.js';
import { WriteupStore } from './writeup-store.js';

/** Per-document connection context: the socket it arrived on and, once authenticated, who it is. */
export interface CollabContext {
  socket: CollabSocket;
  session?: CollabSession;
}

/**
 * The live-editing server: one Hocuspocus instance whose hooks authenticate
 * each document, load it from the database (snapshot + update log), put every
 * writer's update through the durable write path, stamp presence with the
 * server-known name and colour, and keep derived text current. The gateway
 * feeds it sockets; nothing else talks to Hocuspocus directly.
 */
@Injectable()
export class CollabServer implements BeforeApplicationShutdown {
  private readonly logger = new Logger('CollabServer');
  readonly hocuspocus: Hocuspocus<CollabContext>;
  private readonly writePath: CollabWritePath;
  /** Documents whose memory may be ahead of the database after a failed write; they are never saved from memory. */
  private readonly diverged = new Set<string>();
  private stopping = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(COLLAB_LIMITS) readonly limits: CollabLimits,
    private readonly auth: CollabAuthService,
    private readonly store: WriteupStore,
    private readonly log: UpdateLog,
    private readonly compactor: Compactor,
    private readonly connections: CollabConnections,
  ) {
    this.writePath = new CollabWritePath({
      append: (ticketId, update, userId) => {
        this.compactor.noteAppended(ticketId);
        return this.log.append(ticketId, update, userId);
      },
      onWriteFailed: (document) => this.resetDocument(document),
      maxDocumentBytes: limits.maxDocumentBytes,
      content: limits.content,
    });
    this.hocuspocus = new Hocuspocus<CollabContext>({
      name: 'claimdesk',
      quiet: true,
      timeout: 60_000,
      maxUnauthenticatedQueueMessages: limits.maxUnauthenticatedMessages,
      maxUnauthenticatedQueueSize: limits.maxUnauthenticatedBytes,
      maxPendingDocuments: limits.maxPendingDocuments,
      extensions: this.extensions(),
      onAuthenticate: async ({ token, documentName, connectionConfig, context }) => {
        if (this.stopping) throw new CollabRefusal('server-shutting-down');
        const started = Date.now();
        let session: CollabSession;
        try {
          session = await this.auth.authenticate(token, documentName);
        } catch (error) {
          const reason = error instanceof CollabRefusal ? error.reason : 'unavailable';
          this.logger.warn({ document: documentName, reason, err: error instanceof CollabRefusal ? undefined : error }, 'live connection refused');
          throw error instanceof CollabRefusal ? error : new CollabRefusal(reason);
        }
        // Rights read just before a change was announced are stale: the client retries and reads them afresh.
        if (this.connections.changedSince(session, started)) throw new CollabRefusal('rights-changed');
        if (context.socket.closed) throw new CollabRefusal('closed');
        connectionConfig.readOnly = session.readOnly;
        context.socket.sessions.set(session.ticketId, session);
        return { session };
      },
      onLoadDocument: async ({ document, documentName }) => {
        const stored = await this.store.load(ticketIdOf(documentName)!);
        WriteupStore.applyTo(document, stored);
        const bytes = (stored.snapshot?.byteLength ?? 0) + stored.updates.reduce((sum, update) => sum + update.byteLength, 0);
        this.writePath.loaded(document, bytes);
      },
      beforeHandleMessage: async ({ connection, document, update, context }) => this.beforeMessage(connection, document, update, context),
      beforeHandleAwareness: async ({ states, context }) => {
        const session = context?.session;
        if (!session) return;
        for (const state of states.values()) {
          if (state !== null && typeof state === 'object') state.user = { ...(typeof state.user === 'object' ? state.user : {}), id: session.userId, name: session.name, color: session.colour };
        }
      },
      onStoreDocument: async ({ document, documentName }) => {
        if (this.diverged.has(documentName)) return;
        await this.store.saveDerived(ticketIdOf(documentName)!, extractContent(document));
        this.compactor.maybeCompact(ticketIdOf(documentName)!);
      },
      afterUnloadDocument: async ({ documentName }) => {
        this.writePath.unloaded(documentName);
        this.diverged.delete(documentName);
        this.compactor.scheduleIfWritten(ticketIdOf(documentName)!);
      },
    });
  }

  private extensions(): Extension[] {
    if (!this.config.redisUrl) return [];
    const url = new URL(this.config.redisUrl);
    return [
      new Redis({
        host: url.hostname,
        port: Number(url.port || 6379),
        // Instances that share live documents must share the prefix.
        prefix: this.config.collabRedisPrefix,
        options: { username: url.username || undefined, password: url.password || undefined, tls: url.protocol === 'rediss:' ? {} : undefined },
      }),
    ];
  }

  private async beforeMessage(connection: Connection, document: Document, raw: Uint8Array, context: CollabContext): Promise<void> {
    const session = context.session;
    try {
      const frame = parseFrame(raw);
      if (frame.kind !== 'sync' || frame.step === 'step1') return;
      // Read-only: Hocuspocus refuses to apply it (the gateway has already checked it is well-formed).
      if (!session || connection.readOnly) return;
      if (this.diverged.has(document.name)) throw new FrameError(CLOSE.storageFailed, 'document is being reloaded');
      this.writePath.accept(document, connection, session, frame.payload);
    } catch (error) {
      const refusal = error instanceof FrameError ? error.close : CLOSE.malformed;
      this.logger.warn({ userId: session?.userId, document: document.name, reason: (error as Error).message }, 'live frame refused');
      context.socket.detach(refusal);
      throw Object.assign(new Error(), refusal);
    }
  }

  /**
   * A write that could not be committed leaves memory ahead of the database.
   * Every connection to the document is closed so it unloads; the clients
   * reconnect, the document is loaded from the database, and the clients'
   * sync sends back what was not stored, through the write path again.
   */
  private resetDocument(document: Document): void {
    if (this.diverged.has(document.name)) return;
    this.diverged.add(document.name);
    this.logger.error({ document: document.name }, 'write-up write failed; reloading the document from the database');
    const ticketId = ticketIdOf(document.name);
    this.connections.closeWhere((session) => session.ticketId === ticketId, CLOSE.storageFailed);
  }

  /** Whether the document's memory may be ahead of the database (it is being reloaded). */
  isDiverged(documentName: string): boolean {
    return this.diverged.has(documentName);
  }

  /** Measures a document again after the desk itself changed it (a restore), for the write limits. */
  remeasure(document: Document): void {
    this.writePath.loaded(document, Y.encodeStateAsUpdate(document).byteLength);
  }

  /** The document if this instance has it loaded. */
  loadedDocument(ticketId: string): Document | undefined {
    const document = this.hocuspocus.documents.get(`ticket:${ticketId}`);
    return document && !document.isLoading && !this.diverged.has(document.name) ? document : undefined;
  }

  /** Stop accepting, close every socket, commit what was applied, save derived text, and let documents unload. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.connections.closeAll(CLOSE.shuttingDown);
    await this.log.settled();
    this.hocuspocus.flushPendingStores();
    const deadline = Date.now() + 5_000;
    while (this.hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      this.hocuspocus.flushPendingStores();
    }
    await this.compactor.stop();
    await this.log.settled();
    await this.hocuspocus.hooks('onDestroy', { instance: this.hocuspocus });
  }
}

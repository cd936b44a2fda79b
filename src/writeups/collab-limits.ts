import { WRITEUP_LIMITS, type WriteupLimits } from './writeup-schema.js';

/** Bounds on what one live connection may send or hold. */
export interface CollabLimits {
  /** Largest websocket frame accepted (ws closes with 1009 above it). */
  maxPayloadBytes: number;
  /** Messages per second per connection before it is closed (bursts up to this many). */
  maxMessagesPerSecond: number;
  /** Largest encoded document a write may produce. */
  maxDocumentBytes: number;
  /** Depth, node count and text size a write may take the write-up to (see writeup-schema.ts). */
  content: WriteupLimits;
  /** A connection that has authenticated no document by then is closed. */
  authDeadlineMs: number;
  /** Pre-authentication frames buffered per connection. */
  maxUnauthenticatedMessages: number;
  maxUnauthenticatedBytes: number;
  /** Documents one connection may be authenticating at once. */
  maxPendingDocuments: number;
  /** Update-log rows after which a document is compacted (also compacted on unload). */
  compactAfterUpdates: number;
}

export const DEFAULT_COLLAB_LIMITS: CollabLimits = {
  // A client's first sync may carry the whole document: a frame must hold the largest document allowed.
  maxPayloadBytes: 2 * 1024 * 1024 + 64 * 1024,
  maxMessagesPerSecond: 200,
  maxDocumentBytes: 2 * 1024 * 1024,
  content: WRITEUP_LIMITS,
  authDeadlineMs: 10_000,
  maxUnauthenticatedMessages: 100,
  maxUnauthenticatedBytes: 256 * 1024,
  maxPendingDocuments: 8,
  compactAfterUpdates: 500,
};

/**
 * A fixed one-second window counter: cheap, and enough to stop a client that
 * floods frames (legitimate editors send a few per second).
 */
export class RateWindow {
  private windowStart = 0;
  private count = 0;

  constructor(private readonly perSecond: number) {}

  /** Counts one message at `now` (ms); false once the window's budget is spent. */
  take(now: number): boolean {
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.count = 0;
    }
    this.count += 1;
    return this.count <= this.perSecond;
  }
}

/** Injection token for the limits, so tests and the benchmark can tighten them. */
export const COLLAB_LIMITS = Symbol('COLLAB_LIMITS');

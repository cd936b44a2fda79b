import type { EntityManager } from 'typeorm';
import type { CanonicalWriteup } from './content-hash.js';

/**
 * Where sign-off and publishing read the live write-up from: its current
 * canonical content, read inside the caller's transaction, and its public HTML.
 * Provided by the live-editing module; sign-off depends only on this shape.
 */
export interface WriteupSource {
  current(manager: EntityManager, ticketId: string): Promise<CanonicalWriteup | null>;
  renderHtml(json: unknown): string;
}

export const WRITEUP_SOURCE = Symbol('WRITEUP_SOURCE');

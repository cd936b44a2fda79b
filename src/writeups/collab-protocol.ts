import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** Message types of the Hocuspocus protocol (first varUint after the document name). */
export const MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  syncReply: 4,
  stateless: 5,
  broadcastStateless: 6,
  close: 7,
  syncStatus: 8,
  ping: 9,
  pong: 10,
} as const;

/** Sub-types of a Sync message (y-protocols). */
export const SYNC = { step1: 0, step2: 1, update: 2 } as const;

/** Close codes the gateway uses; the reason says the same in words. */
export const CLOSE = {
  malformed: { code: 4400, reason: 'malformed-frame' },
  invalidUpdate: { code: 4400, reason: 'invalid-update' },
  unauthenticated: { code: 4401, reason: 'authentication-timeout' },
  rightsChanged: { code: 4403, reason: 'rights-changed' },
  tooLarge: { code: 4413, reason: 'document-too-large' },
  tooComplex: { code: 4413, reason: 'document-too-complex' },
  notAllowed: { code: 4422, reason: 'content-not-allowed' },
  rateLimited: { code: 4429, reason: 'rate-limited' },
  storageFailed: { code: 4500, reason: 'storage-failed' },
  shuttingDown: { code: 1001, reason: 'server-shutting-down' },
} as const;
export type CloseReason = (typeof CLOSE)[keyof typeof CLOSE];

export class FrameError extends Error {
  constructor(readonly close: CloseReason, message: string) {
    super(message);
  }
}

const DOCUMENT_NAME = /^ticket:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** `ticket:<uuid>` → the ticket id, or undefined for any other name. */
export function ticketIdOf(documentName: string): string | undefined {
  return DOCUMENT_NAME.exec(documentName)?.[1];
}

export const documentNameOf = (ticketId: string) => `ticket:${ticketId}`;

export type Frame =
  | { kind: 'sync'; documentName: string; step: 'step1' | 'step2' | 'update'; payload: Uint8Array }
  | { kind: 'other'; documentName: string; type: number };

/**
 * Reads the envelope of one client frame: the address (document name,
 * optionally followed by NUL and a session id), the message type and, for Sync
 * messages, the carried update. Anything that does not parse exactly (unknown
 * types, truncated varints, trailing bytes after an update) is refused before
 * it reaches the document.
 */
export function parseFrame(data: Uint8Array): Frame {
  try {
    const decoder = decoding.createDecoder(data);
    const address = decoding.readVarString(decoder);
    const separator = address.indexOf('\0');
    const documentName = separator === -1 ? address : address.slice(0, separator);
    if (!ticketIdOf(documentName)) throw new FrameError(CLOSE.malformed, 'unknown document name');
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE.sync || type === MESSAGE.syncReply) {
      const sub = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (decoding.hasContent(decoder)) throw new FrameError(CLOSE.malformed, 'trailing bytes after a sync message');
      const step = sub === SYNC.step1 ? 'step1' : sub === SYNC.step2 ? 'step2' : sub === SYNC.update ? 'update' : undefined;
      if (!step) throw new FrameError(CLOSE.malformed, `unknown sync message type ${sub}`);
      return { kind: 'sync', documentName, step, payload };
    }
    readBody(type, decoder);
    return { kind: 'other', documentName, type };
  } catch (error) {
    if (error instanceof FrameError) throw error;
    throw new FrameError(CLOSE.malformed, `undecodable frame: ${(error as Error).message}`);
  }
}

/** Reads the body of the other message types a client may send, so a malformed one never reaches Hocuspocus. */
function readBody(type: number, decoder: decoding.Decoder): void {
  switch (type) {
    case MESSAGE.awareness: {
      const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      const count = decoding.readVarUint(update);
      for (let i = 0; i < count; i += 1) {
        decoding.readVarUint(update); // client id
        decoding.readVarUint(update); // clock
        JSON.parse(decoding.readVarString(update));
      }
      return;
    }
    case MESSAGE.auth:
      decoding.readVarUint(decoder);
      decoding.readVarString(decoder);
      return;
    case MESSAGE.stateless:
      decoding.readVarString(decoder);
      return;
    case MESSAGE.queryAwareness:
    case MESSAGE.close:
      return;
    default:
      throw new FrameError(CLOSE.malformed, `message type ${type} is not accepted from clients`);
  }
}

/**
 * Decodes a Yjs update completely without touching any document, so a
 * malformed one is refused before it is applied or stored (Yjs applies what it
 * decoded so far before it notices a corrupt tail, and y-protocols swallows the
 * error). Returns the number of structs and deletions it carries.
 */
export function validateUpdate(update: Uint8Array): { structs: number; deletes: number } {
  try {
    const decoded = Y.decodeUpdate(update);
    let deletes = 0;
    decoded.ds.clients.forEach((items) => (deletes += items.length));
    return { structs: decoded.structs.length, deletes };
  } catch (error) {
    throw new FrameError(CLOSE.invalidUpdate, `undecodable update: ${(error as Error).message}`);
  }
}

/** A SyncStatus message (the acknowledgement the provider counts unsynced changes with). */
export function isSyncStatus(message: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    return decoding.readVarUint(decoder) === MESSAGE.syncStatus;
  } catch {
    return false;
  }
}

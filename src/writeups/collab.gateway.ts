import type { IncomingMessage } from 'node:http';
import { Logger } from '@nestjs/common';
import { type OnGatewayConnection, WebSocketGateway } from '@nestjs/websockets';
import type { RawData, WebSocket } from 'ws';
import type { CollabSocket } from './collab-connections.js';
import { CollabConnections } from './collab-connections.js';
import { CLOSE, type CloseReason, FrameError, parseFrame, validateUpdate } from './collab-protocol.js';
import { DEFAULT_COLLAB_LIMITS, RateWindow } from './collab-limits.js';
import { CollabServer } from './collab-server.js';

/**
 * `/collab`: the Hocuspocus protocol over the Nest ws adapter. Every frame is
 * checked here first (size by ws, rate, envelope) and a bad one closes the
 * socket with a code saying why; Hocuspocus then authenticates each document
 * before it processes any of its frames. A socket that authenticates nothing
 * within the deadline is closed.
 */
@WebSocketGateway({ path: '/collab', maxPayload: DEFAULT_COLLAB_LIMITS.maxPayloadBytes, perMessageDeflate: false })
export class CollabGateway implements OnGatewayConnection {
  private readonly logger = new Logger('CollabGateway');

  constructor(
    private readonly server: CollabServer,
    private readonly connections: CollabConnections,
  ) {}

  // Called synchronously on connection: listeners are attached before anything can arrive.
  handleConnection(ws: WebSocket, request: IncomingMessage): void {
    try {
      this.attach(ws, request);
    } catch (error) {
      this.logger.warn({ err: error }, 'live connection could not be set up');
      ws.close(CLOSE.malformed.code, CLOSE.malformed.reason);
    }
  }

  private attach(ws: WebSocket, request: IncomingMessage): void {
    const limits = this.server.limits;
    const rate = new RateWindow(limits.maxMessagesPerSecond);
    const socket: CollabSocket = {
      ws,
      sessions: new Map(),
      closed: false,
      detach: (reason: CloseReason) => detach(reason),
    };
    const client = this.server.hocuspocus.handleConnection(ws, toFetchRequest(request), { socket });
    this.connections.add(socket);

    const deadline = setTimeout(() => {
      if (socket.sessions.size === 0) detach(CLOSE.unauthenticated);
    }, limits.authDeadlineMs);
    deadline.unref();

    const detach = (reason: CloseReason) => {
      if (socket.closed) return;
      socket.closed = true;
      clearTimeout(deadline);
      if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(reason.code, reason.reason);
      client.handleClose({ code: reason.code, reason: reason.reason });
      this.connections.remove(socket);
    };

    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (socket.closed) return;
      if (!isBinary || !rate.take(Date.now())) {
        detach(isBinary ? CLOSE.rateLimited : CLOSE.malformed);
        return;
      }
      const bytes = toUint8Array(data);
      try {
        // Updates are decoded completely here, so nothing malformed reaches a document, read-only or not.
        const frame = parseFrame(bytes);
        if (frame.kind === 'sync' && frame.step !== 'step1') validateUpdate(frame.payload);
      } catch (error) {
        this.logger.warn({ reason: (error as Error).message }, 'malformed live frame refused');
        detach(error instanceof FrameError ? error.close : CLOSE.malformed);
        return;
      }
      client.handleMessage(bytes);
    });
    ws.on('error', () => detach(CLOSE.malformed));
    ws.on('close', (code: number, reason: Buffer) => {
      clearTimeout(deadline);
      if (!socket.closed) {
        socket.closed = true;
        client.handleClose({ code, reason: reason.toString() });
        this.connections.remove(socket);
      }
    });
  }
}

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Hocuspocus wants a Fetch Request but reads only its URL (query parameters)
 * and headers, which no hook here uses: one shared empty header set instead of
 * a copy of every upgrade's headers keeps a connection's footprint small.
 */
const NO_HEADERS = new Headers();
function toFetchRequest(request: IncomingMessage): Request {
  return { url: request.url ?? '/collab', headers: NO_HEADERS } as unknown as Request;
}

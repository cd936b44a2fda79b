import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';

/** Frames of the Hocuspocus protocol, written by hand so tests can also write broken ones. */
export function authFrame(name: string, token: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, name);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint(e, 0);
  encoding.writeVarString(e, token);
  return encoding.toUint8Array(e);
}

export function syncFrame(name: string, step: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, name);
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, step);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** A bare websocket speaking the protocol: authenticate, send anything, see whether the server still answers. */
export class RawClient {
  closed: { code: number; reason: string } | undefined;
  private waiters = new Set<() => void>();
  private readonly inbox: Uint8Array[] = [];

  private constructor(
    readonly ws: WebSocket,
    readonly name: string,
  ) {
    ws.on('message', (data: Buffer) => {
      this.inbox.push(new Uint8Array(data));
      this.wake();
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
    ws.on('error', () => undefined);
  }

  static async open(url: string, name: string, token: string): Promise<RawClient> {
    const ws = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const client = new RawClient(ws, name);
    ws.send(authFrame(name, token));
    const scope = await client.waitFor((message) => {
      const d = decoding.createDecoder(message);
      decoding.readVarString(d);
      if (decoding.readVarUint(d) !== 2) return undefined;
      const type = decoding.readVarUint(d);
      return type === 2 ? decoding.readVarString(d) : type === 1 ? 'denied' : undefined;
    });
    if (scope === undefined || scope === 'denied') throw new Error(`authentication failed (${scope ?? 'closed'})`);
    return client;
  }

  send(frame: Uint8Array): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(frame);
  }

  /** Sends SyncStep1 and waits for the SyncStep2 answer: true while the server still serves this socket. */
  async alive(timeoutMs = 2_000): Promise<boolean> {
    if (this.closed) return false;
    this.inbox.length = 0;
    this.send(syncFrame(this.name, 0, new Uint8Array([0])));
    const answer = await this.waitFor((message) => {
      const d = decoding.createDecoder(message);
      decoding.readVarString(d);
      return decoding.readVarUint(d) === 0 && decoding.readVarUint(d) === 1 ? true : undefined;
    }, timeoutMs);
    return answer === true;
  }

  close(): void {
    this.ws.terminate();
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private waitFor<T>(match: (message: Uint8Array) => T | undefined, timeoutMs = 5_000): Promise<T | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(undefined), timeoutMs);
      const finish = (value: T | undefined) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(value);
      };
      const check = () => {
        while (this.inbox.length > 0) {
          const message = this.inbox.shift()!;
          try {
            const value = match(message);
            if (value !== undefined) return finish(value);
          } catch {
            // not the message we wait for
          }
        }
        if (this.closed) finish(undefined);
      };
      this.waiters.add(check);
      check();
    });
  }
}

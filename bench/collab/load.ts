import { performance } from 'node:perf_hooks';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface LoadOptions {
  url: string;
  documents: string[];
  tokens: string[];
  editors: number;
  typists: number;
  rate: number;
  warmupSeconds: number;
  seconds: number;
  /** Called once every editor is connected and synced, before typing starts. */
  connected: () => Promise<void>;
}

export interface LoadFigures {
  propagation: number[];
  acks: number[];
  sent: number;
  connectSeconds: number;
}

interface Client {
  socket: HocuspocusProviderWebsocket;
  provider: HocuspocusProvider;
  doc: Y.Doc;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * N editors over M documents, the first T of them typing one character every
 * 1/rate s (each into a paragraph of its own, as people do). Propagation is
 * measured from the typing call to the update reaching every other editor of
 * the document; acknowledgement from the typing call to the provider having
 * no unsynced change left for it. Connections are spread over time, as real
 * users arrive, so awareness renewals do not all fall in one wave.
 */
export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  const sentAt = new Map<string, number>();
  const propagation: number[] = [];
  const acks: number[] = [];
  let recording = false;
  let sent = 0;

  const clients: Client[] = [];
  const started = performance.now();
  for (let i = 0; i < options.editors; i += 1) {
    const doc = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({ url: options.url, WebSocketPolyfill: WebSocket, messageReconnectTimeout: 120_000 });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: options.documents[i % options.documents.length]!,
      token: options.tokens[i % options.tokens.length]!,
      document: doc,
    });
    provider.attach();
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (!recording || origin !== provider) return;
      const now = performance.now();
      for (const [client, clock] of Y.parseUpdateMeta(update).from) {
        const at = sentAt.get(`${client}:${clock}`);
        if (at !== undefined) propagation.push(now - at);
      }
    });
    clients.push({ socket, provider, doc });
    if (i % 25 === 24) await sleep(100);
  }
  const deadline = Date.now() + 120_000;
  while (!clients.every((c) => c.provider.isSynced)) {
    if (Date.now() > deadline) throw new Error(`only ${clients.filter((c) => c.provider.isSynced).length} of ${clients.length} editors synced`);
    await sleep(50);
  }
  const connectSeconds = (performance.now() - started) / 1000;
  await options.connected();

  const timers: NodeJS.Timeout[] = [];
  for (const client of clients.slice(0, options.typists)) {
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    client.doc.getXmlFragment('default').push([paragraph]);
    const pending: number[] = [];
    let unsynced = client.provider.unsyncedChanges;
    client.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      const now = performance.now();
      for (let acked = unsynced - number; acked > 0 && pending.length > 0; acked -= 1) {
        const at = pending.shift()!;
        if (recording && at > 0) acks.push(now - at);
      }
      unsynced = number;
    });
    const type = () => {
      const now = performance.now();
      const clock = Y.getState(client.doc.store, client.doc.clientID);
      if (recording) {
        sentAt.set(`${client.doc.clientID}:${clock}`, now);
        sent += 1;
      }
      pending.push(recording ? now : -1);
      text.insert(text.length, String.fromCharCode(97 + (clock % 26)));
    };
    const start = setTimeout(() => timers.push(setInterval(type, 1000 / options.rate)), Math.random() * (1000 / options.rate));
    timers.push(start);
  }
  await sleep(options.warmupSeconds * 1000);
  recording = true;
  await sleep(options.seconds * 1000);
  recording = false;
  for (const timer of timers) clearInterval(timer);
  await sleep(1000);
  for (const client of clients) {
    client.provider.destroy();
    client.socket.destroy();
  }
  return { propagation, acks, sent, connectSeconds };
}

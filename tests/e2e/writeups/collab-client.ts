import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { db } from '../../support/factories.js';

/** A real `@hocuspocus/provider` client on Node (which has no global WebSocket). */
export interface TestClient {
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  doc: Y.Doc;
  events: { closes: number; authenticated: string[]; failures: string[] };
  destroy(): void;
}

export function wsUrl(baseUrl: string): string {
  return `${baseUrl.replace(/^http/, 'ws')}/collab`;
}

export function connect(baseUrl: string, ticketId: string, token: string): TestClient {
  const socket = new HocuspocusProviderWebsocket({
    url: wsUrl(baseUrl),
    WebSocketPolyfill: WebSocket,
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
    factor: 1,
    jitter: false,
  });
  const doc = new Y.Doc();
  const events = { closes: 0, authenticated: [] as string[], failures: [] as string[] };
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: `ticket:${ticketId}`,
    token,
    document: doc,
    onAuthenticated: ({ scope }) => events.authenticated.push(scope),
    onAuthenticationFailed: ({ reason }) => events.failures.push(reason),
  });
  socket.on('close', () => (events.closes += 1));
  provider.attach();
  return {
    provider,
    socket,
    doc,
    events,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Polls until `check` holds, or fails after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export const fragment = (doc: Y.Doc) => doc.getXmlFragment('default');

/** Appends a paragraph holding `text`, as an editor would. */
export function typeParagraph(doc: Y.Doc, text: string): void {
  doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    fragment(doc).push([paragraph]);
  });
}

export function paragraphs(doc: Y.Doc): string[] {
  return fragment(doc)
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? node.toArray().map((child) => (child instanceof Y.XmlText ? child.toString() : '')).join('') : ''));
}

/** The write-up as the database alone has it: snapshot plus every update-log row. */
export async function storedDoc(ticketId: string): Promise<Y.Doc> {
  const { rows } = await db().query<{ snapshot: Buffer | null; updates: Buffer[] | null }>(
    `SELECT d.snapshot, (SELECT array_agg(u.update ORDER BY u.seq) FROM writeup_updates u WHERE u.ticket_id = t.id) AS updates
       FROM (SELECT $1::uuid AS id) t LEFT JOIN writeup_documents d ON d.ticket_id = t.id`,
    [ticketId],
  );
  const doc = new Y.Doc();
  if (rows[0]?.snapshot) Y.applyUpdate(doc, rows[0].snapshot);
  for (const update of rows[0]?.updates ?? []) Y.applyUpdate(doc, update);
  return doc;
}

export async function updateRows(ticketId: string): Promise<number> {
  const { rows } = await db().query<{ n: string }>(`SELECT count(*) AS n FROM writeup_updates WHERE ticket_id = $1`, [ticketId]);
  return Number(rows[0]!.n);
}

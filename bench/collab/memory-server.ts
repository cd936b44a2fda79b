/**
 * Child process: a standalone Hocuspocus server keeping documents in memory
 * with the default debounced store (2 s, at most 10 s): the usual set-up, and
 * not durable. No authentication beyond accepting the token.
 */
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import { freePort } from '../../tests/support/free-port.js';
import { answerParent, type ServerMessage } from './shared.js';

const stored = new Map<string, Uint8Array>();
let stores = 0;
const port = await freePort();
const server = new Server({
  port,
  address: '127.0.0.1',
  quiet: true,
  onAuthenticate: async ({ token }) => {
    if (!token) throw new Error('no token');
  },
  onLoadDocument: async ({ document, documentName }) => {
    const state = stored.get(documentName);
    if (state) Y.applyUpdate(document, state);
  },
  onStoreDocument: async ({ document, documentName }) => {
    stored.set(documentName, Y.encodeStateAsUpdate(document));
    stores += 1;
  },
});
await server.listen();
answerParent(
  () => ({ commits: stores, rows: stores }),
  () => server.destroy(),
);
process.send!({ type: 'ready', port } satisfies ServerMessage);

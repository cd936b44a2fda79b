import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { testDatabaseUrl } from '../../support/desk.js';
import { assign, closeDb, createStaffedNewsroom, createTicket, TEST_JWT_SECRET, type TestUser } from '../../support/factories.js';
import { freePort } from '../../support/free-port.js';
import { type DeskProcess, startDeskProcess } from '../../support/process.js';
import { connect, paragraphs, storedDoc, type TestClient, typeParagraph, until } from './collab-client.js';

const ROUNDS = Number(process.env.WRITEUP_CRASH_ROUNDS ?? 5);

interface Typist {
  client: TestClient;
  typed: string[];
  /** How many of `typed` the server had acknowledged (no unsynced changes left) before the kill. */
  acked: number;
  killed: boolean;
}

function startServer(port: number): Promise<DeskProcess> {
  return startDeskProcess({
    DATABASE_URL: testDatabaseUrl(),
    PORT: String(port),
    HOST: '127.0.0.1',
    JWT_SECRET: TEST_JWT_SECRET,
    NODE_ENV: 'test',
    DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'claimdesk-crash-')),
  });
}

function typist(baseUrl: string, ticketId: string, user: TestUser): Typist {
  const state: Typist = { client: connect(baseUrl, ticketId, user.token), typed: [], acked: 0, killed: false };
  state.client.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    // Every edit is sent synchronously when typed, so "nothing unsynced" covers all typed so far.
    if (number === 0 && !state.killed) state.acked = state.typed.length;
  });
  return state;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('crash safety of the write-up', () => {
  const servers: DeskProcess[] = [];
  afterAll(async () => {
    for (const server of servers) if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    await closeDb();
  });

  it(`keeps every acknowledged edit across ${ROUNDS} SIGKILLs at random moments, from the database alone`, async () => {
    const staff = await createStaffedNewsroom();
    const ticket = await createTicket(staff.newsroom, staff.editor, { status: 'drafting' });
    await assign(ticket, staff.researcher, staff.editor);
    const writers = [staff.researcher, staff.reviewer, staff.editor];
    const acknowledged: string[] = [];
    let typedTotal = 0;

    for (let round = 0; round < ROUNDS; round += 1) {
      const port = await freePort();
      const server = await startServer(port);
      servers.push(server);
      const baseUrl = `http://127.0.0.1:${port}`;
      const typists = writers.map((user) => typist(baseUrl, ticket.id, user));
      await until(() => typists.every((t) => t.client.provider.isSynced), 10_000, 'clients synced');

      const killAt = Date.now() + 150 + Math.random() * 900;
      let n = 0;
      while (Date.now() < killAt) {
        const t = typists[n % typists.length]!;
        const text = `r${round}-u${n % typists.length}-${n}`;
        t.typed.push(text);
        typeParagraph(t.client.doc, text);
        n += 1;
        await sleep(Math.random() * 8);
      }
      for (const t of typists) t.killed = true;
      server.child.kill('SIGKILL');
      await server.exited;
      for (const t of typists) {
        acknowledged.push(...t.typed.slice(0, t.acked));
        typedTotal += t.typed.length;
        t.client.destroy();
      }

      const stored = new Set(paragraphs(await storedDoc(ticket.id)));
      const missing = acknowledged.filter((text) => !stored.has(text));
      expect(missing).toEqual([]);
    }

    // A fresh server loads the same content from the database alone, with no client to resend anything.
    const port = await freePort();
    const server = await startServer(port);
    servers.push(server);
    const token = writers[0]!.token;
    const response = await fetch(`http://127.0.0.1:${port}/api/newsrooms/${staff.newsroom.slug}/tickets/${ticket.id}/writeup`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const lines = new Set(((await response.json()) as { text: string }).text.split('\n'));
    expect(acknowledged.filter((text) => !lines.has(text))).toEqual([]);
    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);

    expect(acknowledged.length).toBeGreaterThan(ROUNDS);
    process.stdout.write(`write-up crash test: ${ROUNDS} rounds, ${typedTotal} edits typed, ${acknowledged.length} acknowledged edits checked\n`);
  }, 180_000);
});

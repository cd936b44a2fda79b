import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { closeDb, createStaffedNewsroom, createTicket } from '../../support/factories.js';
import { connect, paragraphs, storedDoc, type TestClient, typeParagraph, until } from './collab-client.js';

const REDIS_URL = process.env.WRITEUP_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('live documents shared by two instances through Redis', () => {
  let a: TestDesk;
  let b: TestDesk;
  const clients: TestClient[] = [];
  beforeAll(async () => {
    // A prefix of this run's own, so parallel runs sharing the Redis never see each other.
    const COLLAB_REDIS_PREFIX = `claimdesk-test:${randomUUID()}`;
    a = await startDesk({ REDIS_URL, COLLAB_REDIS_PREFIX });
    b = await startDesk({ REDIS_URL, COLLAB_REDIS_PREFIX });
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await Promise.all([a?.close(), b?.close()]);
    await closeDb();
  });

  it('lets a client on instance A and one on instance B converge, each edit stored by its own instance', async () => {
    const staff = await createStaffedNewsroom();
    const ticket = await createTicket(staff.newsroom, staff.editor, { status: 'drafting' });
    const onA = connect(a.baseUrl, ticket.id, staff.editor.token);
    const onB = connect(b.baseUrl, ticket.id, staff.reviewer.token);
    clients.push(onA, onB);
    await until(() => onA.provider.isSynced && onB.provider.isSynced, 10_000, 'both synced');

    typeParagraph(onA.doc, 'typed on A');
    await until(() => paragraphs(onB.doc).includes('typed on A'), 10_000, 'A → B');
    typeParagraph(onB.doc, 'typed on B');
    await until(() => paragraphs(onA.doc).includes('typed on B'), 10_000, 'B → A');
    expect(paragraphs(onA.doc)).toEqual(paragraphs(onB.doc));

    await until(() => !onA.provider.hasUnsyncedChanges && !onB.provider.hasUnsyncedChanges, 10_000, 'acknowledgements');
    expect(paragraphs(await storedDoc(ticket.id)).sort()).toEqual(['typed on A', 'typed on B']);
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { type DomainEvent, DomainEvents } from '../../../src/events/domain-events.js';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { bearer, closeDb, createStaffedNewsroom, createTicket, type TestUser } from '../../support/factories.js';
import { connect, type TestClient, until } from '../writeups/collab-client.js';

/** Two instances of the desk on one database, as behind the compose proxy (no Redis needed for this). */
describe('domain events across instances', () => {
  let a: TestDesk;
  let b: TestDesk;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    [a, b] = await Promise.all([startDesk(), startDesk()]);
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await Promise.all([a?.close(), b?.close()]);
    await closeDb();
  });

  it('delivers an event published on one instance once to every instance', async () => {
    const marker = randomUUID();
    const seen = { a: 0, b: 0 };
    const count = (desk: TestDesk, key: 'a' | 'b') =>
      desk.app.get(DomainEvents).stream.subscribe((event: DomainEvent) => {
        if (event.type === 'sessions.revoked' && event.userId === marker) seen[key] += 1;
      });
    const subscriptions = [count(a, 'a'), count(b, 'b')];
    try {
      a.app.get(DomainEvents).publish({ type: 'sessions.revoked', userId: marker });
      await until(() => seen.b === 1, 2_000, 'the event on instance B');
      await new Promise((resolve) => setTimeout(resolve, 200)); // anything duplicated would have arrived by now
      expect(seen).toEqual({ a: 1, b: 1 });
    } finally {
      for (const subscription of subscriptions) subscription.unsubscribe();
    }
  });

  it('closes a live connection held by instance B within 1 s when the member is demoted through instance A', async () => {
    const staff = await createStaffedNewsroom();
    const ticket = await createTicket(staff.newsroom, staff.editor, { status: 'drafting' });
    const reviewer = connect(b.baseUrl, ticket.id, staff.reviewer.token);
    clients.push(reviewer);
    await until(() => reviewer.provider.isSynced, 5_000, 'synced on B');
    expect(reviewer.events.authenticated).toEqual(['read-write']);

    const started = Date.now();
    await request(a.baseUrl)
      .patch(`/api/newsrooms/${staff.newsroom.slug}/members/${staff.reviewer.id}`)
      .set(bearer(staff.admin))
      .send({ role: 'viewer' })
      .expect(200);
    await until(() => reviewer.events.closes > 0, 1_000, 'close on B after a demotion on A');
    expect(Date.now() - started).toBeLessThan(1_000);
    await until(() => reviewer.events.authenticated.length === 2, 5_000, 're-authentication on B');
    expect(reviewer.events.authenticated[1]).toBe('readonly');
  });

  it('refuses on instance B, at once, a member whose access instance B had just cached, after removal or logout through instance A', async () => {
    const staff = await createStaffedNewsroom();
    const queue = (desk: TestDesk, who: TestUser) => request(desk.baseUrl).get(`/api/newsrooms/${staff.newsroom.slug}/tickets`).set(bearer(who));
    const eventually = async (what: string, check: () => Promise<boolean>) => {
      const deadline = Date.now() + 1_000;
      while (!(await check())) {
        if (Date.now() > deadline) throw new Error(`${what} within 1 s`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };

    // B answers the researcher from its cache from the second request on.
    await queue(b, staff.researcher).expect(200);
    await queue(b, staff.researcher).expect(200);
    await request(a.baseUrl).delete(`/api/newsrooms/${staff.newsroom.slug}/members/${staff.researcher.id}`).set(bearer(staff.admin)).expect(204);
    await eventually('removed member refused on B', async () => (await queue(b, staff.researcher)).status === 404);

    await queue(b, staff.reviewer).expect(200);
    await queue(b, staff.reviewer).expect(200);
    await request(a.baseUrl).post('/api/auth/logout').set(bearer(staff.reviewer)).expect(204);
    await eventually('logged-out session refused on B', async () => (await queue(b, staff.reviewer)).status === 401);
  });
});

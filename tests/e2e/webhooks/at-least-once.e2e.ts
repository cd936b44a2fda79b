import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { bearer, closeDb, createStaffedNewsroom, createTicket, db, writeWriteup } from '../../support/factories.js';
import { freePort } from '../../support/free-port.js';
import { startDesk, TEST_JWT_SECRET, type TestDesk, testDatabaseUrl } from '../../support/desk.js';
import { type DeskProcess, startDeskProcess } from '../../support/process.js';
import { until } from '../signoffs/desk-flow.js';
import { TestReceiver } from './receiver.js';

/**
 * The desk runs as a real child process. The receiver holds the first
 * delivery open; the process is SIGKILLed after the event was committed and
 * while its delivery is in flight, so no outcome is ever recorded, and just
 * after a second event committed that was never sent. A fresh instance must
 * deliver both, the first again under the same webhook-id, which the receiver
 * processes exactly once.
 */
describe('webhook delivery across a process kill', () => {
  const receiver = new TestReceiver();
  const running: DeskProcess[] = [];
  let url: string;
  let desk: TestDesk | undefined;

  const start = async () => {
    const port = await freePort();
    const child = await startDeskProcess({
      DATABASE_URL: testDatabaseUrl(),
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: TEST_JWT_SECRET,
      NODE_ENV: 'test',
      DEMO_DATA: 'false',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'claimdesk-webhook-kill-')),
      WEBHOOK_LEASE_MS: '1000',
      WEBHOOK_POLL_MS: '100',
      WEBHOOK_TIMEOUT_MS: '10000',
    });
    running.push(child);
    return { child, baseUrl: `http://127.0.0.1:${port}` };
  };

  beforeAll(async () => {
    url = await receiver.start();
  });
  afterAll(async () => {
    for (const child of running) if (child.child.exitCode === null && child.child.signalCode === null) child.child.kill('SIGKILL');
    await Promise.all(running.map((child) => child.exited));
    await desk?.close();
    await receiver.stop();
    await closeDb();
  });

  it('delivers at least once, in flight or not yet sent, and the receiver de-duplicates by webhook-id', async () => {
    const staff = await createStaffedNewsroom();
    const ticket = await createTicket(staff.newsroom, staff.researcher, { status: 'in_review', rating: 'false', summary: 'Not so.', ratingSetBy: staff.researcher.id });
    await writeWriteup(ticket, staff.researcher);
    const first = await start();
    const api = (path: string) => `/api/newsrooms/${staff.newsroom.slug}${path}`;
    const created = await request(first.baseUrl).post(api('/webhooks')).set(bearer(staff.admin)).send({ url, events: ['ticket.signed_off'] });
    expect(created.status).toBe(201);
    receiver.secret = created.body.secret;

    let released = false;
    receiver.respond = () => (released ? 200 : 'hang');
    const signed = await request(first.baseUrl).post(api(`/tickets/${ticket.id}/signoffs`)).set(bearer(staff.reviewer)).send({ decision: 'approve' });
    expect(signed.status).toBe(201);
    await until(() => receiver.requests.length === 1, 10_000, 'first delivery attempt');
    // A second event commits while the worker waits on the first: killed before it is ever sent.
    const second = await request(first.baseUrl).post(api(`/tickets/${ticket.id}/signoffs`)).set(bearer(staff.editor)).send({ decision: 'approve' });
    expect(second.status).toBe(201);
    first.child.child.kill('SIGKILL');
    await first.child.exited;
    expect(receiver.requests).toHaveLength(1);
    const eventId = receiver.requests[0]!.id;
    const { rows } = await db().query(
      `SELECT d.status, d.attempts FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id WHERE e.newsroom_id = $1 ORDER BY e.created_at`,
      [staff.newsroom.id],
    );
    expect(rows).toEqual([
      { status: 'pending', attempts: 1 },
      { status: 'pending', attempts: 0 },
    ]);

    released = true;
    // A fresh instance (in this process, to keep the test quick) finds the expired lease and sends again.
    desk = await startDesk();
    await until(() => receiver.processed.size === 2, 15_000, 'both events after restart');
    expect(receiver.requests.every((received) => received.valid)).toBe(true);
    // The interrupted one arrived twice under one webhook-id and was processed once.
    expect(receiver.requests.filter((received) => received.id === eventId).length).toBeGreaterThanOrEqual(2);
    expect(receiver.processed.get(eventId)).toMatchObject({ type: 'ticket.signed_off', data: { ticketId: ticket.id, role: 'reviewer' } });
    const other = [...receiver.processed.keys()].find((key) => key !== eventId)!;
    expect(receiver.processed.get(other)).toMatchObject({ type: 'ticket.signed_off', data: { ticketId: ticket.id, role: 'editor' } });
    await until(
      async () => (await db().query(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE newsroom_id = $1 AND status = 'delivered'`, [staff.newsroom.id])).rows[0].n === 2,
      5_000,
      'delivered status',
    );
  }, 60_000);
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { closeDb, createStaffedNewsroom, createTicket, createUser, db } from '../../support/factories.js';
import { ticketsApi } from '../tickets/api.js';

describe('audit: append-only, hash-chained history', () => {
  let desk: TestDesk;
  let staff: Awaited<ReturnType<typeof createStaffedNewsroom>>;
  let api: ReturnType<typeof ticketsApi>;
  let ticketId: string;
  beforeAll(async () => {
    desk = await startDesk();
    staff = await createStaffedNewsroom();
    api = ticketsApi(desk.baseUrl, staff.newsroom.slug);
    const created = await api.create(staff.editor, { claim: 'Audited claim.' }).expect(201);
    ticketId = created.body.id;
    await api.assign(staff.editor, ticketId, staff.researcher.id, 'researcher', 1).expect(201);
    await api.transition(staff.researcher, ticketId, 'researching', 2).expect(201);
    await api.verdict(staff.researcher, ticketId, { rating: 'unproven', summary: 'Nothing confirms it yet.', version: 3 }).expect(200);
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  it('lists a ticket\'s history with actor, action, time and before/after', async () => {
    const history = await api.history(staff.viewer, ticketId).expect(200);
    expect(history.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'ticket.created',
      // One entry per member action: assigning the researcher carries the move to "assigned".
      'ticket.assigned',
      'ticket.transitioned',
      'verdict.set',
    ]);
    expect(history.body.items[1]).toMatchObject({
      actorId: staff.editor.id,
      before: { status: 'new', userId: staff.researcher.id, role: null },
      after: { status: 'assigned', action: 'assign', userId: staff.researcher.id, role: 'researcher' },
    });
    expect(history.body.items[3]).toMatchObject({
      actorId: staff.researcher.id,
      before: { rating: null, summary: null },
      after: { rating: 'unproven', summary: 'Nothing confirms it yet.', ratingSetBy: staff.researcher.id },
    });
    expect(JSON.stringify(history.body)).not.toMatch(/hash/i);
    const outsider = await createUser();
    await api.history(outsider, ticketId).expect(404);
    const other = await createStaffedNewsroom();
    const foreign = await createTicket(other.newsroom, other.editor);
    await api.history(staff.editor, foreign.id).expect(404);
  });

  it('verifies the newsroom chain (editors only)', async () => {
    await api.verify(staff.reviewer).expect(403);
    const verify = await api.verify(staff.editor).expect(200);
    expect(verify.body).toEqual({ ok: true, entries: 4, firstBrokenEntry: null });
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    await expect(db().query(`UPDATE audit_entries SET action = 'x' WHERE ticket_id = $1`, [ticketId])).rejects.toThrow(/append-only/);
    await expect(db().query(`DELETE FROM audit_entries WHERE ticket_id = $1`, [ticketId])).rejects.toThrow(/append-only/);
    await expect(db().query(`TRUNCATE audit_entries`)).rejects.toThrow(/append-only/);
    const count = await db().query(`SELECT count(*)::int AS n FROM audit_entries WHERE ticket_id = $1`, [ticketId]);
    expect(count.rows[0].n).toBe(4);
  });

  it('detects a row changed behind the trigger\'s back', async () => {
    const client = await db().connect();
    try {
      await client.query('BEGIN');
      // Only a superuser can do this: replica mode skips ordinary triggers for this transaction.
      await client.query(`SET LOCAL session_replication_role = replica`);
      await client.query(`UPDATE audit_entries SET after = '{"rating": "true", "summary": "Nothing confirms it yet."}' WHERE newsroom_id = $1 AND seq = 4`, [staff.newsroom.id]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    const verify = await api.verify(staff.editor).expect(200);
    expect(verify.body).toEqual({ ok: false, entries: 4, firstBrokenEntry: 4 });
  });

  it('detects entries removed from the end of the chain', async () => {
    const fresh = await createStaffedNewsroom();
    const own = ticketsApi(desk.baseUrl, fresh.newsroom.slug);
    await own.create(fresh.editor, { claim: 'One.' }).expect(201);
    await own.create(fresh.editor, { claim: 'Two.' }).expect(201);
    const client = await db().connect();
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL session_replication_role = replica`);
      await client.query(`DELETE FROM audit_entries WHERE newsroom_id = $1 AND seq = 2`, [fresh.newsroom.id]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    const verify = await own.verify(fresh.editor).expect(200);
    expect(verify.body).toEqual({ ok: false, entries: 1, firstBrokenEntry: 2 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DomainEvents } from '../../../src/events/domain-events.js';
import { TicketTransitionsService } from '../../../src/tickets/ticket-transitions.service.js';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { addMember, assign, bearer, closeDb, createStaffedNewsroom, createTicket, createUser, db, type TestNewsroom, type TestUser } from '../../support/factories.js';
import { connect, paragraphs, storedDoc, type TestClient, typeParagraph, until, updateRows } from './collab-client.js';

describe('live co-editing of the write-up', () => {
  let desk: TestDesk;
  let staff: Awaited<ReturnType<typeof createStaffedNewsroom>>;
  let newsroom: TestNewsroom;
  const clients: TestClient[] = [];
  const open = (ticketId: string, user: TestUser) => {
    const client = connect(desk.baseUrl, ticketId, user.token);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    desk = await startDesk();
    staff = await createStaffedNewsroom();
    newsroom = staff.newsroom;
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await desk.close();
    await closeDb();
  });

  it('lets two editors converge, and an acknowledged edit is already in the database', async () => {
    const ticket = await createTicket(newsroom, staff.editor, { status: 'drafting' });
    await assign(ticket, staff.researcher, staff.editor);
    const researcher = open(ticket.id, staff.researcher);
    const reviewer = open(ticket.id, staff.reviewer);
    await until(() => researcher.provider.isSynced && reviewer.provider.isSynced, 5_000, 'both synced');
    expect(researcher.events.authenticated).toEqual(['read-write']);
    expect(reviewer.events.authenticated).toEqual(['read-write']);

    typeParagraph(researcher.doc, 'The minister said 40%.');
    typeParagraph(reviewer.doc, 'Official figures say 31%.');
    await until(() => paragraphs(researcher.doc).length === 2 && paragraphs(reviewer.doc).length === 2, 5_000, 'convergence');
    expect(paragraphs(researcher.doc)).toEqual(paragraphs(reviewer.doc));

    await until(() => !researcher.provider.hasUnsyncedChanges && !reviewer.provider.hasUnsyncedChanges, 5_000, 'acknowledgements');
    const stored = await storedDoc(ticket.id);
    expect(paragraphs(stored).sort()).toEqual(['Official figures say 31%.', 'The minister said 40%.']);

    const http = await request(desk.baseUrl).get(`/api/newsrooms/${newsroom.slug}/tickets/${ticket.id}/writeup`).set(bearer(staff.viewer)).expect(200);
    expect(http.body.text.split('\n').sort()).toEqual(['Official figures say 31%.', 'The minister said 40%.']);
    expect(http.body.json.type).toBe('doc');
    expect(Date.parse(http.body.updatedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('gives a viewer a read-only connection whose raw updates are neither applied nor stored', async () => {
    const ticket = await createTicket(newsroom, staff.editor, { status: 'drafting' });
    const editor = open(ticket.id, staff.editor);
    const viewer = open(ticket.id, staff.viewer);
    await until(() => editor.provider.isSynced && viewer.provider.isSynced, 5_000, 'both synced');
    expect(viewer.events.authenticated).toEqual(['readonly']);
    typeParagraph(editor.doc, 'kept');
    await until(() => paragraphs(viewer.doc).length === 1, 5_000, 'viewer sees the edit');
    await until(() => !editor.provider.hasUnsyncedChanges, 5_000, 'editor acknowledged');
    const rowsBefore = await updateRows(ticket.id);

    typeParagraph(viewer.doc, 'forged by a viewer');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(paragraphs(editor.doc)).toEqual(['kept']);
    expect(await updateRows(ticket.id)).toBe(rowsBefore);
    expect(paragraphs(await storedDoc(ticket.id))).toEqual(['kept']);
    expect(viewer.provider.hasUnsyncedChanges).toBe(true);
  });

  it('shows read-only members in presence, with the server-known name and a colour', async () => {
    const ticket = await createTicket(newsroom, staff.editor, { status: 'drafting' });
    const editor = open(ticket.id, staff.editor);
    const viewer = open(ticket.id, staff.viewer);
    await until(() => editor.provider.isSynced && viewer.provider.isSynced, 5_000, 'both synced');
    viewer.provider.setAwarenessField('user', { name: 'someone else entirely' });
    await until(
      () => [...editor.provider.awareness!.getStates().values()].some((state) => state.user?.name === staff.viewer.displayName),
      5_000,
      'viewer presence',
    );
    const state = [...editor.provider.awareness!.getStates().values()].find((s) => s.user?.name === staff.viewer.displayName)!;
    expect(state.user.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('closes a connection within 1 s when its member is demoted, and it comes back read-only', async () => {
    const ticket = await createTicket(newsroom, staff.editor, { status: 'researching' });
    const reviewer = open(ticket.id, staff.reviewer);
    await until(() => reviewer.provider.isSynced, 5_000, 'synced');
    expect(reviewer.events.authenticated).toEqual(['read-write']);

    // Through the real members route, which announces the change after committing it.
    const started = Date.now();
    await request(desk.baseUrl)
      .patch(`/api/newsrooms/${newsroom.slug}/members/${staff.reviewer.id}`)
      .set(bearer(staff.admin))
      .send({ role: 'viewer' })
      .expect(200);
    await until(() => reviewer.events.closes > 0, 1_000, 'close after demotion');
    expect(Date.now() - started).toBeLessThan(1_000);
    await until(() => reviewer.events.authenticated.length === 2, 5_000, 're-authentication');
    expect(reviewer.events.authenticated[1]).toBe('readonly');
    await request(desk.baseUrl).patch(`/api/newsrooms/${newsroom.slug}/members/${staff.reviewer.id}`).set(bearer(staff.admin)).send({ role: 'reviewer' }).expect(200);
  });

  it('closes connections within 1 s when the ticket moves to approved, and keeps a version', async () => {
    const ticket = await createTicket(newsroom, staff.editor, { status: 'in_review' });
    const editor = open(ticket.id, staff.editor);
    await until(() => editor.provider.isSynced, 5_000, 'synced');
    typeParagraph(editor.doc, 'Rated false.');
    await until(() => !editor.provider.hasUnsyncedChanges, 5_000, 'acknowledged');

    // The move the sign-off module makes once the policy is met: the desk's own transition, then its event after commit.
    const { event } = await desk.app.get(DataSource).transaction(async (manager) => {
      const [row] = (await manager.query(`SELECT id, newsroom_id, status, version FROM tickets WHERE id = $1 FOR UPDATE`, [ticket.id])) as {
        id: string;
        newsroom_id: string;
        status: 'in_review';
        version: number;
      }[];
      return desk.app.get(TicketTransitionsService).applyTransition(manager, {
        ticket: { ...row!, assigned: false, has_researcher: true },
        action: 'approve',
        // What the sign-off module gathers before it approves: a verdict is set and the write-up is written.
        facts: { hasVerdict: true, hasWriteup: true },
        actor: { userId: null, role: 'system' },
        channel: 'signoff',
      });
    });
    const started = Date.now();
    desk.app.get(DomainEvents).publish(event);
    await until(() => editor.events.closes > 0, 1_000, 'close after approval');
    expect(Date.now() - started).toBeLessThan(1_000);
    await until(() => editor.events.authenticated.length === 2, 5_000, 're-authentication');
    expect(editor.events.authenticated[1]).toBe('readonly');

    const base = `/api/newsrooms/${newsroom.slug}/tickets/${ticket.id}/writeup`;
    const versions = await request(desk.baseUrl).get(`${base}/versions`).set(bearer(staff.viewer)).expect(200);
    expect(versions.body.items[0]).toMatchObject({ version: 1, reason: 'signed_off' });
    const kept = await request(desk.baseUrl).get(`${base}?version=1`).set(bearer(staff.viewer)).expect(200);
    expect(kept.body).toMatchObject({ text: 'Rated false.', version: 1, reason: 'signed_off' });
    await request(desk.baseUrl).get(`${base}?version=9`).set(bearer(staff.viewer)).expect(404);
  });

  it('follows real transitions: sent back from approved it becomes writable, submitted it keeps a version, rejected it closes', async () => {
    // An approved ticket has its verdict: submitting it again needs one.
    const ticket = await createTicket(newsroom, staff.editor, { status: 'approved', rating: 'false', summary: 'Not so.' });
    const editor = open(ticket.id, staff.editor);
    await until(() => editor.provider.isSynced, 5_000, 'synced');
    expect(editor.events.authenticated).toEqual(['readonly']);
    const transitions = `/api/newsrooms/${newsroom.slug}/tickets/${ticket.id}/transitions`;

    let started = Date.now();
    const back = await request(desk.baseUrl).post(transitions).set(bearer(staff.editor)).send({ to: 'drafting', version: ticket.version }).expect(201);
    await until(() => editor.events.closes === 1, 1_000, 'close after send-back');
    expect(Date.now() - started).toBeLessThan(1_000);
    await until(() => editor.events.authenticated.length === 2 && editor.provider.isSynced, 5_000, 're-authentication');
    expect(editor.events.authenticated[1]).toBe('read-write');
    typeParagraph(editor.doc, 'Corrected figure: 31%.');
    await until(() => !editor.provider.hasUnsyncedChanges, 5_000, 'acknowledged');

    const submitted = await request(desk.baseUrl).post(transitions).set(bearer(staff.editor)).send({ to: 'in_review', version: back.body.version }).expect(201);
    const versions = `/api/newsrooms/${newsroom.slug}/tickets/${ticket.id}/writeup/versions`;
    await until(async () => (await request(desk.baseUrl).get(versions).set(bearer(staff.viewer))).body.items?.length === 1, 5_000, 'version kept');
    const kept = await request(desk.baseUrl).get(`/api/newsrooms/${newsroom.slug}/tickets/${ticket.id}/writeup?version=1`).set(bearer(staff.viewer)).expect(200);
    expect(kept.body).toMatchObject({ reason: 'submitted', text: 'Corrected figure: 31%.' });
    expect(editor.events.closes).toBe(1); // drafting → in_review stays editable: nobody is disconnected

    started = Date.now();
    await request(desk.baseUrl).post(transitions).set(bearer(staff.editor)).send({ to: 'rejected', version: submitted.body.version }).expect(201);
    await until(() => editor.events.closes === 2, 1_000, 'close after rejection');
    expect(Date.now() - started).toBeLessThan(1_000);
    await until(() => editor.events.authenticated.length === 3, 5_000, 're-authentication');
    expect(editor.events.authenticated[2]).toBe('readonly');
  });

  it('closes within 1 s on logout (the revoked session cannot come back) and on unassignment (back read-only)', async () => {
    const ticket = await createTicket(newsroom, staff.editor, { status: 'drafting' });
    await assign(ticket, staff.researcher, staff.editor);
    const loggedOut = await createUser();
    await addMember(newsroom, loggedOut, 'reviewer');
    const reviewer = open(ticket.id, loggedOut);
    const researcher = open(ticket.id, staff.researcher);
    await until(() => reviewer.provider.isSynced && researcher.provider.isSynced, 5_000, 'synced');
    expect(researcher.events.authenticated).toEqual(['read-write']);

    const started = Date.now();
    await request(desk.baseUrl).post('/api/auth/logout').set(bearer(loggedOut)).expect(204);
    await db().query(`DELETE FROM ticket_assignees WHERE ticket_id = $1 AND user_id = $2`, [ticket.id, staff.researcher.id]);
    const events = desk.app.get(DomainEvents);
    events.publish({ type: 'ticket.assigned', newsroomId: newsroom.id, ticketId: ticket.id, actorId: staff.editor.id, userId: staff.researcher.id, removed: true, status: 'drafting', version: 1 });
    await until(() => reviewer.events.closes > 0 && researcher.events.closes > 0, 1_000, 'closes');
    expect(Date.now() - started).toBeLessThan(1_000);
    await until(() => reviewer.events.failures.length > 0 && researcher.events.authenticated.length === 2, 5_000, 're-authentication');
    expect(reviewer.events.failures[0]).toBe('invalid-token');
    expect(researcher.events.authenticated[1]).toBe('readonly');
  });

  it('does not reveal another newsroom\'s write-up over HTTP', async () => {
    const other = await createStaffedNewsroom();
    const foreign = await createTicket(other.newsroom, other.editor, { status: 'drafting' });
    await request(desk.baseUrl).get(`/api/newsrooms/${newsroom.slug}/tickets/${foreign.id}/writeup`).set(bearer(staff.admin)).expect(404);
    await request(desk.baseUrl).get(`/api/newsrooms/${newsroom.slug}/tickets/not-a-uuid/writeup`).set(bearer(staff.admin)).expect(404);
    await request(desk.baseUrl).get(`/api/newsrooms/${other.newsroom.slug}/tickets/${foreign.id}/writeup`).set(bearer(staff.admin)).expect(404);
    await request(desk.baseUrl).get(`/api/newsrooms/${other.newsroom.slug}/tickets/${foreign.id}/writeup`).expect(401);
  });

  it('refuses a bad token, and a member of another newsroom', async () => {
    const ticket = await createTicket(newsroom, staff.editor, { status: 'drafting' });
    const forged = connect(desk.baseUrl, ticket.id, 'not-a-token');
    clients.push(forged);
    const other = await createStaffedNewsroom();
    const outsider = open(ticket.id, other.admin);
    await until(() => forged.events.failures.length > 0 && outsider.events.failures.length > 0, 5_000, 'refusals');
    expect(forged.events.failures[0]).toBe('invalid-token');
    expect(outsider.events.failures[0]).toBe('not-found');
    expect(forged.events.authenticated).toEqual([]);
    expect(paragraphs(forged.doc)).toEqual([]);
  });
});

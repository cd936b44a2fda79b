import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { bearer, closeDb, createStaffedNewsroom, createTicket } from '../../support/factories.js';
import { ticketsApi } from './api.js';

describe('tickets: taking a ticket, and refusals that say what is missing', () => {
  let desk: TestDesk;
  let staff: Awaited<ReturnType<typeof createStaffedNewsroom>>;
  let api: ReturnType<typeof ticketsApi>;
  beforeAll(async () => {
    desk = await startDesk();
    staff = await createStaffedNewsroom();
    api = ticketsApi(desk.baseUrl, staff.newsroom.slug);
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  it('lets the researcher who filed a ticket take it: assigned as researcher, research started, one history entry', async () => {
    const newsroom = await request(desk.baseUrl).get(`/api/newsrooms/${staff.newsroom.slug}`).set(bearer(staff.viewer)).expect(200);
    expect(newsroom.body.settings.selfAssignment).toBe(true);
    const created = await api.create(staff.researcher, { claim: 'A claim the researcher found and will check.' }).expect(201);
    const id = created.body.id as string;

    const taken = await api.take(staff.researcher, id, created.body.version).expect(201);
    expect(taken.body).toMatchObject({ status: 'researching', version: created.body.version + 1 });
    const full = await api.get(staff.viewer, id).expect(200);
    expect(full.body.assignees).toEqual([expect.objectContaining({ userId: staff.researcher.id, role: 'researcher', assignedBy: staff.researcher.id })]);
    expect(full.body.history.map((entry: { action: string }) => entry.action)).toEqual(['ticket.created', 'ticket.taken']);
    expect(full.body.history[1]).toMatchObject({
      actorId: staff.researcher.id,
      before: { status: 'new', userId: staff.researcher.id, role: null },
      after: { status: 'researching', action: 'take', userId: staff.researcher.id, role: 'researcher' },
    });
    // Now assigned, the researcher carries on as usual.
    await api.transition(staff.researcher, id, 'drafting', taken.body.version).expect(201);
    // A taken ticket cannot be taken again.
    const again = await api.take(staff.reviewer, id, taken.body.version + 1);
    expect([again.status, again.body.code]).toEqual([409, 'invalid_transition']);
    expect((await api.verify(staff.editor).expect(200)).body).toMatchObject({ ok: true });
  });

  it('takes the version like every other write: 428 without it, 409 when stale, nothing changed', async () => {
    const ticket = await createTicket(staff.newsroom, staff.researcher);
    const missing = await api.take(staff.researcher, ticket.id, undefined);
    expect([missing.status, missing.body.code]).toEqual([428, 'version_required']);
    const stale = await api.take(staff.researcher, ticket.id, ticket.version + 1);
    expect([stale.status, stale.body.code]).toEqual([409, 'version_conflict']);
    const after = await api.get(staff.viewer, ticket.id);
    expect([after.body.status, after.body.version, after.body.assignees]).toEqual(['new', ticket.version, []]);
    await api.take(staff.viewer, ticket.id, ticket.version).expect(403);
  });

  it('refuses a ticket that already has a researcher, saying so', async () => {
    const ticket = await createTicket(staff.newsroom, staff.editor);
    // A rejected and reopened ticket is new again but keeps its researcher.
    await request(desk.baseUrl).post(`/api/newsrooms/${staff.newsroom.slug}/tickets/${ticket.id}/assignees`).set(bearer(staff.editor)).send({ userId: staff.researcher.id, role: 'researcher', version: ticket.version }).expect(201);
    const rejected = await api.transition(staff.editor, ticket.id, 'rejected', ticket.version + 1).expect(201);
    const reopened = await api.transition(staff.editor, ticket.id, 'new', rejected.body.version).expect(201);
    const refused = await api.take(staff.reviewer, ticket.id, reopened.body.version);
    expect([refused.status, refused.body.code, refused.body.detail]).toEqual([409, 'state_conflict', 'This ticket already has a researcher: ask an editor to add you to it.']);
  });

  it('follows the newsroom setting: off, researchers are refused with the reason and editors still may', async () => {
    const other = await createStaffedNewsroom();
    const own = ticketsApi(desk.baseUrl, other.newsroom.slug);
    const off = await request(desk.baseUrl).patch(`/api/newsrooms/${other.newsroom.slug}`).set(bearer(other.admin)).send({ settings: { selfAssignment: false } }).expect(200);
    expect(off.body.settings.selfAssignment).toBe(false);
    const ticket = await createTicket(other.newsroom, other.researcher);
    const refused = await own.take(other.researcher, ticket.id, ticket.version);
    expect([refused.status, refused.body.code, refused.body.detail]).toEqual([403, 'forbidden', 'This newsroom does not let members take tickets themselves: ask an editor to assign you.']);
    await own.take(other.editor, ticket.id, ticket.version).expect(201);
    const invalid = await request(desk.baseUrl).patch(`/api/newsrooms/${other.newsroom.slug}`).set(bearer(other.admin)).send({ settings: { selfAssignment: 'yes' } });
    expect(invalid.status).toBe(400);
    // Untouched by the refused update.
    expect((await request(desk.baseUrl).get(`/api/newsrooms/${other.newsroom.slug}`).set(bearer(other.viewer))).body.settings.selfAssignment).toBe(false);
  });

  it('says what is missing when a move does not exist from here', async () => {
    const ticket = await createTicket(staff.newsroom, staff.researcher);
    const start = await api.transition(staff.researcher, ticket.id, 'researching', ticket.version);
    expect([start.status, start.body.detail]).toEqual([409, 'Assign a researcher first, or take the ticket yourself ("Take this ticket").']);
    const draft = await api.transition(staff.editor, ticket.id, 'drafting', ticket.version);
    expect([draft.status, draft.body.detail]).toEqual([409, 'First assign a researcher, then start research: a ticket that is "new" cannot start drafting yet.']);
    const review = await createTicket(staff.newsroom, staff.editor, { status: 'researching' });
    const submit = await api.transition(staff.editor, review.id, 'in_review', review.version);
    expect([submit.status, submit.body.detail]).toEqual([409, 'First start drafting: a ticket that is "researching" cannot be submitted for review yet.']);
  });
});

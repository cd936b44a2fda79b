import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import request from 'supertest';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { assign, bearer, closeDb, createStaffedNewsroom, createTicket, createUser } from '../../support/factories.js';
import { ticketsApi } from './api.js';

describe('tickets: create, read, update, move through the lifecycle', () => {
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

  it('creates tickets with per-newsroom numbers, normalised tags and a history entry', async () => {
    const first = await api.create(staff.researcher, {
      claim: 'Militants retook the ancient city in December.',
      claimant: 'A regional broadcaster',
      claimDate: '2016-12-11',
      appearances: [{ url: 'https://news.example.org/a', outlet: 'Example News', publishedAt: '2016-12-11T10:00:00Z' }],
      language: 'en',
      priority: 'high',
      tags: ['Syria', 'syria', 'conflict'],
    });
    expect(first.status).toBe(201);
    expect(first.headers.etag).toBe('"1"');
    expect(first.body).toMatchObject({ status: 'new', version: 1, priority: 'high', tags: ['syria', 'conflict'], claimDate: '2016-12-11', createdBy: staff.researcher.id });
    const second = await api.create(staff.reviewer, { claim: 'A second claim.' });
    expect(second.body.number).toBe(first.body.number + 1);

    const full = await api.get(staff.viewer, first.body.id).expect(200);
    expect(full.body.history.map((entry: { action: string }) => entry.action)).toEqual(['ticket.created']);
    expect(full.body).toMatchObject({ assignees: [], evidence: [], appearances: [{ outlet: 'Example News' }] });
  });

  it('validates input: required claim, http(s) URLs only, bounded lengths, no unknown fields', async () => {
    const cases = [
      {},
      { claim: '' },
      { claim: 'x'.repeat(1001) },
      { claim: 'ok', appearances: [{ url: 'javascript:alert(1)' }] },
      { claim: 'ok', appearances: [{ url: 'ftp://example.org/file' }] },
      { claim: 'ok', language: 'not a tag!' },
      { claim: 'ok', status: 'published' },
      { claim: 'ok', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) },
    ];
    for (const body of cases) {
      const response = await api.create(staff.researcher, body);
      expect([response.status, response.body.code]).toEqual([400, 'validation_failed']);
    }
  });

  it('refuses viewers (403) and non-members (404), and hides other newsrooms\' tickets', async () => {
    await api.create(staff.viewer, { claim: 'Viewers cannot create.' }).expect(403);
    const outsider = await createUser();
    await api.create(outsider, { claim: 'Not a member.' }).expect(404);
    const other = await createStaffedNewsroom();
    const foreign = await createTicket(other.newsroom, other.editor);
    // A member of this newsroom asking for another newsroom's ticket through this newsroom's URL.
    await api.get(staff.editor, foreign.id).expect(404);
    await api.transition(staff.editor, foreign.id, 'rejected', foreign.version).expect(404);
    await api.patch(staff.editor, foreign.id, { claim: 'hijack', version: 1 }).expect(404);
    await api.get(staff.editor, 'not-a-uuid').expect(404);
  });

  it('updates with If-Match or a body version; stale versions get 409 and change nothing', async () => {
    const ticket = await createTicket(staff.newsroom, staff.editor);
    await assign(ticket, staff.researcher, staff.editor);
    await api.patch(staff.researcher, ticket.id, { priority: 'urgent' }).expect(428);
    const updated = await api.patch(staff.researcher, ticket.id, { priority: 'urgent', tags: ['A'] }, { 'If-Match': '"1"' }).expect(200);
    expect(updated.body).toMatchObject({ version: 2, priority: 'urgent', tags: ['a'] });
    const stale = await api.patch(staff.researcher, ticket.id, { priority: 'low', version: 1 });
    expect([stale.status, stale.body.code, stale.body.currentVersion]).toEqual([409, 'version_conflict', 2]);
    await api.patch(staff.researcher, ticket.id, { priority: 'low', version: 2 }, { 'If-Match': '"1"' }).expect(400);
    const after = await api.get(staff.viewer, ticket.id);
    expect(after.body.priority).toBe('urgent');
    expect(after.body.history.at(-1)).toMatchObject({ action: 'ticket.updated', before: { priority: 'normal', tags: [] }, after: { priority: 'urgent', tags: ['a'] } });
  });

  it('lets researchers update only tickets assigned to them', async () => {
    const ticket = await createTicket(staff.newsroom, staff.editor);
    const refused = await api.patch(staff.researcher, ticket.id, { priority: 'low', version: 1 });
    expect([refused.status, refused.body.code]).toEqual([403, 'forbidden']);
    await api.patch(staff.reviewer, ticket.id, { priority: 'low', version: 1 }).expect(200);
  });

  it('walks the whole manual lifecycle with the right roles', async () => {
    const created = await api.create(staff.researcher, { claim: 'The army fully retook the city in March.' }).expect(201);
    const id = created.body.id as string;
    // Researchers cannot start an unassigned ticket; assigning one moves it to "assigned".
    const assigned = await api.assign(staff.editor, id, staff.researcher.id, 'researcher', 1).expect(201);
    expect(assigned.body).toMatchObject({ status: 'assigned', version: 2 });
    let version = 2;
    for (const to of ['researching', 'drafting']) {
      const moved = await api.transition(staff.researcher, id, to, version).expect(201);
      expect(moved.body.status).toBe(to);
      version = moved.body.version;
    }
    // Submitting needs a verdict: the refusal says what to do.
    const early = await api.transition(staff.researcher, id, 'in_review', version);
    expect([early.status, early.body.code, early.body.detail]).toEqual([409, 'state_conflict', 'Set a rating and a summary before submitting for review.']);
    version = (await api.verdict(staff.researcher, id, { rating: 'mixed', summary: 'Partly.', version }).expect(200)).body.version;
    const submitted = await api.transition(staff.researcher, id, 'in_review', version).expect(201);
    version = submitted.body.version;
    // in_review → approved happens only when the sign-off policy is met.
    const manualApproval = await api.transition(staff.editor, id, 'approved', version);
    expect([manualApproval.status, manualApproval.body.code]).toEqual([409, 'invalid_transition']);
    // Researchers do not request changes; reviewers do.
    await api.transition(staff.researcher, id, 'drafting', version).expect(403);
    const back = await api.transition(staff.reviewer, id, 'drafting', version, 'Needs a second source').expect(201);
    expect(back.body.status).toBe('drafting');
    const history = await api.history(staff.viewer, id).expect(200);
    expect(history.body.items.at(-1)).toMatchObject({ action: 'ticket.transitioned', before: { status: 'in_review' }, after: { status: 'drafting', action: 'request_changes', note: 'Needs a second source' } });
    // Only editors reject.
    await api.transition(staff.reviewer, id, 'rejected', back.body.version).expect(403);
    const rejected = await api.transition(staff.editor, id, 'rejected', back.body.version).expect(201);
    await api.transition(staff.editor, id, 'researching', rejected.body.version).expect(409);
    const reopened = await api.transition(staff.editor, id, 'new', rejected.body.version).expect(201);
    expect(reopened.body.status).toBe('new');
    // Publishing has its own route.
    const published = await createTicket(staff.newsroom, staff.editor, { status: 'approved' });
    const viaTransitions = await api.transition(staff.editor, published.id, 'published', published.version);
    expect([viaTransitions.status, viaTransitions.body.code]).toEqual([409, 'invalid_transition']);
    await api.transition(staff.editor, published.id, 'drafting', published.version).expect(201);
  });

  it('refuses a transition with a stale version, and without one', async () => {
    const ticket = await createTicket(staff.newsroom, staff.editor, { status: 'assigned' });
    await api.transition(staff.editor, ticket.id, 'researching', undefined).expect(428);
    const stale = await api.transition(staff.editor, ticket.id, 'researching', ticket.version + 1);
    expect([stale.status, stale.body.code]).toEqual([409, 'version_conflict']);
    const after = await api.get(staff.viewer, ticket.id);
    expect([after.body.status, after.body.version]).toEqual(['assigned', ticket.version]);
  });

  it('ten concurrent transitions from the same version: exactly one succeeds (many trials)', async () => {
    for (let trial = 0; trial < 8; trial++) {
      const ticket = await createTicket(staff.newsroom, staff.editor, { status: 'assigned' });
      const responses = await Promise.all(Array.from({ length: 10 }, () => api.transition(staff.editor, ticket.id, 'researching', ticket.version)));
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses).toEqual([201, ...Array(9).fill(409)]);
      const history = await api.history(staff.viewer, ticket.id);
      expect(history.body.items.filter((entry: { action: string }) => entry.action === 'ticket.transitioned')).toHaveLength(1);
    }
    const verify = await api.verify(staff.editor).expect(200);
    expect(verify.body).toMatchObject({ ok: true, firstBrokenEntry: null });
  });

  it('runs mixed concurrent writes on one ticket without deadlocks, keeping the chain intact', async () => {
    for (let trial = 0; trial < 4; trial++) {
      const ticket = await createTicket(staff.newsroom, staff.editor, { status: 'researching' });
      await assign(ticket, staff.researcher, staff.editor);
      const responses = await Promise.all([
        api.transition(staff.researcher, ticket.id, 'drafting', ticket.version),
        api.assign(staff.editor, ticket.id, staff.reviewer.id, 'reviewer', ticket.version),
        api.unassign(staff.editor, ticket.id, staff.researcher.id, ticket.version),
        api.verdict(staff.reviewer, ticket.id, { rating: 'mixed', summary: 'Both.', version: ticket.version }),
        api.addEvidence(staff.reviewer, ticket.id, { url: 'https://source.example.org/b' }),
        api.patch(staff.reviewer, ticket.id, { tags: ['race'], version: ticket.version }),
      ]);
      expect(responses.filter((response) => response.status >= 500)).toEqual([]);
      // Of the five writes that named the same version, at most one got through.
      expect([responses[0], responses[1], responses[2], responses[3], responses[5]].filter((response) => response.status < 300).length).toBeLessThanOrEqual(1);
      expect(responses[4]!.status).toBe(201);
    }
    const verify = await api.verify(staff.editor).expect(200);
    expect(verify.body.ok).toBe(true);
  });

  it('assigns only members with a fitting role, shows them in the full view and lets editors unassign', async () => {
    const ticket = await createTicket(staff.newsroom, staff.editor);
    const at = ticket.version;
    await api.assign(staff.reviewer, ticket.id, staff.researcher.id, 'researcher', at).expect(403);
    const viewerAsResearcher = await api.assign(staff.editor, ticket.id, staff.viewer.id, 'researcher', at);
    expect([viewerAsResearcher.status, viewerAsResearcher.body.code]).toEqual([422, 'unprocessable']);
    await api.assign(staff.editor, ticket.id, staff.researcher.id, 'reviewer', at).expect(422);
    const outsider = await createUser();
    await api.assign(staff.editor, ticket.id, outsider.id, 'researcher', at).expect(422);
    // A reviewer assignment does not move a new ticket.
    const withReviewer = await api.assign(staff.editor, ticket.id, staff.reviewer.id, 'reviewer', at).expect(201);
    expect(withReviewer.body.status).toBe('new');
    const full = await api.get(staff.viewer, ticket.id);
    expect(full.body.assignees).toEqual([expect.objectContaining({ userId: staff.reviewer.id, role: 'reviewer', assignedBy: staff.editor.id })]);
    const removed = await api.unassign(staff.editor, ticket.id, staff.reviewer.id, withReviewer.body.version).expect(200);
    expect(removed.body.version).toBe(withReviewer.body.version + 1);
    await api.unassign(staff.editor, ticket.id, staff.reviewer.id, removed.body.version).expect(404);
  });

  it('takes the expected version on assignment like every other write: 428 without it, 409 when stale, nothing changed', async () => {
    const ticket = await createTicket(staff.newsroom, staff.editor);
    const missing = await api.assign(staff.editor, ticket.id, staff.researcher.id, 'researcher', undefined);
    expect([missing.status, missing.body.code]).toEqual([428, 'version_required']);
    const stale = await api.assign(staff.editor, ticket.id, staff.researcher.id, 'researcher', ticket.version + 1);
    expect([stale.status, stale.body.code]).toEqual([409, 'version_conflict']);
    const untouched = await api.get(staff.viewer, ticket.id);
    expect([untouched.body.status, untouched.body.version, untouched.body.assignees]).toEqual(['new', ticket.version, []]);
    const byHeader = await request(desk.baseUrl)
      .post(`/api/newsrooms/${staff.newsroom.slug}/tickets/${ticket.id}/assignees`)
      .set(bearer(staff.editor))
      .set('If-Match', `"${ticket.version}"`)
      .send({ userId: staff.researcher.id, role: 'researcher' })
      .expect(201);
    expect(byHeader.body).toMatchObject({ status: 'assigned', version: ticket.version + 1 });
    await api.unassign(staff.editor, ticket.id, staff.researcher.id, undefined).expect(428);
    const staleRemoval = await api.unassign(staff.editor, ticket.id, staff.researcher.id, ticket.version);
    expect([staleRemoval.status, staleRemoval.body.code]).toEqual([409, 'version_conflict']);
  });

  it('logs a ticket-level refusal with the user, the action, the reason and the request\'s route and id, none of it reaching the client', async () => {
    const theirs = await createTicket(staff.newsroom, staff.editor, { status: 'researching' });
    const mine = await createTicket(staff.newsroom, staff.editor, { status: 'researching' });
    await assign(mine, staff.researcher, staff.editor);
    const patch = (ticket: { id: string; version: number }) =>
      request(desk.baseUrl)
        .patch(`/api/newsrooms/${staff.newsroom.slug}/tickets/${ticket.id}`)
        .set(bearer(staff.researcher))
        .set('If-Match', `"${ticket.version}"`)
        .send({ priority: 'urgent' });

    const warn = jest.spyOn(Logger.prototype, 'warn');
    try {
      await patch(mine).expect(200);
      expect(warn).not.toHaveBeenCalled();
      const refused = await patch(theirs).expect(403);
      expect(refused.body).toMatchObject({ code: 'forbidden', detail: expect.stringMatching(/assigned to you/) });
      expect(JSON.stringify(refused.body)).not.toMatch(/ticket\.update|newsroomId|reason/);
      expect(warn.mock.calls.map((call) => call[0])).toEqual([
        {
          userId: staff.researcher.id,
          newsroomId: staff.newsroom.id,
          action: 'ticket.update',
          reason: 'role researcher may ticket.update only on tickets assigned to them',
          method: 'PATCH',
          route: '/api/newsrooms/:slug/tickets/:id',
          requestId: refused.body.requestId,
        },
      ]);
    } finally {
      warn.mockRestore();
    }
  });
});

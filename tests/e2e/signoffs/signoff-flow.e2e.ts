import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { bearer, closeDb, db } from '../../support/factories.js';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { DeskFlow } from './desk-flow.js';

describe('sign-off bound to content', () => {
  let desk: TestDesk;
  let flow: DeskFlow;
  beforeAll(async () => {
    desk = await startDesk();
    flow = await DeskFlow.create(desk.baseUrl);
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  it('takes a new ticket to a published page with two members signing off', async () => {
    const id = await flow.inReview();
    const { staff } = flow;

    const first = await flow.signoff(id, staff.reviewer);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'in_review', signoff: { role: 'reviewer', decision: 'approve', stale: false, counted: true } });
    expect(first.body.policy).toMatchObject({ met: false, missing: [{ role: 'editor', required: 1, counted: 0 }] });

    const second = await flow.signoff(id, staff.editor);
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ status: 'approved', policy: { met: true, missing: [] } });
    const approved = await flow.ticket(id);
    expect(approved.status).toBe('approved');
    expect(second.body.version).toBe(approved.version);

    const listed = await flow.signoffs(id);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(2);
    expect(listed.body.items.every((item: { contentHash: string; stale: boolean }) => item.contentHash === listed.body.contentHash && !item.stale)).toBe(true);

    // Approved content is frozen: a live edit is not accepted, the hash stays.
    await flow.editWriteup(id, staff.researcher, 'Too late to change this.', { expectAcknowledged: false });
    expect((await flow.signoffs(id)).body.contentHash).toBe(listed.body.contentHash);
    expect((await flow.setVerdict(id, staff.researcher, 'true', 'Changed my mind.')).status).toBe(409);

    const published = await flow.publish(id);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ id, publicationVersion: 1, status: 'published', contentHash: listed.body.contentHash });
    expect(published.body.url).toBe(`${desk.config.publicBaseUrl}/public/${flow.slug}/verdicts/${id}`);

    const page = await request(desk.baseUrl).get(`/public/${flow.slug}/verdicts/${id}`).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('The city spent twice as much on parking as on schools last year');
    expect(page.text).toContain('The 2025 budget lists 12 million for schools');
    expect(page.text).toContain(staff.reviewer.displayName);
    expect(page.text).toContain(staff.editor.displayName);
    expect(page.text).not.toContain('Too late to change this.');
  });

  it('refuses self-approval by whoever set the rating', async () => {
    const id = await flow.drafting();
    // The editor sets the rating, so the editor cannot be one of the approvers.
    expect((await flow.setVerdict(id, flow.staff.editor, 'mostly-false')).status).toBeLessThan(300);
    await flow.mustTransition(id, 'in_review', flow.staff.researcher);
    const refused = await flow.signoff(id, flow.staff.editor);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden');
    expect((await flow.signoff(id, flow.staff.reviewer)).body.status).toBe('in_review');
    // An admin counts as an editor: the second, independent approval.
    const admin = await flow.signoff(id, flow.staff.admin);
    expect(admin.body).toMatchObject({ status: 'approved', signoff: { role: 'admin' } });
  });

  it('makes approvals stale when the write-up changes, and the ticket waits for re-approval', async () => {
    const id = await flow.inReview();
    const first = await flow.signoff(id, flow.staff.reviewer);
    expect(first.status).toBe(201);
    const before = first.body.signoff.contentHash;

    await flow.editWriteup(id, flow.staff.researcher, 'Added after the first approval.');
    const listed = await flow.signoffs(id);
    expect(listed.body.contentHash).not.toBe(before);
    expect(listed.body.items[0]).toMatchObject({ stale: true, counted: false });

    const editor = await flow.signoff(id, flow.staff.editor);
    expect(editor.status).toBe(201);
    expect(editor.body).toMatchObject({ status: 'in_review', policy: { met: false, missing: [{ role: 'reviewer' }] } });
    expect((await flow.publish(id)).status).toBe(409);

    const again = await flow.signoff(id, flow.staff.reviewer);
    expect(again.body.status).toBe('approved');
  });

  it('makes approvals stale when the verdict changes, and refuses an approval of content the member did not see', async () => {
    const id = await flow.inReview();
    const seen = (await flow.signoffs(id)).body.contentHash;
    expect((await flow.signoff(id, flow.staff.reviewer)).status).toBe(201);
    expect((await flow.setVerdict(id, flow.staff.researcher, 'false', 'A sharper summary.')).status).toBeLessThan(300);
    expect((await flow.signoffs(id)).body.items[0].stale).toBe(true);
    const blind = await flow.signoff(id, flow.staff.editor, 'approve', { contentHash: seen });
    expect(blind.status).toBe(409);
    expect(blind.body.code).toBe('version_conflict');
  });

  it('sends the ticket back to drafting on request_changes, and signs off only in review', async () => {
    const id = await flow.inReview();
    const changes = await flow.signoff(id, flow.staff.reviewer, 'request_changes');
    expect(changes.status).toBe(201);
    expect(changes.body.status).toBe('drafting');
    const outOfReview = await flow.signoff(id, flow.staff.editor);
    expect(outOfReview.status).toBe(409);
    const viewer = await flow.signoff(id, flow.staff.viewer);
    expect(viewer.status).toBe(403);
    const researcher = await flow.signoff(id, flow.staff.researcher);
    expect(researcher.status).toBe(403);
  });

  it('withdraws every approval when an editor sends an approved ticket back', async () => {
    const id = await flow.approved();
    await flow.mustTransition(id, 'drafting', flow.staff.editor);
    // Stale at once: the history says the approved ticket was sent back after these approvals.
    expect((await flow.signoffs(id)).body.items.map((item: { stale: boolean }) => item.stale)).toEqual([true, true]);
    // And the rows themselves are marked too.
    await until(async () => (await db().query(`SELECT count(*)::int AS n FROM signoffs WHERE ticket_id = $1 AND invalidated_at IS NULL`, [id])).rows[0].n === 0);
    await flow.mustTransition(id, 'in_review', flow.staff.researcher);
    expect((await flow.signoff(id, flow.staff.reviewer)).body.status).toBe('in_review');
  });

  it('refuses publishing from every state but approved', async () => {
    const id = await flow.createTicket();
    expect((await flow.publish(id)).status).toBe(409); // new
    const drafting = await flow.drafting();
    expect((await flow.publish(drafting)).status).toBe(409);
    const review = await flow.inReview();
    expect((await flow.publish(review)).status).toBe(409);
    const published = await flow.published();
    expect((await flow.publish(published)).status).toBe(409);
    expect((await flow.retract(published, 'The main source was fabricated.')).status).toBe(200);
    expect((await flow.publish(published)).status).toBe(409);
    const approved = await flow.approved();
    expect((await flow.publish(approved, flow.staff.reviewer)).status).toBe(403);
    for (const status of ['assigned', 'researching', 'rejected']) {
      const { rows } = await db().query<{ id: string }>(
        `WITH seq AS (UPDATE newsrooms SET ticket_seq = ticket_seq + 1 WHERE id = $1 RETURNING ticket_seq)
         INSERT INTO tickets (newsroom_id, number, claim, status, rating, summary, created_by, updated_by)
         SELECT $1, seq.ticket_seq, 'x', $2, 'false', 'y', $3, $3 FROM seq RETURNING id`,
        [flow.staff.newsroom.id, status, flow.staff.editor.id],
      );
      const response = await flow.publish(rows[0]!.id);
      expect([status, response.status]).toEqual([status, 409]);
    }
  });

  it('publishes exactly once under concurrent requests, and hides tickets of other newsrooms', async () => {
    const id = await flow.approved();
    const answers = await Promise.all(Array.from({ length: 6 }, () => flow.publish(id)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const { rows } = await db().query(`SELECT count(*)::int AS n FROM publications WHERE ticket_id = $1`, [id]);
    expect(rows[0].n).toBe(1);

    const elsewhere = await DeskFlow.create(desk.baseUrl);
    const foreign = await request(desk.baseUrl).post(elsewhere.api(`/tickets/${id}/signoffs`)).set(bearer(elsewhere.staff.editor)).send({ decision: 'approve' });
    expect(foreign.status).toBe(404);
    expect((await request(desk.baseUrl).post(elsewhere.api(`/tickets/${id}/publish`)).set(bearer(elsewhere.staff.editor)).send({})).status).toBe(404);
    expect((await request(desk.baseUrl).get(flow.api(`/tickets/${id}/signoffs`)).set(bearer(elsewhere.staff.editor))).status).toBe(404);
  });

  it('approves exactly once when the last two approvals race', async () => {
    const id = await flow.inReview();
    const answers = await Promise.all([flow.signoff(id, flow.staff.reviewer), flow.signoff(id, flow.staff.editor)]);
    expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
    expect(answers.map((answer) => answer.body.status).sort()).toEqual(['approved', 'in_review']);
    const { rows } = await db().query(`SELECT count(*)::int AS n FROM audit_entries WHERE ticket_id = $1 AND action = 'ticket.transitioned' AND after ->> 'status' = 'approved'`, [id]);
    expect(rows[0].n).toBe(1);
  });

  it("follows the newsroom's own policy when it asks for more approvals", async () => {
    const strict = await DeskFlow.create(desk.baseUrl);
    await db().query(`UPDATE newsrooms SET settings = $2::jsonb WHERE id = $1`, [
      strict.staff.newsroom.id,
      JSON.stringify({ signoffPolicy: { required: { reviewer: 1, editor: 2 }, excludeRatingSetter: true } }),
    ]);
    const id = await strict.inReview();
    expect((await strict.signoff(id, strict.staff.reviewer)).body.status).toBe('in_review');
    const one = await strict.signoff(id, strict.staff.editor);
    expect(one.body).toMatchObject({ status: 'in_review', policy: { met: false, missing: [{ role: 'editor', required: 2, counted: 1 }] } });
    expect(one.body.policy.description).toBe('1 more approval by an editor or higher');
    expect((await strict.signoff(id, strict.staff.admin)).body.status).toBe('approved');
  });

  it('records sign-offs and publications in the tamper-evident history', async () => {
    const id = await flow.published();
    const history = await request(desk.baseUrl).get(flow.api(`/tickets/${id}/history`)).set(bearer(flow.staff.viewer));
    expect(history.status).toBe(200);
    const actions = JSON.stringify(history.body);
    expect(actions).toContain('signoff.given');
    expect(actions).toContain('verdict.published');
    const verify = await request(desk.baseUrl).get(flow.api('/audit/verify')).set(bearer(flow.staff.editor));
    expect(verify.status).toBe(200);
    expect(verify.body.ok).toBe(true);
  });
});

async function until(check: () => Promise<boolean>, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

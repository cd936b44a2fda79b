import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { bearer, closeDb, db } from '../../support/factories.js';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { DeskFlow } from './desk-flow.js';

describe('only complete content is approved and published', () => {
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

  it('refuses to approve a verdict whose write-up is blank, says why, and still lets a reviewer ask for changes', async () => {
    // Whitespace only: the canonical text the content hash covers is blank.
    const id = await flow.inReview('   ');
    const listed = await flow.signoffs(id);
    expect(listed.body.policy).toMatchObject({ met: false, incomplete: 'The write-up is empty: write the explanation before approving.' });
    expect(listed.body.policy.description).toMatch(/^The write-up is empty/);
    for (const member of [flow.staff.reviewer, flow.staff.editor]) {
      const refused = await flow.signoff(id, member);
      expect([refused.status, refused.body.code, refused.body.detail]).toEqual([409, 'state_conflict', 'The write-up is empty: write the explanation before approving.']);
    }
    const { rows } = await db().query(`SELECT count(*)::int AS n FROM signoffs WHERE ticket_id = $1`, [id]);
    expect(rows[0].n).toBe(0);
    expect((await flow.ticket(id)).status).toBe('in_review');
    const changes = await flow.signoff(id, flow.staff.reviewer, 'request_changes');
    expect([changes.status, changes.body.status]).toEqual([201, 'drafting']);
    // Asking for changes is one history entry, with the move back to drafting in it.
    const history = await request(desk.baseUrl).get(flow.api(`/tickets/${id}/history`)).set(bearer(flow.staff.viewer)).expect(200);
    expect(history.body.items.at(-1)).toMatchObject({
      action: 'signoff.given',
      actorId: flow.staff.reviewer.id,
      before: { status: 'in_review' },
      after: { status: 'drafting', action: 'request_changes', decision: 'request_changes', signoffId: changes.body.signoff.id },
    });
    expect(history.body.items.at(-2).action).not.toBe('signoff.given');
    // Written, it goes through.
    await flow.editWriteup(id, flow.staff.researcher, 'The budget lists both amounts.');
    await flow.mustTransition(id, 'in_review', flow.staff.researcher);
    expect((await flow.signoffs(id)).body.policy.incomplete).toBeNull();
    expect((await flow.signoff(id, flow.staff.reviewer)).status).toBe(201);
    expect((await flow.signoff(id, flow.staff.editor)).body.status).toBe('approved');
  });

  it('refuses to publish an approved ticket whose write-up is empty: no publication, no public page', async () => {
    // Approved without a write-up: only a ticket from before this rule can be in that state.
    const { rows } = await db().query<{ id: string; version: number }>(
      `WITH seq AS (UPDATE newsrooms SET ticket_seq = ticket_seq + 1 WHERE id = $1 RETURNING ticket_seq)
       INSERT INTO tickets (newsroom_id, number, claim, status, rating, summary, created_by, updated_by)
       SELECT $1, seq.ticket_seq, 'An approved claim with nothing written', 'approved', 'false', 'Not so.', $2, $2 FROM seq RETURNING id, version`,
      [flow.staff.newsroom.id, flow.staff.editor.id],
    );
    const ticket = rows[0]!;
    const refused = await flow.publish(ticket.id);
    expect([refused.status, refused.body.code, refused.body.detail]).toEqual([409, 'state_conflict', 'The write-up is empty: write the explanation before publishing.']);
    const publications = await db().query(`SELECT count(*)::int AS n FROM publications WHERE ticket_id = $1`, [ticket.id]);
    expect(publications.rows[0].n).toBe(0);
    await request(desk.baseUrl).get(`/public/${flow.slug}/verdicts/${ticket.id}`).expect(404);
    expect(await flow.ticket(ticket.id)).toMatchObject({ status: 'approved', version: ticket.version });
  });

  it('writes one history entry per publish, correction and retraction, with the status move in it', async () => {
    const id = await flow.published();
    await flow.correct(id, 'The schools figure was for two years.').then((response) => expect(response.status).toBe(200));
    await flow.editWriteup(id, flow.staff.researcher, 'Corrected: the figure covers 2025 only.');
    await flow.mustTransition(id, 'in_review', flow.staff.researcher);
    await flow.signoff(id, flow.staff.reviewer);
    await flow.signoff(id, flow.staff.editor);
    expect((await flow.publish(id)).status).toBe(200);
    expect((await flow.retract(id, 'The main source was fabricated.')).status).toBe(200);

    const history = await request(desk.baseUrl).get(flow.api(`/tickets/${id}/history`)).set(bearer(flow.staff.viewer)).expect(200);
    const items = history.body.items as { action: string; before: Record<string, unknown>; after: Record<string, unknown> }[];
    const published = items.filter((entry) => entry.action === 'verdict.published');
    expect(published).toHaveLength(2);
    expect(published[0]).toMatchObject({
      before: { status: 'approved' },
      after: { status: 'published', action: 'publish', publicationVersion: 1, url: expect.stringContaining(`/verdicts/${id}`), contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect((published[0]!.after.approvals as unknown[]).length).toBe(2);
    expect(items.filter((entry) => entry.action === 'verdict.corrected')).toEqual([
      expect.objectContaining({ before: expect.objectContaining({ status: 'published' }), after: expect.objectContaining({ status: 'drafting', note: 'The schools figure was for two years.' }) }),
    ]);
    expect(items.filter((entry) => entry.action === 'verdict.retracted')).toEqual([
      expect.objectContaining({ after: expect.objectContaining({ status: 'retracted', reason: 'The main source was fabricated.' }) }),
    ]);
    // No separate "moved the ticket" entry for these moves.
    const moves = items.filter((entry) => entry.action === 'ticket.transitioned').map((entry) => `${entry.before.status as string}>${entry.after.status as string}`);
    expect(moves.filter((move) => ['approved>published', 'published>drafting', 'published>retracted'].includes(move))).toEqual([]);
    const verify = await request(desk.baseUrl).get(flow.api('/audit/verify')).set(bearer(flow.staff.editor)).expect(200);
    expect(verify.body.ok).toBe(true);
  });
});

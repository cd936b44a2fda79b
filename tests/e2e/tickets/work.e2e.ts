import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { assign, closeDb, createNewsroom, createStaffedNewsroom, createTicket, createUser, addMember, db } from '../../support/factories.js';
import { ticketsApi } from './api.js';

describe('tickets: evidence, verdict and idempotent creation', () => {
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

  it('adds, edits and softly removes evidence, recording the capture hash and every change', async () => {
    const ticket = await createTicket(staff.newsroom, staff.editor, { status: 'researching' });
    await assign(ticket, staff.researcher, staff.editor);
    const text = 'Captured page text about the city, as it read that day.';
    const added = await api
      .addEvidence(staff.researcher, ticket.id, {
        url: 'https://wire.example.org/2017/03/02/report',
        title: 'Army retakes city',
        publisher: 'Example Wire',
        quote: 'troops entered the centre',
        stance: 'supports',
        sourceReliability: 'high',
        capturedText: text,
      })
      .expect(201);
    expect(added.body).toMatchObject({ version: 1, stance: 'supports', capturedSha256: createHash('sha256').update(text).digest('hex') });
    expect(Date.parse(added.body.capturedAt)).not.toBeNaN();

    const edited = await api.patchEvidence(staff.researcher, ticket.id, added.body.id, { note: 'Matches a second wire report', version: 1 }).expect(200);
    expect(edited.body).toMatchObject({ version: 2, note: 'Matches a second wire report', capturedSha256: added.body.capturedSha256 });
    await api.patchEvidence(staff.researcher, ticket.id, added.body.id, { note: 'stale', version: 1 }).expect(409);
    await api.patchEvidence(staff.researcher, ticket.id, added.body.id, { note: 'no version' }).expect(428);

    await api.removeEvidence(staff.researcher, ticket.id, added.body.id, 1).expect(409);
    await api.removeEvidence(staff.researcher, ticket.id, added.body.id, 2).expect(204);
    const list = await api.listEvidence(staff.viewer, ticket.id).expect(200);
    expect(list.body.items).toEqual([]);
    const kept = await db().query('SELECT removed_by FROM evidence WHERE id = $1', [added.body.id]);
    expect(kept.rows[0].removed_by).toBe(staff.researcher.id);
    const history = await api.history(staff.viewer, ticket.id);
    expect(history.body.items.map((entry: { action: string }) => entry.action)).toEqual(['evidence.added', 'evidence.updated', 'evidence.removed']);
    expect(history.body.items[1]).toMatchObject({ before: { note: null }, after: { note: 'Matches a second wire report' } });
  });

  it('validates evidence and checks who may write it', async () => {
    const ticket = await createTicket(staff.newsroom, staff.editor, { status: 'researching' });
    for (const body of [{ url: 'javascript:alert(1)' }, { url: 'file:///etc/passwd' }, { url: 'https://x.example.org', stance: 'maybe' }, { url: 'https://x.example.org', quote: 'q'.repeat(5001) }]) {
      await api.addEvidence(staff.reviewer, ticket.id, body).expect(400);
    }
    await api.addEvidence(staff.researcher, ticket.id, { url: 'https://x.example.org' }).expect(403);
    await api.addEvidence(staff.viewer, ticket.id, { url: 'https://x.example.org' }).expect(403);
    const published = await createTicket(staff.newsroom, staff.editor, { status: 'published' });
    await api.addEvidence(staff.editor, published.id, { url: 'https://x.example.org' }).expect(409);
  });

  it('sets the verdict from the newsroom scale while editable, bumping the version and recording the setter', async () => {
    const ticket = await createTicket(staff.newsroom, staff.editor, { status: 'drafting' });
    await assign(ticket, staff.researcher, staff.editor);
    const unknown = await api.verdict(staff.researcher, ticket.id, { rating: 'pants-on-fire', summary: 'x', version: 1 });
    expect([unknown.status, unknown.body.code]).toEqual([400, 'validation_failed']);
    await api.verdict(staff.researcher, ticket.id, { rating: 'false', summary: 'No.' }).expect(428);
    const set = await api.verdict(staff.researcher, ticket.id, { rating: 'mostly-false', summary: 'Only one source says so.', version: 1 }).expect(200);
    expect(set.body).toMatchObject({ rating: 'mostly-false', summary: 'Only one source says so.', ratingSetBy: staff.researcher.id, version: 2 });
    // A reviewer editing only the summary does not become the rating's setter.
    const summary = await api.verdict(staff.reviewer, ticket.id, { rating: 'mostly-false', summary: 'Single-source figure.', version: 2 }).expect(200);
    expect(summary.body).toMatchObject({ ratingSetBy: staff.researcher.id, ratingSetAt: set.body.ratingSetAt, version: 3 });
    await api.verdict(staff.reviewer, ticket.id, { rating: 'false', summary: 'stale', version: 2 }).expect(409);
    const frozen = await createTicket(staff.newsroom, staff.editor, { status: 'approved' });
    const refused = await api.verdict(staff.editor, frozen.id, { rating: 'true', summary: 'x', version: 1 });
    expect([refused.status, refused.body.code]).toEqual([409, 'state_conflict']);
    const other = await createTicket(staff.newsroom, staff.editor, { status: 'drafting' });
    await api.verdict(staff.researcher, other.id, { rating: 'true', summary: 'x', version: 1 }).expect(403);
  });

  it('uses a newsroom-specific rating scale', async () => {
    const newsroom = await createNewsroom({
      settings: { ratingScale: [{ key: 'wrong', label: 'Wrong', description: 'Not so.', claimReview: { ratingValue: 1, bestRating: 2, worstRating: 1, alternateName: 'Wrong' } }] },
    });
    const editor = await createUser();
    await addMember(newsroom, editor, 'editor');
    const ticket = await createTicket(newsroom, editor, { status: 'drafting' });
    const own = ticketsApi(desk.baseUrl, newsroom.slug);
    await own.verdict(editor, ticket.id, { rating: 'false', summary: 'x', version: 1 }).expect(400);
    await own.verdict(editor, ticket.id, { rating: 'wrong', summary: 'x', version: 1 }).expect(200);
  });

  it('replays a creation with the same Idempotency-Key and body, refuses another body with 422', async () => {
    const key = randomUUID();
    const first = await api.create(staff.researcher, { claim: 'Idempotent claim.' }, { 'Idempotency-Key': key }).expect(201);
    const again = await api.create(staff.researcher, { claim: 'Idempotent claim.' }, { 'Idempotency-Key': key }).expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const other = await api.create(staff.researcher, { claim: 'Another claim.' }, { 'Idempotency-Key': key });
    expect([other.status, other.body.code]).toEqual([422, 'idempotency_key_reused']);
    // Keys belong to their user: someone else's identical key is a new request.
    const reviewers = await api.create(staff.reviewer, { claim: 'Idempotent claim.' }, { 'Idempotency-Key': key }).expect(201);
    expect(reviewers.body.id).not.toBe(first.body.id);
  });

  it('forgets a key after its retention period', async () => {
    const key = randomUUID();
    const first = await api.create(staff.researcher, { claim: 'Old request.' }, { 'Idempotency-Key': key }).expect(201);
    await db().query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = $1`, [key]);
    const later = await api.create(staff.researcher, { claim: 'New request, old key.' }, { 'Idempotency-Key': key }).expect(201);
    expect(later.body.id).not.toBe(first.body.id);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
  });

  it('creates exactly one row for concurrent duplicates (tickets and evidence)', async () => {
    const key = randomUUID();
    const claim = `Concurrent claim ${key}`;
    const responses = await Promise.all(Array.from({ length: 8 }, () => api.create(staff.researcher, { claim }, { 'Idempotency-Key': key })));
    expect(responses.map((response) => response.status)).toEqual(Array(8).fill(201));
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    const rows = await db().query('SELECT count(*)::int AS n FROM tickets WHERE claim = $1', [claim]);
    expect(rows.rows[0].n).toBe(1);

    const ticket = await createTicket(staff.newsroom, staff.editor, { status: 'researching' });
    const evidenceKey = randomUUID();
    const added = await Promise.all(
      Array.from({ length: 6 }, () => api.addEvidence(staff.reviewer, ticket.id, { url: 'https://a.example.org/x' }, { 'Idempotency-Key': evidenceKey })),
    );
    expect(new Set(added.map((response) => response.body.id)).size).toBe(1);
    const evidence = await db().query('SELECT count(*)::int AS n FROM evidence WHERE ticket_id = $1', [ticket.id]);
    expect(evidence.rows[0].n).toBe(1);
  });
});

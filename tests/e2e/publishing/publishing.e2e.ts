import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { claimReviewProblems } from '../../../src/publishing/claim-review.js';
import { bearer, closeDb, db } from '../../support/factories.js';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { DeskFlow } from '../signoffs/desk-flow.js';

const ldJson = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));

describe('publishing verdict summaries', () => {
  let desk: TestDesk;
  let flow: DeskFlow;
  let id: string;
  const pub = (path: string) => request(desk.baseUrl).get(`/public/${flow.slug}${path}`);

  beforeAll(async () => {
    desk = await startDesk({ PUBLIC_BASE_URL: 'https://checks.example.org' });
    flow = await DeskFlow.create(desk.baseUrl);
    await db().query(`UPDATE newsrooms SET settings = settings || $2::jsonb WHERE id = $1`, [
      flow.staff.newsroom.id,
      JSON.stringify({ publisher: { name: 'Example Checks', url: 'https://checks.example.org', logoUrl: 'https://checks.example.org/logo.png' } }),
    ]);
    id = await flow.inReview('Schools got 12 million; parking got 3 million.');
    await request(desk.baseUrl)
      .post(flow.api(`/tickets/${id}/evidence`))
      .set(bearer(flow.staff.reviewer))
      .send({ url: 'https://city.example.gov/budget-2025.pdf', title: '2025 city budget', publisher: 'City of Example', note: 'INTERNAL-EVIDENCE-NOTE', quote: 'Schools: 12,000,000' });
    // Evidence changes nothing signed: still in review, the approvals below count.
    await flow.signoff(id, flow.staff.reviewer, 'approve', { note: 'INTERNAL-SIGNOFF-NOTE' });
    await flow.signoff(id, flow.staff.editor);
    expect((await flow.publish(id)).status).toBe(200);
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  it('serves the page as accessible HTML with a valid ClaimReview', async () => {
    const page = await pub(`/verdicts/${id}`).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.text).toContain('<meta name="viewport"');
    expect(page.text).toContain('2025 city budget');
    const [review] = ldJson(page.text);
    expect(claimReviewProblems(review)).toEqual([]);
    expect(review).toMatchObject({
      url: `https://checks.example.org/public/${flow.slug}/verdicts/${id}`,
      claimReviewed: 'The city spent twice as much on parking as on schools last year',
      author: { '@type': 'Organization', name: 'Example Checks', url: 'https://checks.example.org' },
      reviewRating: { ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
      itemReviewed: { author: { name: 'Councillor Example' }, datePublished: '2026-10-01', firstAppearance: { url: 'https://news.example.com/council-debate' } },
    });
  });

  it('serves the same verdict as JSON, and lists it', async () => {
    const json = await pub(`/verdicts/${id}`).set('Accept', 'application/json').expect(200);
    expect(json.body).toMatchObject({ id, version: 1, rating: { key: 'false', label: 'False' }, changelog: [], retraction: null });
    expect(json.body.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(json.body.approvals.map((a: { role: string }) => a.role).sort()).toEqual(['editor', 'reviewer']);
    const list = await pub('/verdicts').expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(id);
  });

  it('never shows anything unpublished: drafts, notes, e-mails, other tickets', async () => {
    const draft = await flow.drafting('UNPUBLISHED-DRAFT-TEXT');
    const bodies = [
      (await pub(`/verdicts/${id}`)).text,
      JSON.stringify((await pub(`/verdicts/${id}`).set('Accept', 'application/json')).body),
      JSON.stringify((await pub('/verdicts')).body),
      (await pub('/feed.json')).text,
      (await pub('/feed.xml')).text,
    ].join('\n');
    for (const secret of ['INTERNAL-EVIDENCE-NOTE', 'INTERNAL-SIGNOFF-NOTE', 'Schools: 12,000,000', 'UNPUBLISHED-DRAFT-TEXT', draft, ...Object.values(flow.staff).flatMap((member) => ('email' in member ? [member.email] : []))]) {
      expect([secret, bodies.includes(secret)]).toEqual([secret, false]);
    }
    await pub(`/verdicts/${draft}`).expect(404);
    await pub('/verdicts/not-a-uuid').expect(404);
    await request(desk.baseUrl).get('/public/no-such-newsroom/verdicts').expect(404);
  });

  it('keeps publications immutable in the database', async () => {
    await expect(db().query(`UPDATE publications SET content_hash = 'x' WHERE ticket_id = $1`, [id])).rejects.toThrow(/immutable/);
    await expect(db().query(`DELETE FROM publications WHERE ticket_id = $1`, [id])).rejects.toThrow(/immutable/);
    await expect(db().query(`DELETE FROM signoffs WHERE ticket_id = $1`, [id])).rejects.toThrow(/cannot be deleted/);
  });

  it('publishes a correction as version 2 with a dated changelog, in the page and both feeds', async () => {
    // Feed readers revalidate: unchanged answers are 304 without a body, until the correction is published.
    const before = await Promise.all(['/feed.json', '/feed.xml', `/verdicts/${id}`, '/verdicts'].map((path) => pub(path).expect(200)));
    for (const [index, path] of ['/feed.json', '/feed.xml', `/verdicts/${id}`, '/verdicts'].entries()) {
      const tag = before[index]!.headers.etag as string;
      expect(tag).toMatch(/^"[\w-]{32}"$/);
      const again = await pub(path).set('If-None-Match', `W/${tag}, "other"`).expect(304);
      expect(again.text ?? '').toBe('');
      expect(again.headers.etag).toBe(tag);
      await pub(path).set('If-None-Match', '"other"').expect(200);
    }

    const corrected = await flow.correct(id, 'Corrected the parking figure to 3.2 million.');
    expect(corrected.body).toMatchObject({ status: 'drafting', publicationVersion: 1 });
    expect((await flow.signoffs(id)).body.items.every((item: { stale: boolean }) => item.stale)).toBe(true);
    // Until republished, the public still sees version 1.
    expect((await pub(`/verdicts/${id}`).set('Accept', 'application/json')).body.version).toBe(1);

    await flow.editWriteup(id, flow.staff.researcher, 'Parking got 3.2 million.');
    await flow.mustTransition(id, 'in_review', flow.staff.researcher);
    await flow.signoff(id, flow.staff.reviewer);
    expect((await flow.signoff(id, flow.staff.editor)).body.status).toBe('approved');
    const republished = await flow.publish(id);
    expect(republished.body).toMatchObject({ publicationVersion: 2, status: 'published' });

    const json = await pub(`/verdicts/${id}`).set('Accept', 'application/json');
    expect(json.body).toMatchObject({ version: 2, changelog: [{ version: 2, note: 'Corrected the parking figure to 3.2 million.' }] });
    const page = await pub(`/verdicts/${id}`);
    expect(page.text).toContain('Parking got 3.2 million.');
    expect(page.text).toMatch(/<time datetime="[^"]+">\d{1,2} \w+ \d{4}<\/time> \(version 2\): Corrected the parking figure/);
    const feed = await pub('/feed.json').expect(200);
    expect(feed.headers['content-type']).toMatch(/^application\/feed\+json/);
    const item = JSON.parse(feed.text).items.find((entry: { id: string }) => entry.id.endsWith(id));
    expect(item.title).toMatch(/^Corrected: /);
    expect(item.content_html).toContain('Corrected the parking figure');
    const atom = await pub('/feed.xml').expect(200);
    expect(atom.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(atom.text).toContain('Corrected the parking figure');
    // The old tags no longer match: the corrected feed is downloaded again.
    const refreshed = await pub('/feed.json').set('If-None-Match', before[0]!.headers.etag as string).expect(200);
    expect(refreshed.headers.etag).not.toBe(before[0]!.headers.etag);
    expect(refreshed.text).toContain('Corrected the parking figure');
  });

  it('retracts: the page stays, marked, without ClaimReview, and both feeds announce it', async () => {
    const retracted = await flow.retract(id, 'The budget document we relied on was a draft.');
    expect(retracted.body).toMatchObject({ status: 'retracted', publicationVersion: 2 });
    const page = await pub(`/verdicts/${id}`).expect(200);
    expect(page.text).toContain('<strong>Retracted</strong>');
    expect(page.text).toContain('The budget document we relied on was a draft.');
    expect(ldJson(page.text)).toEqual([]);
    const json = await pub(`/verdicts/${id}`).set('Accept', 'application/json');
    expect(json.body.retraction).toMatchObject({ reason: 'The budget document we relied on was a draft.' });
    const feed = JSON.parse((await pub('/feed.json')).text);
    expect(feed.items[0]).toMatchObject({ title: expect.stringMatching(/^Retracted: /) });
    expect(feed.items[0].content_html).toContain('was a draft');
    const atom = (await pub('/feed.xml')).text;
    expect(atom).toContain('<title>Retracted: ');
    expect(atom).toContain('<category term="retracted"/>');
    expect((await flow.retract(id, 'twice')).status).toBe(409);
  });

  it('lets only editors publish, correct and retract', async () => {
    const other = await flow.published();
    expect((await flow.correct(other, 'A note', flow.staff.reviewer)).status).toBe(403);
    expect((await flow.retract(other, 'A reason', flow.staff.researcher)).status).toBe(403);
    expect((await flow.correct(other, 'x')).status).toBe(400);
  });

  it('records corrections and retractions in the history', async () => {
    const history = await request(desk.baseUrl).get(flow.api(`/tickets/${id}/history`)).set(bearer(flow.staff.viewer));
    const text = JSON.stringify(history.body);
    for (const action of ['verdict.published', 'verdict.corrected', 'verdict.retracted', 'signoff.given']) expect([action, text.includes(action)]).toEqual([action, true]);
  });
});

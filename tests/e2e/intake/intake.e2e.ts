import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { bearer, closeDb, createStaffedNewsroom, createUser, db, type TestUser } from '../../support/factories.js';
import { DeskFlow } from '../signoffs/desk-flow.js';

/** The sample intake beside the project: read at run time, never copied. */
const SEEDS = join(import.meta.dirname, '../../../../shared/seeds');
const seed = (prefix: string) => readFileSync(join(SEEDS, `${prefix}_${{ '000': '227b56d3a791566b', '001': '96762dce61dae068', '002': '804af44f8335d183', '003': '743005bdb232ba0a', '004': '86a1f3b923b661a1' }[prefix]}.txt`), 'utf8');

interface Candidate {
  id: string;
  rank: number;
  text: string;
  start: number;
  end: number;
  claimant: string | null;
  ticketId: string | null;
  matches: { ticketId: string; sameClaim: boolean; score: number; reason: string }[];
  factChecks: { id: string; newsroom: string; sameClaim: boolean; url: string; rating: string }[];
}

const withText = (candidates: Candidate[], ...parts: string[]) => {
  const found = candidates.find((candidate) => parts.every((part) => candidate.text.includes(part)));
  if (!found) throw new Error(`no candidate with ${parts.join(' + ')} among:\n${candidates.map((c) => c.text).join('\n')}`);
  return found;
};

describe('intake: articles in, candidates out, matched with the desk', () => {
  let desk: TestDesk;
  let flow: DeskFlow;
  let slug: string;
  let staff: DeskFlow['staff'];
  const api = (path = '') => `/api/newsrooms/${slug}/intake${path}`;
  const submit = (user: TestUser, body: object, headers: Record<string, string> = {}) =>
    request(desk.baseUrl).post(api()).set(bearer(user)).set(headers).send(body);
  const act = (user: TestUser, articleId: string, actions: object[], headers: Record<string, string> = {}) =>
    request(desk.baseUrl).post(api(`/${articleId}/actions`)).set(bearer(user)).set(headers).send({ actions });

  beforeAll(async () => {
    desk = await startDesk();
    flow = await DeskFlow.create(desk.baseUrl);
    staff = flow.staff;
    slug = flow.slug;
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  it('cleans an article, keeps its check-worthy sentences with offsets, and records what it received', async () => {
    const text = seed('000');
    const response = await submit(staff.researcher, { text, url: 'https://people.example.net/isis-palmyra', outlet: 'Example Voice', publishedAt: '2016-12-11T10:00:00Z' }).expect(201);
    const article = response.body;
    expect(article).toMatchObject({ language: 'en', languageSource: 'detected', format: 'text', receivedSha256: createHash('sha256').update(text).digest('hex'), submittedBy: staff.researcher.id });
    expect(article.candidates.length).toBeGreaterThan(3);
    expect(article.candidates.map((candidate: Candidate) => candidate.rank)).toEqual(article.candidates.map((_: Candidate, index: number) => index + 1));
    for (const candidate of article.candidates as Candidate[]) expect(article.text.slice(candidate.start, candidate.end)).toBe(candidate.text);
    expect(article.dropped.length).toBeGreaterThan(0);
    expect(article.dropped.every((block: { reason: string; detail: string }) => block.reason && block.detail)).toBe(true);
    withText(article.candidates, '4,000');

    const audit = await db().query(`SELECT after FROM audit_entries WHERE newsroom_id = $1 AND action = 'article.submitted'`, [staff.newsroom.id]);
    expect(audit.rows.map((row) => row.after.articleId)).toContain(article.id);
  });

  it('turns candidates into tickets and groups the same claim from another outlet as one more appearance', async () => {
    const first = (await submit(staff.researcher, { text: seed('000'), url: 'https://people.example.net/recapture', title: 'Recapture story', publishedAt: '2016-12-11T10:00:00Z' }).expect(201)).body;
    const fighters = withText(first.candidates, '4,000');
    const created = await act(staff.researcher, first.id, [{ candidateId: fighters.id }]).expect(201);
    expect(created.body.results).toEqual([expect.objectContaining({ candidateId: fighters.id, created: true })]);
    const ticketId = created.body.results[0].ticketId;
    const ticket = (await request(desk.baseUrl).get(`/api/newsrooms/${slug}/tickets/${ticketId}`).set(bearer(staff.viewer)).expect(200)).body;
    expect(ticket).toMatchObject({ claim: fighters.text, claimDate: '2016-12-11', language: 'en', appearances: [{ url: 'https://people.example.net/recapture', title: 'Recapture story' }] });
    expect(ticket.history.map((entry: { action: string }) => entry.action)).toContain('ticket.created');

    // Another outlet reports the same figure in its own words.
    const second = (await submit(staff.researcher, { text: seed('001'), url: 'https://blog.example.com/palmyra', outlet: 'Example Blog' }).expect(201)).body;
    const paraphrase = withText(second.candidates, '4000');
    expect(paraphrase.matches[0]).toMatchObject({ ticketId, sameClaim: true });
    expect(paraphrase.matches[0].reason).toContain('4000');
    const joined = await act(staff.researcher, second.id, [{ candidateId: paraphrase.id, ticketId }]).expect(201);
    expect(joined.body.results).toEqual([expect.objectContaining({ ticketId, created: false })]);
    const after = (await request(desk.baseUrl).get(`/api/newsrooms/${slug}/tickets/${ticketId}`).set(bearer(staff.viewer)).expect(200)).body;
    expect(after.appearances.map((appearance: { url: string }) => appearance.url)).toEqual(['https://people.example.net/recapture', 'https://blog.example.com/palmyra']);
    expect(after.version).toBe(ticket.version + 1);

    // The article now shows the candidate as acted on.
    const reread = (await request(desk.baseUrl).get(api(`/${second.id}`)).set(bearer(staff.viewer)).expect(200)).body;
    expect(withText(reread.candidates, '4000')).toMatchObject({ ticketId, ticketNumber: ticket.number });
    expect(reread.actedCount).toBe(1);
  });

  it('does not group a different claim that shares the event vocabulary', async () => {
    const recapture = (await submit(staff.researcher, { text: seed('000') }).expect(201)).body;
    const fighters = withText(recapture.candidates, '4,000');
    const { body } = await act(staff.researcher, recapture.id, [{ candidateId: fighters.id }]).expect(201);
    const troops = (await submit(staff.researcher, { text: seed('004') }).expect(201)).body;
    const deployment = withText(troops.candidates, '200', 'troops');
    const sameAsFighters = deployment.matches.filter((match: Candidate['matches'][number]) => match.ticketId === body.results[0].ticketId);
    expect(sameAsFighters.every((match: Candidate['matches'][number]) => !match.sameClaim)).toBe(true);
  });

  it('is all or nothing, refuses a candidate already linked elsewhere, and replays with an Idempotency-Key', async () => {
    const article = (await submit(staff.researcher, { text: seed('003') }).expect(201)).body;
    const [a, b] = article.candidates as Candidate[];
    const key = randomUUID();
    const first = await act(staff.researcher, article.id, [{ candidateId: a!.id, claimant: 'The US defense secretary' }], { 'Idempotency-Key': key }).expect(201);
    const replay = await act(staff.researcher, article.id, [{ candidateId: a!.id, claimant: 'The US defense secretary' }], { 'Idempotency-Key': key }).expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(first.body);
    const created = (await request(desk.baseUrl).get(`/api/newsrooms/${slug}/tickets/${first.body.results[0].ticketId}`).set(bearer(staff.viewer))).body;
    expect(created.claimant).toBe('The US defense secretary');

    const ticketsBefore = await db().query(`SELECT count(*)::int AS n FROM tickets WHERE newsroom_id = $1`, [staff.newsroom.id]);
    // b would become a ticket, but a is already linked: nothing of the request happens.
    const refused = await act(staff.researcher, article.id, [{ candidateId: b!.id }, { candidateId: a!.id }]).expect(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const ticketsAfter = await db().query(`SELECT count(*)::int AS n FROM tickets WHERE newsroom_id = $1`, [staff.newsroom.id]);
    expect(ticketsAfter.rows[0].n).toBe(ticketsBefore.rows[0].n);
    const unlinked = await db().query(`SELECT ticket_id FROM article_candidates WHERE id = $1`, [b!.id]);
    expect(unlinked.rows[0].ticket_id).toBeNull();

    await act(staff.researcher, article.id, [{ candidateId: b!.id }, { candidateId: b!.id }]).expect(400);
    await act(staff.researcher, article.id, [{ candidateId: randomUUID() }]).expect(404);
    await act(staff.researcher, randomUUID(), [{ candidateId: b!.id }]).expect(404);
    await act(staff.researcher, article.id, []).expect(400);
  });

  it('checks rights: viewers read, researchers submit and add appearances, other newsrooms see nothing', async () => {
    const article = (await submit(staff.researcher, { text: seed('002') }).expect(201)).body;
    await submit(staff.viewer, { text: seed('002') }).expect(403);
    await request(desk.baseUrl).get(api()).set(bearer(staff.viewer)).expect(200);
    await request(desk.baseUrl).get(api(`/${article.id}`)).set(bearer(staff.viewer)).expect(200);
    await act(staff.viewer, article.id, [{ candidateId: article.candidates[0].id }]).expect(403);

    // Recording one more appearance is intake work: any researcher may, on any ticket, and the history says who.
    const foreign = await flow.createTicket({ claim: 'The army retook the city in March', appearances: [] });
    const linked = await submit(staff.researcher, { text: seed('002'), url: 'https://agency.example.org/palmyra' }).expect(201);
    await act(staff.researcher, linked.body.id, [{ candidateId: linked.body.candidates[0].id, ticketId: foreign }]).expect(201);
    const history = (await request(desk.baseUrl).get(`/api/newsrooms/${slug}/tickets/${foreign}/history`).set(bearer(staff.viewer)).expect(200)).body;
    expect(history.items.at(-1)).toMatchObject({ action: 'ticket.updated', actorId: staff.researcher.id, after: { appearances: [{ url: 'https://agency.example.org/palmyra' }] } });

    const outsider = await createUser();
    await request(desk.baseUrl).get(api(`/${article.id}`)).set(bearer(outsider)).expect(404);
    const other = await createStaffedNewsroom();
    await request(desk.baseUrl).get(`/api/newsrooms/${other.newsroom.slug}/intake/${article.id}`).set(bearer(other.admin)).expect(404);
    await request(desk.baseUrl).post(`/api/newsrooms/${other.newsroom.slug}/intake/${article.id}/actions`).set(bearer(other.admin)).send({ actions: [{ candidateId: article.candidates[0].id }] }).expect(404);
  });

  it('refuses bad input with a problem document and stores nothing', async () => {
    const count = async () => (await db().query(`SELECT count(*)::int AS n FROM articles WHERE newsroom_id = $1`, [staff.newsroom.id])).rows[0].n as number;
    const before = await count();
    const problems = [
      [{ text: '' }, 400],
      [{}, 400],
      [{ text: 42 }, 400],
      [{ text: 'ok', url: 'javascript:alert(1)' }, 400],
      [{ text: 'ok', language: 'english' }, 400],
      [{ text: 'ok', format: 'pdf' }, 400],
      [{ text: 'word '.repeat(90_000) }, 413],
      // Control characters are refused for every body string (400, naming the field); binary decoded as text is 422.
      [{ text: String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => ((i * 7) % 31) + 1)) }, 400],
      [{ text: '\ufffd'.repeat(500) + ' some words' }, 422],
    ] as const;
    for (const [body, status] of problems) {
      const response = await submit(staff.researcher, body).expect(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect(await count()).toBe(before);
  });

  it('reduces hostile HTML to text and never keeps markup or scripts', async () => {
    const html = `<html><head><title>t</title><style>p{color:red}</style><script>alert("x")</script></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Council votes on the budget</h1>
      <p>The council said on Tuesday that spending on schools rose by 12 per cent to 4.5 million euros.</p>
      <p onclick="steal()">According to the finance office, the deficit doubled in 2023.<img src=x onerror=alert(1)></p>
      <script>document.write('<p>injected</p>')</script>
      </article><footer>© 2026 Example Media. All rights reserved.</footer></body></html>`;
    const { body } = await submit(staff.researcher, { text: html, format: 'html' }).expect(201);
    expect(body.format).toBe('html');
    expect(body.text).toContain('spending on schools rose by 12 per cent');
    for (const hostile of ['<', 'alert', 'onclick', 'injected', 'color:red']) expect(body.text).not.toContain(hostile);
    withText(body.candidates, '12 per cent');
  });

  it('keeps mixed scripts as they are and drops invisible direction overrides', async () => {
    const text = [
      'Министр обороны заявил, что 4 000 военных прибыли в город. The minister said 4,000 soldiers arrived in the city.',
      'قال المتحدث إن 300 مقاتل قتلوا في الغارات.',
      'The ministry said \u202eTSIL KCATTA\u202c that 12 villages were evacuated on 3 March.',
    ].join('\n\n');
    const { body } = await submit(staff.researcher, { text }).expect(201);
    expect(body.text).toContain('Министр обороны');
    expect(body.text).toContain('قال المتحدث');
    expect(body.text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(body.candidates.length).toBeGreaterThanOrEqual(3);
  });

  it('pages the list newest first with a cursor', async () => {
    const { body: firstPage } = await request(desk.baseUrl).get(api()).query({ limit: 2 }).set(bearer(staff.viewer)).expect(200);
    expect(firstPage.items).toHaveLength(2);
    expect(firstPage.items[0]).not.toHaveProperty('text');
    const { body: secondPage } = await request(desk.baseUrl).get(api()).query({ limit: 2, cursor: firstPage.nextCursor }).set(bearer(staff.viewer)).expect(200);
    expect(secondPage.items[0].createdAt <= firstPage.items[1].createdAt).toBe(true);
    expect(secondPage.items.map((item: { id: string }) => item.id)).not.toContain(firstPage.items[1].id);
    await request(desk.baseUrl).get(api()).query({ cursor: 'not-a-cursor' }).set(bearer(staff.viewer)).expect(400);
    await request(desk.baseUrl).get(api()).query({ limit: 1000 }).set(bearer(staff.viewer)).expect(400);
  });

  it('flags the same article submitted twice', async () => {
    const text = `${seed('004')}\n`;
    const first = (await submit(staff.researcher, { text }).expect(201)).body;
    const second = (await submit(staff.researcher, { text }).expect(201)).body;
    expect(first.duplicateOf).toBeNull();
    expect(second.duplicateOf).toBe(first.id);
  });

  it("lists other newsrooms' public verdicts on the same claim as already fact-checked", async () => {
    const elsewhere = await DeskFlow.create(desk.baseUrl);
    const published = await elsewhere.published(undefined, { claim: 'Islamic State fighters recaptured the ancient city of Palmyra in December 2016', appearances: [] });
    const { body } = await submit(staff.researcher, { text: seed('004') }).expect(201);
    const factChecks = (body.candidates as Candidate[]).flatMap((candidate) => candidate.factChecks).filter((check) => check.id === published);
    expect(factChecks.length).toBeGreaterThan(0);
    expect(factChecks[0]).toMatchObject({ newsroom: elsewhere.slug, url: expect.stringContaining(`/public/${elsewhere.slug}/verdicts/${published}`) });
    expect(factChecks.some((check) => check.sameClaim)).toBe(true);
  });
});

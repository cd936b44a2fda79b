import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { bearer, closeDb, createStaffedNewsroom, db, type TestUser } from '../../support/factories.js';
import { DeskFlow } from '../signoffs/desk-flow.js';

describe('outlets: the register, matched on intake, with a track record from published verdicts', () => {
  let desk: TestDesk;
  let flow: DeskFlow;
  const api = (path = '') => `/api/newsrooms/${flow.slug}/outlets${path}`;
  const create = (user: TestUser, body: object) => request(desk.baseUrl).post(api()).set(bearer(user)).send(body);

  beforeAll(async () => {
    desk = await startDesk();
    flow = await DeskFlow.create(desk.baseUrl);
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  it('is kept by editors with versioned changes, unique names and clean domains', async () => {
    const { staff } = flow;
    const created = await create(staff.editor, { name: 'Example Wire', domains: ['WWW.Wire.Example.org', 'wire.example.org'], reliability: 'high', note: 'Corrects promptly' }).expect(201);
    expect(created.body).toMatchObject({ name: 'Example Wire', domains: ['wire.example.org'], reliability: 'high', version: 1, trackRecord: { verdicts: 0, ratings: [] } });
    await create(staff.editor, { name: 'example wire' }).expect(409);
    await create(staff.researcher, { name: 'Another' }).expect(403);
    await create(staff.editor, { name: 'Bad', domains: ['https://x.example.org/path'] }).expect(400);
    await create(staff.editor, { name: 'Bad', reliability: 'excellent' }).expect(400);

    const id = created.body.id;
    await request(desk.baseUrl).patch(api(`/${id}`)).set(bearer(staff.editor)).send({ reliability: 'mixed' }).expect(428);
    const updated = await request(desk.baseUrl).patch(api(`/${id}`)).set(bearer(staff.editor)).send({ reliability: 'mixed', version: 1 }).expect(200);
    expect(updated.body).toMatchObject({ reliability: 'mixed', version: 2, note: 'Corrects promptly' });
    await request(desk.baseUrl).patch(api(`/${id}`)).set(bearer(staff.editor)).send({ note: 'stale', version: 1 }).expect(409);
    await request(desk.baseUrl).get(api()).set(bearer(staff.viewer)).expect(200);

    const other = await createStaffedNewsroom();
    await request(desk.baseUrl).get(`/api/newsrooms/${other.newsroom.slug}/outlets/${id}`).set(bearer(other.admin)).expect(404);
    await request(desk.baseUrl).get(api(`/${randomUUID()}`)).set(bearer(staff.viewer)).expect(404);
    await request(desk.baseUrl).get(api('/not-a-uuid')).set(bearer(staff.viewer)).expect(404);

    const actions = await db().query(`SELECT action FROM audit_entries WHERE newsroom_id = $1 AND action LIKE 'outlet.%' ORDER BY seq`, [staff.newsroom.id]);
    expect(actions.rows.map((row) => row.action)).toEqual(['outlet.created', 'outlet.updated']);
  });

  it('matches an article to the register by domain (subdomains too) or by name', async () => {
    const { staff } = flow;
    const outlet = (await create(staff.editor, { name: 'Example Daily', domains: ['daily.example.com'], reliability: 'low' }).expect(201)).body;
    const text = 'The mayor said on Monday that 300 new buses would be bought this year, according to the transport office.';
    const byDomain = await request(desk.baseUrl).post(`/api/newsrooms/${flow.slug}/intake`).set(bearer(staff.researcher)).send({ text, url: 'https://www.news.daily.example.com/a/1' }).expect(201);
    expect(byDomain.body.outlet).toMatchObject({ id: outlet.id, name: 'Example Daily', reliability: 'low' });
    const byName = await request(desk.baseUrl).post(`/api/newsrooms/${flow.slug}/intake`).set(bearer(staff.researcher)).send({ text, outlet: 'example DAILY' }).expect(201);
    expect(byName.body.outlet?.id).toBe(outlet.id);
    const none = await request(desk.baseUrl).post(`/api/newsrooms/${flow.slug}/intake`).set(bearer(staff.researcher)).send({ text, url: 'https://notdaily.example.com/x' }).expect(201);
    expect(none.body.outlet).toBeNull();

    await request(desk.baseUrl).delete(api(`/${outlet.id}`)).set(bearer(staff.editor)).expect(204);
    const kept = await request(desk.baseUrl).get(`/api/newsrooms/${flow.slug}/intake/${byDomain.body.id}`).set(bearer(staff.viewer)).expect(200);
    expect(kept.body.outlet).toBeNull();
  });

  it('computes the track record from published verdicts whose claim appeared in the outlet', async () => {
    const { staff } = flow;
    const outlet = (await create(staff.editor, { name: 'Example Tabloid', domains: ['tabloid.example.net'] }).expect(201)).body;
    const byDomain = await flow.published(undefined, { appearances: [{ url: 'https://tabloid.example.net/story/1', outlet: 'Tabloid' }] });
    await flow.published(undefined, { appearances: [{ url: 'https://elsewhere.example.org/x', outlet: 'Example Tabloid' }] });
    await flow.published(undefined, { appearances: [{ url: 'https://unrelated.example.org/y' }] });
    const { body } = await request(desk.baseUrl).get(api(`/${outlet.id}`)).set(bearer(staff.viewer)).expect(200);
    expect(body.trackRecord).toEqual({ verdicts: 2, ratings: [{ rating: 'false', label: 'False', count: 2 }] });
    // The ticket shows the register's entry for where its claim appeared.
    const ticket = await request(desk.baseUrl).get(`/api/newsrooms/${flow.slug}/tickets/${byDomain}`).set(bearer(staff.viewer)).expect(200);
    expect(ticket.body.outlets).toEqual([{ id: outlet.id, name: 'Example Tabloid', reliability: 'unknown', note: null }]);
  });
});

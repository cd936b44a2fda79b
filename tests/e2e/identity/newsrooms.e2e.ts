import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DEFAULT_RATING_SCALE } from '../../../src/newsrooms/newsroom-settings.js';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { addMember, bearer, closeDb, createNewsroom, createTicket, createUser } from '../../support/factories.js';
import { expectNoSecrets } from './identity-helpers.js';

describe('newsrooms and settings', () => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = await startDesk();
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  const api = () => request(desk.baseUrl);

  it('creates a newsroom whose creator is admin, lists it, and shows it in /api/me with permissions', async () => {
    const founder = await createUser();
    const slug = `desk-${Date.now().toString(36)}`;
    const created = await api().post('/api/newsrooms').set(bearer(founder)).send({ name: 'Fact Desk', slug }).expect(201);
    expect(created.body).toMatchObject({ slug, name: 'Fact Desk', role: 'admin' });
    expect(created.body.settings.ratingScale).toHaveLength(DEFAULT_RATING_SCALE.length);
    const mine = await api().get('/api/newsrooms').set(bearer(founder)).expect(200);
    expect(mine.body).toEqual([{ id: created.body.id, slug, name: 'Fact Desk', role: 'admin' }]);
    const me = await api().get('/api/me').set(bearer(founder)).expect(200);
    expect(me.body.newsrooms[0]).toMatchObject({ slug, role: 'admin', permissions: { 'member.manage': 'any', 'ticket.publish': 'any' } });

    const taken = await api().post('/api/newsrooms').set(bearer(await createUser())).send({ name: 'Copy', slug });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('slug_taken');
    for (const bad of ['A', 'Has Space', '-dash', 'dash-', 'x'.repeat(41), 'ünï']) {
      await api().post('/api/newsrooms').set(bearer(founder)).send({ name: 'Bad', slug: bad }).expect(400);
    }
  });

  it('shows researchers their role-specific permissions', async () => {
    const newsroom = await createNewsroom();
    const researcher = await createUser();
    await addMember(newsroom, researcher, 'researcher');
    const me = await api().get('/api/me').set(bearer(researcher)).expect(200);
    expect(me.body.newsrooms[0].permissions).toMatchObject({ 'ticket.create': 'any', 'evidence.write': 'assigned', 'ticket.publish': 'none' });
  });

  it('lets admins update name, publisher and sign-off policy, and validates the settings', async () => {
    const newsroom = await createNewsroom();
    const admin = await createUser();
    const viewer = await createUser();
    await addMember(newsroom, admin, 'admin');
    await addMember(newsroom, viewer, 'viewer');
    const patch = (body: object) => api().patch(`/api/newsrooms/${newsroom.slug}`).set(bearer(admin)).send(body);

    const updated = await patch({
      name: 'Renamed Desk',
      settings: { publisher: { name: 'Renamed Desk', url: 'https://desk.example.org' }, signoffPolicy: { required: { reviewer: 2, editor: 1 } } },
    }).expect(200);
    expect(updated.body.name).toBe('Renamed Desk');
    expect(updated.body.settings.signoffPolicy).toEqual({ required: { reviewer: 2, editor: 1 }, excludeRatingSetter: true });
    const read = await api().get(`/api/newsrooms/${newsroom.slug}`).set(bearer(viewer)).expect(200);
    expect(read.body.settings.publisher).toEqual({ name: 'Renamed Desk', url: 'https://desk.example.org' });
    expect(read.body.role).toBe('viewer');
    expect(read.body.settings.ratingScale).toHaveLength(DEFAULT_RATING_SCALE.length);

    const scale = DEFAULT_RATING_SCALE.map((rating) => ({ ...rating, claimReview: { ...rating.claimReview } }));
    const invalid: object[] = [
      { ratingScale: [scale[0], { ...scale[1], key: scale[0]!.key }] },
      { ratingScale: [scale[0], { ...scale[1], claimReview: { ...scale[1]!.claimReview, ratingValue: 9 } }] },
      { ratingScale: [scale[0], { ...scale[1], claimReview: { ...scale[1]!.claimReview, worstRating: 5, bestRating: 1 } }] },
      { ratingScale: [scale[0]] },
      { ratingScale: [scale[0], { ...scale[1], key: 'Not A Key' }] },
      { signoffPolicy: { required: { reviewer: 6 } } },
      { signoffPolicy: { required: { editor: -1 } } },
      { signoffPolicy: { required: { viewer: 1 } } },
      { signoffPolicy: { required: { editor: 1.5 } } },
      { publisher: { url: 'javascript:alert(1)' } },
    ];
    for (const settings of invalid) {
      const response = await patch({ settings });
      expect({ settings, status: response.status }).toEqual({ settings, status: 400 });
    }
    const after = await api().get(`/api/newsrooms/${newsroom.slug}`).set(bearer(admin)).expect(200);
    expect(after.body).toEqual(updated.body);
  });

  it('replaces the rating scale, but refuses to drop a rating that tickets use', async () => {
    const newsroom = await createNewsroom();
    const admin = await createUser();
    await addMember(newsroom, admin, 'admin');
    await createTicket(newsroom, admin, { rating: 'false', status: 'drafting' });
    const scale = DEFAULT_RATING_SCALE.filter((rating) => rating.key !== 'false');
    const refused = await api().patch(`/api/newsrooms/${newsroom.slug}`).set(bearer(admin)).send({ settings: { ratingScale: scale } });
    expect(refused.status).toBe(409);
    const kept = DEFAULT_RATING_SCALE.filter((rating) => rating.key !== 'unproven');
    const ok = await api().patch(`/api/newsrooms/${newsroom.slug}`).set(bearer(admin)).send({ settings: { ratingScale: kept } }).expect(200);
    expect(ok.body.settings.ratingScale.map((r: { key: string }) => r.key)).not.toContain('unproven');
    expectNoSecrets(ok.body);
  });

  it('hides newsrooms from non-members behind 404', async () => {
    const newsroom = await createNewsroom();
    const outsider = await createUser();
    const response = await api().get(`/api/newsrooms/${newsroom.slug}`).set(bearer(outsider));
    expect(response.status).toBe(404);
    expect(JSON.stringify(response.body)).not.toContain(newsroom.id);
    const list = await api().get('/api/newsrooms').set(bearer(outsider)).expect(200);
    expect(list.body).toEqual([]);
  });
});

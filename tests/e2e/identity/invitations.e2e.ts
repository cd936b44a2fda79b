import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { addMember, bearer, closeDb, createNewsroom, createUser, db, type TestNewsroom, type TestUser } from '../../support/factories.js';
import { auth, expectNoSecrets, register, strongPassword, uniqueEmail } from './identity-helpers.js';

describe('invitations', () => {
  let desk: TestDesk;
  let inviteOnly: TestDesk;
  beforeAll(async () => {
    [desk, inviteOnly] = await Promise.all([startDesk(), startDesk({ REGISTRATION: 'invite' })]);
  });
  afterAll(async () => {
    await Promise.all([desk.close(), inviteOnly.close()]);
    await closeDb();
  });

  async function setup(): Promise<{ newsroom: TestNewsroom; admin: TestUser; path: string }> {
    const newsroom = await createNewsroom();
    const admin = await createUser();
    await addMember(newsroom, admin, 'admin');
    return { newsroom, admin, path: `/api/newsrooms/${newsroom.slug}/invitations` };
  }

  const invite = async (target: TestDesk, path: string, admin: TestUser, email: string, role = 'reviewer') =>
    (await request(target.baseUrl).post(path).set(bearer(admin)).send({ email, role }).expect(201)).body as { id: string; token: string; email: string };

  it('returns a single-use token once; registering with it joins the newsroom with the invited role', async () => {
    const { newsroom, admin, path } = await setup();
    const email = uniqueEmail('invitee');
    const invitation = await invite(desk, path, admin, email);
    expect(invitation.email).toBe(email.toLowerCase());
    const pending = await request(desk.baseUrl).get(path).set(bearer(admin)).expect(200);
    expect(pending.body).toEqual([expect.objectContaining({ id: invitation.id, role: 'reviewer' })]);
    expect(JSON.stringify(pending.body)).not.toContain(invitation.token);
    expectNoSecrets(pending.body);

    const person = await register(desk, { email, invitationToken: invitation.token });
    const me = await request(desk.baseUrl).get('/api/me').set(auth(person.accessToken)).expect(200);
    expect(me.body.newsrooms).toEqual([expect.objectContaining({ id: newsroom.id, role: 'reviewer' })]);

    const reuse = await request(desk.baseUrl).post('/api/auth/register').send({ email: uniqueEmail(), password: strongPassword(), displayName: 'Again', invitationToken: invitation.token });
    expect(reuse.status).toBe(404);
    expect(reuse.body.code).toBe('invitation_invalid');
    await request(desk.baseUrl).get(path).set(bearer(admin)).expect(200, []);
  });

  it('refuses an invitation for another email or past its expiry, and creates no account then', async () => {
    const { admin, path } = await setup();
    const invitation = await invite(desk, path, admin, uniqueEmail('right'));
    const wrongEmail = uniqueEmail('wrong');
    const wrong = await request(desk.baseUrl).post('/api/auth/register').send({ email: wrongEmail, password: strongPassword(), displayName: 'Wrong', invitationToken: invitation.token });
    expect(wrong.status).toBe(404);
    const created = await db().query(`SELECT 1 FROM users WHERE email = $1`, [wrongEmail.toLowerCase()]);
    expect(created.rows).toHaveLength(0);

    const late = await invite(desk, path, admin, uniqueEmail('late'));
    await db().query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [late.id]);
    const expired = await request(desk.baseUrl).post('/api/auth/register').send({ email: late.email, password: strongPassword(), displayName: 'Late', invitationToken: late.token });
    expect(expired.status).toBe(404);
  });

  it('lets a signed-in user accept an invitation sent to their email, and admins withdraw one', async () => {
    const { newsroom, admin, path } = await setup();
    const person = await createUser();
    const invitation = await invite(desk, path, admin, person.email, 'editor');
    const stranger = await createUser();
    await request(desk.baseUrl).post('/api/invitations/accept').set(bearer(stranger)).send({ token: invitation.token }).expect(404);
    const accepted = await request(desk.baseUrl).post('/api/invitations/accept').set(bearer(person)).send({ token: invitation.token }).expect(200);
    expect(accepted.body).toEqual({ id: newsroom.id, slug: newsroom.slug, name: newsroom.name, role: 'editor' });
    await request(desk.baseUrl).post(path).set(bearer(admin)).send({ email: person.email, role: 'viewer' }).expect(409);

    const withdrawn = await invite(desk, path, admin, uniqueEmail('withdrawn'));
    await request(desk.baseUrl).delete(`${path}/${withdrawn.id}`).set(bearer(admin)).expect(204);
    await request(desk.baseUrl).delete(`${path}/${withdrawn.id}`).set(bearer(admin)).expect(404);
    const late = await request(desk.baseUrl).post('/api/auth/register').send({ email: withdrawn.email, password: strongPassword(), displayName: 'W', invitationToken: withdrawn.token });
    expect(late.status).toBe(404);
  });

  it('treats POST .../members as the same invitation: its token registers the invitee, and accepting is the only way in', async () => {
    const { newsroom, admin } = await setup();
    const members = `/api/newsrooms/${newsroom.slug}/members`;
    const email = uniqueEmail('through-members');
    const invitation = (await request(desk.baseUrl).post(members).set(bearer(admin)).send({ email, role: 'researcher' }).expect(201)).body as { token: string };
    const person = await register(desk, { email, invitationToken: invitation.token });
    const me = await request(desk.baseUrl).get('/api/me').set(auth(person.accessToken)).expect(200);
    expect(me.body.newsrooms).toEqual([expect.objectContaining({ id: newsroom.id, role: 'researcher' })]);

    // an account that exists but never accepts stays outside
    const bystander = await createUser();
    await request(desk.baseUrl).post(members).set(bearer(admin)).send({ email: bystander.email, role: 'editor' }).expect(201);
    const memberships = await db().query(`SELECT 1 FROM memberships WHERE newsroom_id = $1 AND user_id = $2`, [newsroom.id, bystander.id]);
    expect(memberships.rows).toHaveLength(0);
    const mine = await request(desk.baseUrl).get('/api/me').set(bearer(bystander)).expect(200);
    expect(mine.body.newsrooms).toEqual([]);
  });

  it('when registration is invitation-only, refuses registration without an invitation and accepts it with one', async () => {
    const refused = await request(inviteOnly.baseUrl).post('/api/auth/register').send({ email: uniqueEmail(), password: strongPassword(), displayName: 'Walk-in' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('registration_closed');
    const { newsroom, admin, path } = await setup();
    const email = uniqueEmail('welcome');
    const invitation = await invite(inviteOnly, path, admin, email, 'viewer');
    const person = await register(inviteOnly, { email, invitationToken: invitation.token });
    const me = await request(inviteOnly.baseUrl).get('/api/me').set(auth(person.accessToken)).expect(200);
    expect(me.body.newsrooms).toEqual([expect.objectContaining({ id: newsroom.id, role: 'viewer' })]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { DomainEvent } from '../../../src/events/domain-events.js';
import { DomainEvents } from '../../../src/events/domain-events.js';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { closeDb, db } from '../../support/factories.js';
import { auth, expectNoSecrets, register, strongPassword, uniqueEmail } from './identity-helpers.js';

describe('sign-up, sign-in, refresh and sign-out', () => {
  let desk: TestDesk;
  const events: DomainEvent[] = [];
  beforeAll(async () => {
    desk = await startDesk();
    desk.app.get(DomainEvents).stream.subscribe((event) => events.push(event));
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  it('registers with a lower-cased unique email and an argon2id hash, and never returns the hash', async () => {
    const email = uniqueEmail('Reg');
    const response = await request(desk.baseUrl).post('/api/auth/register').send({ email, password: strongPassword(), displayName: 'Reg Person' }).expect(201);
    expect(response.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, user: { email: email.toLowerCase(), displayName: 'Reg Person' } });
    expect(typeof response.body.accessToken).toBe('string');
    expect(typeof response.body.refreshToken).toBe('string');
    expectNoSecrets(response.body);
    const stored = await db().query(`SELECT email, password_hash FROM users WHERE id = $1`, [response.body.user.id]);
    expect(stored.rows[0].email).toBe(email.toLowerCase());
    expect(stored.rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const refreshRows = await db().query(
      `SELECT t.token_hash FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id WHERE s.user_id = $1`,
      [response.body.user.id],
    );
    expect(refreshRows.rows).toHaveLength(1);
    expect(refreshRows.rows[0].token_hash).not.toContain(response.body.refreshToken);

    const again = await request(desk.baseUrl).post('/api/auth/register').send({ email: email.toUpperCase(), password: strongPassword(), displayName: 'Twin' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('email_taken');
  });

  it('refuses a blank display name', async () => {
    const response = await request(desk.baseUrl).post('/api/auth/register').send({ email: uniqueEmail(), password: strongPassword(), displayName: '   ' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'displayName' })]);
  });

  it('refuses short and common passwords', async () => {
    for (const password of ['short-pass', 'password1234', 'QwertyUiop12', 'aaaaaaaaaaaaaaaa']) {
      const response = await request(desk.baseUrl).post('/api/auth/register').send({ email: uniqueEmail(), password, displayName: 'Weak' });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('weak_password');
    }
  });

  it('signs in, reads /api/me, and answers a wrong password and an unknown email identically', async () => {
    const person = await register(desk);
    const login = await request(desk.baseUrl).post('/api/auth/login').send({ email: person.email.toUpperCase(), password: person.password }).expect(200);
    expect(login.body.user.id).toBe(person.userId);
    expectNoSecrets(login.body);
    const me = await request(desk.baseUrl).get('/api/me').set(auth(login.body.accessToken)).expect(200);
    expect(me.body).toEqual({ user: { id: person.userId, email: person.email.toLowerCase(), displayName: 'Test Person' }, newsrooms: [] });

    const wrong = await request(desk.baseUrl).post('/api/auth/login').send({ email: person.email, password: 'not the password at all' });
    const unknown = await request(desk.baseUrl).post('/api/auth/login').send({ email: uniqueEmail('ghost'), password: 'not the password at all' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect({ ...wrong.body, requestId: undefined }).toEqual({ ...unknown.body, requestId: undefined });
  });

  it('rotates refresh tokens, and a reused one revokes the whole session at once', async () => {
    const person = await register(desk);
    const first = await request(desk.baseUrl).post('/api/auth/refresh').send({ refreshToken: person.refreshToken }).expect(200);
    expect(first.body.refreshToken).not.toBe(person.refreshToken);
    await request(desk.baseUrl).get('/api/me').set(auth(first.body.accessToken)).expect(200);

    const reuse = await request(desk.baseUrl).post('/api/auth/refresh').send({ refreshToken: person.refreshToken });
    expect(reuse.status).toBe(401);
    expect(reuse.body.code).toBe('invalid_token');
    // the thief's copy and the legitimate newer pair are both dead now
    const newer = await request(desk.baseUrl).post('/api/auth/refresh').send({ refreshToken: first.body.refreshToken });
    expect(newer.status).toBe(401);
    await request(desk.baseUrl).get('/api/me').set(auth(first.body.accessToken)).expect(401);
    expect(events).toContainEqual(expect.objectContaining({ type: 'sessions.revoked', userId: person.userId }));
  });

  it('refuses an expired refresh token, and the next sign-in clears it away', async () => {
    const person = await register(desk);
    await db().query(`UPDATE refresh_tokens SET expires_at = now() - interval '1 minute' WHERE session_id IN (SELECT id FROM auth_sessions WHERE user_id = $1)`, [person.userId]);
    await request(desk.baseUrl).post('/api/auth/refresh').send({ refreshToken: person.refreshToken }).expect(401);
    await request(desk.baseUrl).post('/api/auth/login').send({ email: person.email, password: person.password }).expect(200);
    const left = await db().query(
      `SELECT count(*) FILTER (WHERE t.expires_at < now())::int AS expired, count(*)::int AS total
         FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id WHERE s.user_id = $1`,
      [person.userId],
    );
    expect(left.rows[0]).toEqual({ expired: 0, total: 1 });
  });

  it('lets exactly one of two concurrent refreshes with the same token succeed', async () => {
    const person = await register(desk);
    const results = await Promise.all([0, 1].map(() => request(desk.baseUrl).post('/api/auth/refresh').send({ refreshToken: person.refreshToken })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it('logout refuses the session’s access and refresh tokens at once', async () => {
    const person = await register(desk);
    await request(desk.baseUrl).get('/api/me').set(auth(person.accessToken)).expect(200);
    await request(desk.baseUrl).post('/api/auth/logout').set(auth(person.accessToken)).expect(204);
    const after = await request(desk.baseUrl).get('/api/me').set(auth(person.accessToken));
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('invalid_token');
    await request(desk.baseUrl).post('/api/auth/refresh').send({ refreshToken: person.refreshToken }).expect(401);
    expect(events).toContainEqual({ type: 'sessions.revoked', userId: person.userId, sessionId: expect.any(String) });
  });

  it('a password change ends every session and issues a new pair', async () => {
    const person = await register(desk);
    const other = await request(desk.baseUrl).post('/api/auth/login').send({ email: person.email, password: person.password }).expect(200);
    const wrong = await request(desk.baseUrl).post('/api/me/password').set(auth(person.accessToken)).send({ currentPassword: 'wrong wrong wrong', newPassword: strongPassword() });
    expect(wrong.status).toBe(401);
    const newPassword = strongPassword();
    const changed = await request(desk.baseUrl).post('/api/me/password').set(auth(person.accessToken)).send({ currentPassword: person.password, newPassword }).expect(200);
    await request(desk.baseUrl).get('/api/me').set(auth(person.accessToken)).expect(401);
    await request(desk.baseUrl).get('/api/me').set(auth(other.body.accessToken)).expect(401);
    await request(desk.baseUrl).post('/api/auth/refresh').send({ refreshToken: other.body.refreshToken }).expect(401);
    await request(desk.baseUrl).get('/api/me').set(auth(changed.body.accessToken)).expect(200);
    await request(desk.baseUrl).post('/api/auth/login').send({ email: person.email, password: person.password }).expect(401);
    await request(desk.baseUrl).post('/api/auth/login').send({ email: person.email, password: newPassword }).expect(200);
  });
});

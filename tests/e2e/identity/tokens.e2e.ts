import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import request from 'supertest';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { bearer, closeDb, createStaffedNewsroom, createUser, db, TEST_JWT_SECRET, type TestUser } from '../../support/factories.js';

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Builds a JWT by hand, so every field an attacker controls can be set. */
function forge(header: object, payload: object, secret: string | null = TEST_JWT_SECRET, hmac = 'sha256'): string {
  const data = `${encode(header)}.${encode(payload)}`;
  return `${data}.${secret === null ? '' : createHmac(hmac, secret).update(data).digest('base64url')}`;
}

describe('access tokens', () => {
  let desk: TestDesk;
  let user: TestUser;
  const now = () => Math.floor(Date.now() / 1000);
  const claims = (overrides: object = {}) => ({
    sub: user.id,
    sid: user.sessionId,
    ver: 0,
    iat: now(),
    exp: now() + 600,
    aud: 'claimdesk:api',
    iss: 'claimdesk',
    ...overrides,
  });
  const me = (token: string) => request(desk.baseUrl).get('/api/me').set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    desk = await startDesk();
    user = await createUser();
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  it('accepts a correctly forged token (so the refusals below are about the one field changed)', async () => {
    await me(forge({ alg: 'HS256', typ: 'JWT' }, claims())).expect(200);
  });

  it.each([
    ['alg none', () => forge({ alg: 'none', typ: 'JWT' }, claims(), null)],
    ['alg NONE with a signature', () => forge({ alg: 'NONE', typ: 'JWT' }, claims())],
    ['another HMAC algorithm (HS384)', () => forge({ alg: 'HS384', typ: 'JWT' }, claims(), TEST_JWT_SECRET, 'sha384')],
    ['an asymmetric algorithm name over an HMAC (RS256)', () => forge({ alg: 'RS256', typ: 'JWT' }, claims())],
    ['a bad signature', () => forge({ alg: 'HS256', typ: 'JWT' }, claims(), 'another-secret-that-is-long-enough-to-look-real')],
    ['a tampered payload', () => {
      const [header, , signature] = forge({ alg: 'HS256', typ: 'JWT' }, claims()).split('.');
      return `${header}.${encode(claims({ sub: '00000000-0000-4000-8000-000000000000' }))}.${signature}`;
    }],
    ['an expired token', () => forge({ alg: 'HS256', typ: 'JWT' }, claims({ iat: now() - 3600, exp: now() - 60 }))],
    ['the wrong audience', () => forge({ alg: 'HS256', typ: 'JWT' }, claims({ aud: 'claimdesk:other' }))],
    ['no audience', () => forge({ alg: 'HS256', typ: 'JWT' }, claims({ aud: undefined }))],
    ['the wrong issuer', () => forge({ alg: 'HS256', typ: 'JWT' }, claims({ iss: 'someone-else' }))],
    ['claims that are not ids', () => forge({ alg: 'HS256', typ: 'JWT' }, claims({ ver: '0' }))],
    ['a stale token version', () => forge({ alg: 'HS256', typ: 'JWT' }, claims({ ver: 7 }))],
    ['a session of another user', () => forge({ alg: 'HS256', typ: 'JWT' }, claims({ sid: '00000000-0000-4000-8000-000000000001' }))],
    ['garbage', () => 'not.a.jwt'],
  ])('refuses %s with 401', async (_case, token) => {
    const response = await me(token());
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('invalid_token');
    expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('refuses a missing token with 401 unauthenticated', async () => {
    const response = await request(desk.baseUrl).get('/api/me');
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('unauthenticated');
  });

  it('logs each refusal with the user, the route and the reason, never the token', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    try {
      const stale = forge({ alg: 'HS256', typ: 'JWT' }, claims({ ver: 5 }));
      await me(stale).expect(401);
      const unsigned = forge({ alg: 'none', typ: 'JWT' }, claims(), null);
      await me(unsigned).expect(401);
      const logged = warn.mock.calls.map((call) => JSON.stringify(call));
      expect(warn.mock.calls.map((call) => call[0])).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ userId: user.id, route: '/api/me', reason: 'token_version' }),
          expect.objectContaining({ route: '/api/me', reason: expect.any(String) }),
        ]),
      );
      for (const line of logged) {
        expect(line).not.toContain(stale.split('.')[2]);
        expect(line).not.toContain(unsigned.split('.')[1]);
      }
    } finally {
      warn.mockRestore();
    }
  });

  it('refuses tokens at once when all sessions of the user are revoked (token version bumped)', async () => {
    const staff = await createStaffedNewsroom();
    const victim = staff.researcher;
    await me(victim.token).expect(200);
    await me(victim.token).expect(200); // answered from the actor cache
    await request(desk.baseUrl).delete(`/api/newsrooms/${staff.newsroom.slug}/members/${victim.id}/sessions`).set(bearer(staff.admin)).expect(204);
    const { rows } = await db().query(`SELECT token_version FROM users WHERE id = $1`, [victim.id]);
    expect(rows[0].token_version).toBe(1);
    await me(victim.token).expect(401);
  });

  /** A user whose token generation is then bumped in the database behind the desk's back (no event announces it). */
  async function bumpedBehindTheDesk(env: Record<string, string>, between: (meOn: (token: string) => request.Test, victim: TestUser) => Promise<void>) {
    const other = await startDesk(env);
    try {
      const victim = await createUser();
      const meOn = (token: string) => request(other.baseUrl).get('/api/me').set('Authorization', `Bearer ${token}`);
      await meOn(victim.token).expect(200);
      await db().query(`UPDATE users SET token_version = token_version + 1 WHERE id = $1`, [victim.id]);
      await between(meOn, victim);
      await meOn(victim.token).expect(401);
    } finally {
      await other.close();
    }
  }

  it('honours a change made in the database behind the desk once the actor cache entry expires (ACCESS_CACHE_SECONDS)', async () => {
    await bumpedBehindTheDesk({ ACCESS_CACHE_SECONDS: '1' }, async (meOn, victim) => {
      // The cached answer stands until it expires, and not longer.
      await meOn(victim.token).expect(200);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
    });
  });

  it('asks the database on every request with ACCESS_CACHE_SECONDS=0', async () => {
    await bumpedBehindTheDesk({ ACCESS_CACHE_SECONDS: '0' }, async () => undefined);
  });
});

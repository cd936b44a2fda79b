import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { addMember, bearer, closeDb, createNewsroom, createUser, db, type TestNewsroom, type TestUser } from '../../support/factories.js';

const FOREIGN_ID = '00000000-0000-4000-8000-00000000abcd';
const EXTRAS = [{ role: 'admin' }, { id: FOREIGN_ID }, { newsroomId: FOREIGN_ID }, { userId: FOREIGN_ID }, { passwordHash: 'x' }, { tokenVersion: 9 }];

/** Extra fields in a body are refused (400) and change nothing, on every body this area accepts. */
describe('mass assignment', () => {
  let desk: TestDesk;
  let newsroom: TestNewsroom;
  let admin: TestUser;
  let member: TestUser;
  beforeAll(async () => {
    desk = await startDesk();
    newsroom = await createNewsroom();
    admin = await createUser();
    member = await createUser();
    await addMember(newsroom, admin, 'admin');
    await addMember(newsroom, member, 'viewer');
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  const snapshot = async () =>
    (
      await db().query(
        `SELECT (SELECT json_agg(json_build_object('u', user_id, 'r', role) ORDER BY user_id) FROM memberships WHERE newsroom_id = $1) AS members,
                (SELECT row_to_json(n) FROM (SELECT name, slug, settings FROM newsrooms WHERE id = $1) n) AS newsroom,
                (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM newsrooms) AS newsrooms, (SELECT count(*) FROM invitations) AS invitations`,
        [newsroom.id],
      )
    ).rows[0];

  const cases: [string, string, () => Record<string, string>, object][] = [
    ['POST', '/api/auth/register', () => ({}), { email: 'mass@example.org', password: 'a-long-enough-passphrase', displayName: 'Mass' }],
    ['POST', '/api/auth/login', () => ({}), { email: 'mass@example.org', password: 'a-long-enough-passphrase' }],
    ['POST', '/api/auth/refresh', () => ({}), { refreshToken: 'anything' }],
    ['POST', '/api/me/password', () => bearer(member), { currentPassword: 'a-long-enough-passphrase', newPassword: 'another-long-passphrase' }],
    ['POST', '/api/newsrooms', () => bearer(member), { name: 'Mass', slug: 'mass-newsroom' }],
    ['PATCH', '/api/newsrooms/:slug', () => bearer(admin), { name: 'Changed' }],
    ['POST', '/api/newsrooms/:slug/members', () => bearer(admin), { email: 'whoever@example.org', role: 'viewer' }],
    ['PATCH', '/api/newsrooms/:slug/members/:member', () => bearer(admin), { role: 'editor' }],
    ['POST', '/api/newsrooms/:slug/invitations', () => bearer(admin), { email: 'invited@example.org', role: 'viewer' }],
    ['POST', '/api/invitations/accept', () => bearer(member), { token: 'anything' }],
  ];

  it.each(cases)('%s %s refuses unknown fields and changes nothing', async (method, template, headers, valid) => {
    const path = template.replace(':slug', newsroom.slug).replace(':member', member.id);
    const before = await snapshot();
    // a field the route legitimately takes (role on member routes) is not an extra there
    for (const extra of EXTRAS.filter((candidate) => !Object.keys(candidate).some((key) => key in valid))) {
      const response = await request(desk.baseUrl)[method.toLowerCase() as 'post' | 'patch'](path).set(headers()).send({ ...valid, ...extra });
      expect({ extra, status: response.status, code: response.body.code }).toEqual({ extra, status: 400, code: 'validation_failed' });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses unknown fields nested inside settings', async () => {
    const before = await snapshot();
    const nested = [
      { settings: { publisher: { name: 'X', id: FOREIGN_ID } } },
      { settings: { signoffPolicy: { required: { editor: 1, viewer: 1 } } } },
      { settings: { theme: 'dark' } },
      { slug: 'renamed' },
    ];
    for (const body of nested) {
      const response = await request(desk.baseUrl).patch(`/api/newsrooms/${newsroom.slug}`).set(bearer(admin)).send(body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
    }
    expect(await snapshot()).toEqual(before);
  });
});

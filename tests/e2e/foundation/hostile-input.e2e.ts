import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { bearer, closeDb, createStaffedNewsroom, type TestNewsroom, type TestUser } from '../../support/factories.js';

/** `depth` nested arrays around 1, as raw JSON text. */
const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

function expectProblem(response: request.Response, status: number, code: string): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, code, requestId: response.headers['x-request-id'] });
}

describe('hostile input', () => {
  let desk: TestDesk;
  let newsroom: TestNewsroom;
  let researcher: TestUser;
  beforeAll(async () => {
    desk = await startDesk({ JSON_MAX_DEPTH: '8' });
    ({ newsroom, researcher } = await createStaffedNewsroom());
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  describe('text PostgreSQL cannot store', () => {
    it('refuses a NUL in a path parameter with 400 naming it, with or without a token, before the access check', async () => {
      const anonymous = await request(desk.baseUrl).get('/public/%00/verdicts');
      expectProblem(anonymous, 400, 'validation_failed');
      expect(anonymous.body.errors).toEqual([{ field: 'slug', message: expect.stringMatching(/NUL/) }]);

      const signedIn = await request(desk.baseUrl).get('/api/newsrooms/a%00b').set(bearer(researcher));
      expectProblem(signedIn, 400, 'validation_failed');
      expect(signedIn.body.errors).toEqual([{ field: 'slug', message: expect.stringMatching(/NUL/) }]);
      // A well-formed token is not needed to be refused for the value: the check runs before the guard.
      const forged = await request(desk.baseUrl).get('/api/newsrooms/a%00b').set('Authorization', 'Bearer x');
      expectProblem(forged, 400, 'validation_failed');
    });

    it('refuses NUL and control characters in query values, naming the parameter', async () => {
      const tickets = `/api/newsrooms/${newsroom.slug}/tickets`;
      for (const value of ['%00', 'a%0Ab', 'tab%09bed', '%1B[31m', '%7F']) {
        const response = await request(desk.baseUrl).get(`${tickets}?q=${value}`).set(bearer(researcher));
        expectProblem(response, 400, 'validation_failed');
        expect(response.body.errors).toEqual([{ field: 'q', message: expect.any(String) }]);
      }
      // Query strings do not nest: brackets are part of a flat key, which the DTO refuses as unknown.
      const bracketed = await request(desk.baseUrl).get(`${tickets}?limit[a][b]=1`).set(bearer(researcher));
      expectProblem(bracketed, 400, 'validation_failed');
      expect(JSON.stringify(bracketed.body.errors)).toContain('limit[a][b]');
      const fine = await request(desk.baseUrl).get(`${tickets}?q=caf%C3%A9%20%F0%9F%98%80`).set(bearer(researcher));
      expect(fine.status).toBe(200);
    });

    it('refuses NUL, lone surrogates and control characters in body strings and keys, naming the field', async () => {
      const tickets = `/api/newsrooms/${newsroom.slug}/tickets`;
      const cases: [string, string][] = [
        ['{"claim":"a\\u0000b"}', 'claim'],
        ['{"claim":"a\\ud800b"}', 'claim'],
        ['{"claim":"lone low \\udc00"}', 'claim'],
        ['{"claim":"bell \\u0007"}', 'claim'],
        ['{"claim":"ok","tags":["fine","bad\\u0000"]}', 'tags.1'],
        ['{"claim":"ok","appearances":[{"url":"https://example.org","outlet":"x\\u001bq"}]}', 'appearances.0.outlet'],
        ['{"claim":"ok","extra\\u0000":1}', 'extra\u0000'],
      ];
      for (const [body, field] of cases) {
        const response = await request(desk.baseUrl).post(tickets).set(bearer(researcher)).set('Content-Type', 'application/json').send(body);
        expectProblem(response, 400, 'validation_failed');
        expect(response.body.errors).toEqual([{ field, message: expect.any(String) }]);
      }
      // Tabs and line breaks are text; a well-formed surrogate pair is one character.
      const created = await request(desk.baseUrl)
        .post(tickets)
        .set(bearer(researcher))
        .set('Content-Type', 'application/json')
        .send('{"claim":"Line one\\r\\nline\\ttwo \\ud83d\\ude00"}');
      expect(created.status).toBe(201);
      expect(created.body.claim).toBe('Line one\r\nline\ttwo 😀');
    });

    it('answers a value PostgreSQL refuses as data with 400, not 500', async () => {
      // A forged queue cursor carries a sort key PostgreSQL cannot cast (22P02) or a date it cannot read (22007/22008).
      const forge = (sort: string, key: string) => Buffer.from(JSON.stringify([sort, key, '00000000-0000-0000-0000-000000000000'])).toString('base64url');
      for (const [sort, key] of [
        ['priority', 'not a number'],
        ['due', 'not a date'],
        ['due', '2024-13-45'],
      ]) {
        const response = await request(desk.baseUrl).get(`/api/newsrooms/${newsroom.slug}/tickets?sort=${sort}&cursor=${forge(sort!, key!)}`).set(bearer(researcher));
        expectProblem(response, 400, 'validation_failed');
        expect(response.body.detail).not.toMatch(/invalid input syntax|SELECT/);
      }
    });
  });

  describe('deeply nested JSON', () => {
    it('refuses a body nested deeper than JSON_MAX_DEPTH before it is parsed, on public and signed-in routes', async () => {
      for (const body of [nested(1500), `{"email":"x@example.org","password":"p","extra":${nested(1500)}}`, nested(9), `{"a":${nested(8)}}`]) {
        const response = await request(desk.baseUrl).post('/api/auth/login').set('Content-Type', 'application/json').send(body);
        expectProblem(response, 400, 'json_too_deep');
        expect(response.body.detail).toMatch(/8 levels/);
      }
      const deep = await request(desk.baseUrl).post(`/api/newsrooms/${newsroom.slug}/tickets`).set(bearer(researcher)).set('Content-Type', 'application/json').send(nested(200_000));
      expectProblem(deep, 400, 'json_too_deep');
    });

    it('counts only brackets outside strings, so text full of brackets is fine', async () => {
      const claim = `${'[{'.repeat(200)} "quoted \\" [[[" ${'}]'.repeat(200)}`;
      const response = await request(desk.baseUrl)
        .post(`/api/newsrooms/${newsroom.slug}/tickets`)
        .set(bearer(researcher))
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ claim, tags: ['x'] }));
      expect(response.status).toBe(201);
      // Exactly at the limit is accepted (then refused by the DTO, not the parser).
      const atLimit = await request(desk.baseUrl).post('/api/auth/login').set('Content-Type', 'application/json').send(`{"email":${nested(7)}}`);
      expect(atLimit.status).toBe(400);
      expect(atLimit.body.code).toBe('validation_failed');
    });
  });
});

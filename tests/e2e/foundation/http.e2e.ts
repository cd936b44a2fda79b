import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startDesk, type TestDesk } from '../../support/desk.js';

describe('HTTP foundation', () => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = await startDesk({ BODY_LIMIT: '2kb' });
  });
  afterAll(() => desk.close());

  it('answers liveness and readiness', async () => {
    await request(desk.baseUrl).get('/health').expect(200);
    const ready = await request(desk.baseUrl).get('/health/ready').expect(200);
    expect(ready.body.info.database.status).toBe('up');
  });

  it('returns a request id, and keeps a well-formed incoming one', async () => {
    const fresh = await request(desk.baseUrl).get('/health');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await request(desk.baseUrl).get('/health').set('X-Request-Id', 'trace-abc.123');
    expect(kept.headers['x-request-id']).toBe('trace-abc.123');
    const replaced = await request(desk.baseUrl).get('/health').set('X-Request-Id', 'bad id with spaces');
    expect(replaced.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it('renders unknown routes as problem+json 404 with the request id', async () => {
    const response = await request(desk.baseUrl).get('/api/nowhere').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ type: 'urn:claimdesk:problem:not_found', status: 404, code: 'not_found' });
    expect(response.body.requestId).toBe(response.headers['x-request-id']);
  });

  it('refuses malformed JSON with 400 and oversized bodies with 413', async () => {
    const malformed = await request(desk.baseUrl).post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('malformed_json');
    const big = await request(desk.baseUrl)
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'x@example.org', password: 'y'.repeat(4096) }));
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('payload_too_large');
  });

  it('reads JSON bodies only: other media types are 415, +json types and empty bodies are JSON', async () => {
    const text = await request(desk.baseUrl).post('/api/auth/login').set('Content-Type', 'text/plain').send('email=x&password=y');
    expect(text.status).toBe(415);
    expect(text.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(text.body).toMatchObject({ code: 'unsupported_media_type', requestId: text.headers['x-request-id'] });
    const form = await request(desk.baseUrl).post('/api/auth/login').type('form').send({ email: 'x@example.org', password: 'y' });
    expect(form.status).toBe(415);
    // A +json type is parsed, so the answer is about the credentials, not the body.
    const vendor = await request(desk.baseUrl)
      .post('/api/auth/login')
      .set('Content-Type', 'application/vnd.claimdesk+json')
      .send(JSON.stringify({ email: 'nobody@example.org', password: 'not the password' }));
    expect(vendor.status).toBe(401);
    const empty = await request(desk.baseUrl).post('/api/auth/login').set('Content-Type', 'application/json').send('');
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('validation_failed');
    const poisoned = await request(desk.baseUrl).post('/api/auth/login').set('Content-Type', 'application/json').send('{"__proto__":{"admin":true}}');
    expect(poisoned.body.code).toBe('malformed_json');
    const latin1 = await request(desk.baseUrl).post('/api/auth/login').set('Content-Type', 'application/json; charset=iso-8859-1').send('{"email":"x@example.org"}');
    expect(latin1.status).toBe(415);
    expect(latin1.body.detail).toMatch(/UTF-8/);
  });

  it('answers URLs the router refuses (malformed escapes, over-long segments) with problem documents', async () => {
    for (const path of ['/api/newsrooms/%E0%A4%A/tickets', `/api/newsrooms/${'x'.repeat(150)}/tickets`]) {
      const response = await request(desk.baseUrl).get(path);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ code: 'validation_failed', requestId: response.headers['x-request-id'] });
    }
  });

  it('routes a path with a trailing slash like the path without it', async () => {
    const response = await request(desk.baseUrl).get('/health/ready/').expect(200);
    expect(response.body.status).toBe('ok');
  });

  it('exposes Prometheus metrics including request counts', async () => {
    await request(desk.baseUrl).get('/health');
    const response = await request(desk.baseUrl).get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toMatch(/claimdesk_http_requests_total\{method="GET",route="\/health",status="200"\} \d+/);
    expect(response.text).toContain('claimdesk_http_request_duration_seconds_bucket');
    // Under the route's pattern, never the raw URL; unknown addresses share one label.
    await request(desk.baseUrl).get('/api/newsrooms/some-newsroom/tickets').expect(401);
    await request(desk.baseUrl).get('/api/nowhere/at-all').expect(404);
    const after = await request(desk.baseUrl).get('/metrics').expect(200);
    expect(after.text).toMatch(/claimdesk_http_requests_total\{method="GET",route="\/api\/newsrooms\/:slug\/tickets",status="401"\} \d+/);
    expect(after.text).toMatch(/claimdesk_http_requests_total\{method="GET",route="unmatched",status="404"\} \d+/);
    expect(after.text).not.toContain('some-newsroom');
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const spec = await request(desk.baseUrl).get('/api/openapi.json').expect(200);
    expect(spec.body.openapi).toMatch(/^3\./);
    expect(spec.body.components.schemas.ProblemDto).toBeDefined();
    const ui = await request(desk.baseUrl).get('/api/docs/').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('sets security headers and hides the framework', async () => {
    const response = await request(desk.baseUrl).get('/health');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

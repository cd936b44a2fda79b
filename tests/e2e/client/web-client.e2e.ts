import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startDesk, type TestDesk } from '../../support/desk.js';

describe('the desk serves its web client', () => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = await startDesk();
  });
  afterAll(() => desk.close());

  const get = (path: string, accept = 'text/html,application/xhtml+xml') => fetch(`${desk.baseUrl}${path}`, { headers: { Accept: accept } });

  it.each(['/', '/login', '/n/city-desk', '/n/city-desk/tickets/5b1c1f4e-0000-4000-8000-000000000000'])('answers the page address %s with the app', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await response.text()).toMatch(/<title>claimdesk<\/title>/);
  });

  it.each(['/api/no-such-route', '/api', '/public/no-such-newsroom/verdicts/x', '/collab/x', '/metrics/nothing'])('never answers the server path %s with the app', async (path) => {
    const response = await get(path);
    expect(await response.text()).not.toMatch(/<div id="root">|web client is not built/);
  });

  it('keeps the API’s own answers', async () => {
    const health = await fetch(`${desk.baseUrl}/health`);
    expect(health.headers.get('content-type')).not.toMatch(/text\/html/);
    const missing = await get('/api/no-such-route', 'application/json');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('answers a missing asset with 404, not with the app', async () => {
    const response = await get('/assets/missing-0000.js', '*/*');
    expect(response.status).toBe(404);
  });

  it('does not answer writes outside the API with the app', async () => {
    const response = await fetch(`${desk.baseUrl}/n/city-desk`, { method: 'POST', headers: { Accept: 'text/html' } });
    expect(response.status).toBe(404);
  });
});

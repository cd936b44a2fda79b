import { describe, expect, it } from '@jest/globals';
import { isServerPath, wantsClientPage } from '../../../src/web/client-files.js';

describe('which requests the web client answers', () => {
  it.each(['/api', '/api/me', '/public/desk/verdicts/1', '/health', '/health/ready', '/metrics', '/collab'])('leaves the server path %s alone', (path) => {
    expect(isServerPath(path)).toBe(true);
    expect(wantsClientPage('GET', path, 'text/html')).toBe(false);
  });

  it.each(['/', '/login', '/n/desk', '/n/desk/tickets/abc', '/apidocs-like', '/publicity'])('routes the page address %s in the client', (path) => {
    expect(isServerPath(path)).toBe(false);
    expect(wantsClientPage('GET', path, 'text/html')).toBe(true);
  });

  it('answers only navigations: not writes, not files, not JSON requests', () => {
    expect(wantsClientPage('POST', '/n/desk', 'text/html')).toBe(false);
    expect(wantsClientPage('GET', '/assets/app-1234.js', '*/*')).toBe(false);
    expect(wantsClientPage('GET', '/n/desk', 'application/json')).toBe(false);
    expect(wantsClientPage('HEAD', '/n/desk', undefined)).toBe(true);
  });
});

import { describe, expect, it } from '@jest/globals';
import { matchRoute, paths } from '../../../client/src/app/routes.js';

describe('the web client’s addresses', () => {
  it.each([
    ['/', { name: 'home' }],
    ['/login', { name: 'login' }],
    ['/n/city-desk', { name: 'queue', slug: 'city-desk' }],
    ['/n/city-desk/tickets/abc', { name: 'ticket', slug: 'city-desk', ticketId: 'abc' }],
    ['/n/city-desk/settings', { name: 'settings', slug: 'city-desk' }],
    ['/n/city-desk/intake', { name: 'intake', slug: 'city-desk' }],
    ['/n/city-desk/intake/extra', { name: 'missing' }],
    ['/n/city-desk/tickets', { name: 'missing' }],
    ['/somewhere/else', { name: 'missing' }],
  ])('reads %s', (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });

  it('round-trips the addresses it builds, odd characters included', () => {
    expect(matchRoute(paths.ticket('desk one', 'id/1'))).toEqual({ name: 'ticket', slug: 'desk one', ticketId: 'id/1' });
    expect(matchRoute(paths.ticket('desk-one', 'id-1'))).toEqual({ name: 'ticket', slug: 'desk-one', ticketId: 'id-1' });
    expect(matchRoute(paths.settings('désk'))).toEqual({ name: 'settings', slug: 'désk' });
    expect(matchRoute(paths.intake('désk'))).toEqual({ name: 'intake', slug: 'désk' });
  });

  it('names the opened article of the intake screen in the query, encoded', () => {
    const address = new URL(paths.intake('desk one', 'a&b'), 'https://desk.example.org');
    expect(matchRoute(address.pathname)).toEqual({ name: 'intake', slug: 'desk one' });
    expect(address.searchParams.get('article')).toBe('a&b');
    expect(paths.intake('desk-one')).toBe('/n/desk-one/intake');
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { can } from '../../../src/access/permissions.js';
import { ROLES, type Role } from '../../../src/access/roles.js';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { bearer, closeDb, createStaffedNewsroom, createUser, type TestNewsroom, type TestUser } from '../../support/factories.js';
import { concretePath, inPool, type RegisteredRoute, registeredRoutes } from './route-explorer.js';

/**
 * The one table of who may call what: every registered route × every role ×
 * own/other newsroom, checked against the permission matrix. Routes come from
 * the running application, so routes added later are covered without editing
 * this file. Ids in paths are well-formed but unknown: an authorized call may
 * end in 400/404/409/428, never in 401/403.
 */
describe('route × role × newsroom matrix', () => {
  let desk: TestDesk;
  let own: { newsroom: TestNewsroom } & Record<Role, TestUser>;
  let other: { newsroom: TestNewsroom } & Record<Role, TestUser>;
  let routes: RegisteredRoute[];

  beforeAll(async () => {
    desk = await startDesk();
    own = await createStaffedNewsroom();
    other = await createStaffedNewsroom();
    routes = registeredRoutes(desk.app);
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  /**
   * Status and (for finite responses) body of one call. fetch resolves on the
   * headers, so a streaming route (server-sent events) is judged by its status
   * and then cut off.
   */
  const call = async (route: RegisteredRoute, path: string, headers: Record<string, string> = {}) => {
    const hasBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
    const response = await fetch(`${desk.baseUrl}${path}`, {
      method: route.method,
      headers: { ...headers, ...(hasBody ? { 'Content-Type': 'application/json' } : {}) },
      body: hasBody ? '{}' : undefined,
      signal: AbortSignal.timeout(10_000),
    });
    const streaming = (response.headers.get('content-type') ?? '').startsWith('text/event-stream');
    const text = streaming ? '' : await response.text();
    if (streaming) await response.body?.cancel();
    return { status: response.status, text };
  };

  it('covers member routes and user routes', () => {
    expect(routes.filter((route) => route.rule?.kind === 'member').length).toBeGreaterThanOrEqual(9);
    expect(routes.filter((route) => route.rule?.kind === 'user').length).toBeGreaterThanOrEqual(5);
  });

  it('member routes: each role gets 403 exactly where the matrix says no, in its own newsroom', async () => {
    const mismatches: string[] = [];
    const seen = { allowed: 0, refused: 0 };
    const cells = routes.flatMap((route) => {
      const rule = route.rule;
      return rule?.kind === 'member' ? ROLES.map((role) => ({ route, role, action: rule.action })) : [];
    });
    await inPool(
      cells.map(({ route, role, action }) => async () => {
        const response = await call(route, concretePath(route.path, own.newsroom.slug), bearer(own[role]));
        const allowed = can(role, action, { assigned: true });
        const refused = response.status === 403;
        seen[allowed ? 'allowed' : 'refused']++;
        if (allowed ? [401, 403].includes(response.status) : !refused) {
          mismatches.push(`${route.method} ${route.path} as ${role}: ${response.status} (${action} ${allowed ? 'allowed' : 'refused'})`);
        }
      }),
    );
    expect(mismatches).toEqual([]);
    // both kinds of cell were exercised: viewers are refused management, admins are allowed everything
    expect(seen.allowed).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });

  it("member routes: every role gets 404 in another newsroom and in one that does not exist", async () => {
    const mismatches: string[] = [];
    const cells = routes
      .filter((route) => route.rule?.kind === 'member')
      .flatMap((route) => ROLES.flatMap((role) => [other.newsroom.slug, 'no-such-newsroom'].map((slug) => ({ route, role, slug }))));
    await inPool(
      cells.map(({ route, role, slug }) => async () => {
        const response = await call(route, concretePath(route.path, slug), bearer(own[role]));
        if (response.status !== 404) mismatches.push(`${route.method} ${route.path} as ${role} in ${slug}: ${response.status}`);
        else if (response.text.includes(other.newsroom.id)) mismatches.push(`${route.method} ${route.path}: leaks the other newsroom's id`);
      }),
    );
    expect(mismatches).toEqual([]);
  });

  it('member and user routes refuse calls without a token (401)', async () => {
    const mismatches: string[] = [];
    for (const route of routes) {
      if (route.rule?.kind !== 'member' && route.rule?.kind !== 'user') continue;
      const response = await call(route, concretePath(route.path, own.newsroom.slug));
      if (response.status !== 401) mismatches.push(`${route.method} ${route.path}: ${response.status}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('user routes accept any signed-in user, member of a newsroom or not', async () => {
    const mismatches: string[] = [];
    for (const route of routes) {
      if (route.rule?.kind !== 'user') continue;
      const response = await call(route, concretePath(route.path, own.newsroom.slug), bearer(await createUser()));
      if ([401, 403].includes(response.status)) mismatches.push(`${route.method} ${route.path}: ${response.status}`);
    }
    expect(mismatches).toEqual([]);
  });
});

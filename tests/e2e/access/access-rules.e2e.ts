import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { ACTIONS } from '../../../src/access/permissions.js';
import { minimumRole } from '../../../src/access/permissions.js';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { registeredRoutes } from './route-explorer.js';

/** Deny by default: no route ships without an explicit Access rule, and the OpenAPI shows each rule. */
describe('access rules', () => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = await startDesk();
  });
  afterAll(() => desk.close());

  it('finds the routes of this area (the explorer sees controllers)', () => {
    const found = registeredRoutes(desk.app).map((route) => `${route.method} ${route.path}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'POST /api/auth/login',
        'POST /api/auth/register',
        'GET /api/me',
        'PATCH /api/newsrooms/:slug',
        'DELETE /api/newsrooms/:slug/members/:userId',
      ]),
    );
  });

  it('every registered route declares an Access rule', () => {
    const missing = registeredRoutes(desk.app)
      .filter((route) => !route.rule)
      .map((route) => `${route.method} ${route.path} (${route.controller}.${route.handler})`);
    expect(missing).toEqual([]);
  });

  it('member rules name a known action and sit on routes with a :slug parameter', () => {
    const wrong = registeredRoutes(desk.app)
      .filter((route) => route.rule?.kind === 'member')
      .filter((route) => route.rule?.kind === 'member' && (!ACTIONS.includes(route.rule.action) || !route.path.includes(':slug')))
      .map((route) => `${route.method} ${route.path}`);
    expect(wrong).toEqual([]);
  });

  it('the OpenAPI document states the same rule for every documented operation', async () => {
    const spec = (await request(desk.baseUrl).get('/api/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { 'x-access'?: { rule: string; action?: string; minimumRole?: string } }>>;
    };
    const byKey = new Map(registeredRoutes(desk.app).map((route) => [`${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`, route]));
    const problems: string[] = [];
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const key = `${method.toUpperCase()} ${path}`;
        const route = byKey.get(key);
        const documented = operation['x-access'];
        if (!route?.rule) problems.push(`${key}: no registered rule`);
        else if (!documented) problems.push(`${key}: no x-access`);
        else if (documented.rule !== route.rule.kind) problems.push(`${key}: documented ${documented.rule}, enforced ${route.rule.kind}`);
        else if (route.rule.kind === 'member' && (documented.action !== route.rule.action || documented.minimumRole !== minimumRole(route.rule.action))) {
          problems.push(`${key}: documented ${documented.action}/${documented.minimumRole}, enforced ${route.rule.action}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

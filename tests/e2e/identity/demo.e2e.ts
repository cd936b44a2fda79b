import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import { ROLES } from '../../../src/access/roles.js';
import { DEMO_LOGINS_FILE } from '../../../src/demo/demo.js';
import { demoEmail } from '../../../src/demo/demo-identity.js';
import { startDesk, testDatabaseUrl } from '../../support/desk.js';

/** The demo seed needs an empty database: this file makes its own and drops it. */
describe('demo data', () => {
  const name = `claimdesk_demo_${randomBytes(4).toString('hex')}`;
  const adminUrl = () => Object.assign(new URL(testDatabaseUrl()), { pathname: '/postgres' }).toString();
  const url = () => Object.assign(new URL(testDatabaseUrl()), { pathname: `/${name}` }).toString();
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };

  beforeAll(() => admin(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
  afterAll(() => admin(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`));

  it('seeds an empty database once: a demo newsroom with one user per role who can sign in', async () => {
    const printed = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const first = await startDesk({ DEMO_DATA: 'true' }, url());
    let password: string;
    try {
      const logins = readFileSync(join(first.config.dataDir, DEMO_LOGINS_FILE), 'utf8');
      expect(printed.mock.calls.flat().join('\n')).toContain(logins.trim());
      password = /Password for every demo user: (\S+)/.exec(logins)![1]!;
      expect(password.length).toBeGreaterThanOrEqual(12);
      for (const role of ROLES) {
        expect(logins).toContain(demoEmail(role));
        const login = await request(first.baseUrl).post('/api/auth/login').send({ email: demoEmail(role), password }).expect(200);
        const newsroom = await request(first.baseUrl).get('/api/newsrooms/demo').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
        expect(newsroom.body.role).toBe(role);
      }
      const editor = await request(first.baseUrl).post('/api/auth/login').send({ email: demoEmail('editor'), password }).expect(200);
      const auth = { Authorization: `Bearer ${editor.body.accessToken}` };
      const queue = await request(first.baseUrl).get('/api/newsrooms/demo/tickets').set(auth).expect(200);
      const statuses = (queue.body.items as { status: string }[]).map((ticket) => ticket.status).sort();
      expect(statuses).toEqual(['assigned', 'drafting', 'new', 'new', 'new', 'researching']);
      const drafted = (queue.body.items as { status: string; rating: string | null }[]).find((ticket) => ticket.status === 'drafting');
      expect(drafted?.rating).toBe('true');
      // made through the real services: every step is in the verified history
      const verify = await request(first.baseUrl).get('/api/newsrooms/demo/audit/verify').set(auth).expect(200);
      expect(verify.body).toMatchObject({ ok: true, firstBrokenEntry: null });
      expect(verify.body.entries).toBeGreaterThanOrEqual(6 + 3 + 2 + 2);
    } finally {
      await first.close();
    }

    const second = await startDesk({ DEMO_DATA: 'true' }, url());
    try {
      const again = await request(second.baseUrl).post('/api/auth/login').send({ email: demoEmail('admin'), password }).expect(200);
      const members = await request(second.baseUrl).get('/api/newsrooms/demo/members').set('Authorization', `Bearer ${again.body.accessToken}`).expect(200);
      expect(members.body).toHaveLength(ROLES.length);
    } finally {
      await second.close();
      printed.mockRestore();
    }
  });
});

import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Role } from '../../src/access/roles.js';
import { signAccessToken } from '../../src/auth/access-token.js';
import type { TicketStatus } from '../../src/tickets/ticket-status.js';
import { TEST_JWT_SECRET, testDatabaseUrl } from './desk.js';
import * as Y from 'yjs';

/**
 * Small builders for test data, written straight to the test database, with
 * overrides (no shared fixtures). Users made here cannot log in with a
 * password; they get tokens from `tokenFor`, signed like real ones.
 */
let pool: pg.Pool | undefined;
export function db(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: testDatabaseUrl(), max: 4 });
  return pool;
}
export async function closeDb(): Promise<void> {
  await pool?.end();
  pool = undefined;
}

const unique = () => randomUUID().slice(0, 8);

export interface TestUser {
  id: string;
  email: string;
  displayName: string;
  sessionId: string;
  token: string;
}

export { TEST_JWT_SECRET };

export async function createUser(overrides: Partial<{ email: string; displayName: string }> = {}): Promise<TestUser> {
  const email = overrides.email ?? `user-${unique()}@example.org`;
  const displayName = overrides.displayName ?? `Test ${unique()}`;
  const { rows } = await db().query<{ id: string }>(
    `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, 'not-a-password-hash') RETURNING id`,
    [email.toLowerCase(), displayName],
  );
  const id = rows[0]!.id;
  const session = await db().query<{ id: string }>(`INSERT INTO auth_sessions (user_id) VALUES ($1) RETURNING id`, [id]);
  const sessionId = session.rows[0]!.id;
  return { id, email, displayName, sessionId, token: signAccessToken(TEST_JWT_SECRET, { sub: id, sid: sessionId, ver: 0 }) };
}

export interface TestNewsroom {
  id: string;
  slug: string;
  name: string;
}

export async function createNewsroom(overrides: Partial<{ slug: string; name: string; settings: object }> = {}): Promise<TestNewsroom> {
  const slug = overrides.slug ?? `desk-${unique()}`;
  const name = overrides.name ?? `Desk ${slug}`;
  const { rows } = await db().query<{ id: string }>(`INSERT INTO newsrooms (slug, name, settings) VALUES ($1, $2, $3) RETURNING id`, [
    slug,
    name,
    JSON.stringify(overrides.settings ?? {}),
  ]);
  return { id: rows[0]!.id, slug, name };
}

export async function addMember(newsroom: TestNewsroom, user: TestUser, role: Role): Promise<void> {
  await db().query(
    `INSERT INTO memberships (newsroom_id, user_id, role) VALUES ($1, $2, $3)
     ON CONFLICT (newsroom_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
    [newsroom.id, user.id, role],
  );
}

/** A newsroom with one member of each role. */
export async function createStaffedNewsroom(): Promise<{ newsroom: TestNewsroom } & Record<Role, TestUser>> {
  const newsroom = await createNewsroom();
  const staff = {} as Record<Role, TestUser>;
  for (const role of ['viewer', 'researcher', 'reviewer', 'editor', 'admin'] as const) {
    staff[role] = await createUser({ displayName: `${role} ${unique()}` });
    await addMember(newsroom, staff[role], role);
  }
  return { newsroom, ...staff };
}

export interface TestTicket {
  id: string;
  number: number;
  version: number;
  status: TicketStatus;
}

/** A ticket row in any state, bypassing the lifecycle (for setting up a scenario). */
export async function createTicket(
  newsroom: TestNewsroom,
  creator: TestUser,
  overrides: Partial<{ claim: string; status: TicketStatus; rating: string; summary: string; ratingSetBy: string }> = {},
): Promise<TestTicket> {
  const { rows } = await db().query<{ id: string; number: number; version: number; status: TicketStatus }>(
    `WITH seq AS (UPDATE newsrooms SET ticket_seq = ticket_seq + 1 WHERE id = $1 RETURNING ticket_seq)
     INSERT INTO tickets (newsroom_id, number, claim, status, rating, summary, rating_set_by, created_by, updated_by)
     SELECT $1, seq.ticket_seq, $2, $3, $4, $5, $6, $7, $7 FROM seq
     RETURNING id, number, version, status`,
    [
      newsroom.id,
      overrides.claim ?? `A claim to check ${unique()}`,
      overrides.status ?? 'new',
      overrides.rating ?? null,
      overrides.summary ?? null,
      overrides.ratingSetBy ?? null,
      creator.id,
    ],
  );
  return rows[0]!;
}

export async function assign(ticket: TestTicket, user: TestUser, by: TestUser, role: 'researcher' | 'reviewer' = 'researcher'): Promise<void> {
  await db().query(`INSERT INTO ticket_assignees (ticket_id, user_id, role, assigned_by) VALUES ($1, $2, $3, $4)`, [
    ticket.id,
    user.id,
    role,
    by.id,
  ]);
}

export const bearer = (user: TestUser) => ({ Authorization: `Bearer ${user.token}` });

/**
 * A write-up with one paragraph, stored as the live-editing path stores it (one
 * row of the update log), for scenarios that start past drafting: approving
 * and publishing need a write-up with text.
 */
export async function writeWriteup(ticket: { id: string }, author: TestUser, text = 'The records show otherwise.'): Promise<void> {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment('default').insert(0, [paragraph]);
  await db().query(`INSERT INTO writeup_updates (ticket_id, update, user_id) VALUES ($1, $2, $3)`, [ticket.id, Buffer.from(Y.encodeStateAsUpdate(doc)), author.id]);
}

import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ROLES, type Role } from '../access/roles.js';
import { hashPassword } from '../auth/password-hasher.js';

export const DEMO_SLUG = 'demo';
export const DEMO_NEWSROOM_NAME = 'Demo Desk';
export const demoEmail = (role: Role) => `${role}@demo.claimdesk.test`;

export interface DemoUser {
  id: string;
  email: string;
  displayName: string;
}

/** What the identity seed made; later demo content (tickets, evidence, ...) builds on it. */
export interface DemoSeed {
  newsroom: { id: string; slug: string; name: string };
  users: Record<Role, DemoUser>;
  /** The one password of every demo user, generated at seeding time. */
  password: string;
}

const DISPLAY_NAMES: Record<Role, string> = {
  viewer: 'Vera Viewer',
  researcher: 'Rafael Researcher',
  reviewer: 'Rina Reviewer',
  editor: 'Edda Editor',
  admin: 'Ada Admin',
};

/** Arbitrary, fixed: replicas booting at once seed once. */
const DEMO_LOCK_KEY = 0x636c_6465; // "clde"

/**
 * Creates the demo newsroom and one user per role, only when the database has
 * no users at all, so it never touches a desk in real use and running it
 * twice does nothing. Returns undefined when nothing was seeded.
 */
export async function seedDemoIdentity(dataSource: DataSource): Promise<DemoSeed | undefined> {
  const password = `demo-${randomBytes(9).toString('base64url')}`;
  const hashes = await Promise.all(ROLES.map(() => hashPassword(password)));
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_LOCK_KEY]);
    const existing: { any: boolean }[] = await manager.query('SELECT EXISTS (SELECT 1 FROM users) AS any');
    if (existing[0]?.any) return undefined;
    const rooms: { id: string }[] = await manager.query(`INSERT INTO newsrooms (slug, name) VALUES ($1, $2) RETURNING id`, [DEMO_SLUG, DEMO_NEWSROOM_NAME]);
    const newsroom = { id: rooms[0]!.id, slug: DEMO_SLUG, name: DEMO_NEWSROOM_NAME };
    const users = {} as Record<Role, DemoUser>;
    for (const [index, role] of ROLES.entries()) {
      const email = demoEmail(role);
      const rows: { id: string }[] = await manager.query(`INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [
        email,
        DISPLAY_NAMES[role],
        hashes[index],
      ]);
      users[role] = { id: rows[0]!.id, email, displayName: DISPLAY_NAMES[role] };
      await manager.query(`INSERT INTO memberships (newsroom_id, user_id, role) VALUES ($1, $2, $3)`, [newsroom.id, users[role].id, role]);
    }
    return { newsroom, users, password };
  });
}

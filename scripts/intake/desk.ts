import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import type { MemberContext } from '../../src/access/actor.js';
import { can } from '../../src/access/permissions.js';
import { isRole, ROLES } from '../../src/access/roles.js';
import { AppModule } from '../../src/app.module.js';
import type { AppConfig } from '../../src/config/config.js';
import { type EmbeddedPostgres, runningEmbeddedPostgres, startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { runMigrationsLocked } from '../../src/database/migrate.js';
import { normalizeEmail } from '../../src/users/email.js';

/** The database `npm start` creates in its embedded PostgreSQL (src/main.ts). */
const DESK_DATABASE = 'claimdesk';
/** Audit entries and articles name the member; no sign-in session stands behind a command-line import. */
const NO_SESSION = '00000000-0000-0000-0000-000000000000';

/** A refusal before any file is read (unknown newsroom, member without the right): exit code 2. */
export class IntakeRefusal extends Error {
  override readonly name = 'IntakeRefusal';
}

export interface IntakeDesk {
  app: INestApplicationContext;
  /** Where the articles go, for the first line of output (no password). */
  where: string;
  close(): Promise<void>;
}

/**
 * The desk's modules without an HTTP server, on the database `npm start`
 * would use: DATABASE_URL; else the embedded PostgreSQL in DATA_DIR, the
 * running desk's when it is up (two servers cannot share one data
 * directory), or one started here and stopped by `close`. Migrations run
 * as at the desk's start (a no-op on a desk that is up to date).
 */
export async function openDesk(config: AppConfig): Promise<IntakeDesk> {
  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = config.databaseUrl;
  let where = databaseUrl ? describeUrl(databaseUrl) : '';
  if (!databaseUrl) {
    const running = await runningEmbeddedPostgres(config.dataDir, DESK_DATABASE);
    if (running) {
      databaseUrl = running.url;
      where = `the embedded PostgreSQL of the running desk (pid ${running.ownerPid}, data in ${config.dataDir})`;
    } else {
      embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, database: DESK_DATABASE });
      databaseUrl = embedded.url;
      where = `embedded PostgreSQL started for this import (data in ${config.dataDir})`;
    }
  }
  let app: INestApplicationContext | undefined;
  try {
    app = await NestFactory.createApplicationContext(AppModule.forRoot({ config, databaseUrl }), { bufferLogs: true, abortOnError: false });
    app.useLogger(app.get(Logger));
    await runMigrationsLocked(app.get(DataSource));
  } catch (error) {
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw new IntakeRefusal(`cannot open the desk's database (${where}): ${(error as Error)?.message ?? String(error)}`);
  }
  const opened = app;
  return {
    app: opened,
    where,
    async close() {
      try {
        await opened.close();
      } finally {
        await embedded?.stop();
      }
    },
  };
}

function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

/**
 * The member the import acts as, with the same right the API's route asks
 * for (`intake.submit`, researcher and above): the one named by email, or
 * the newsroom's longest-standing admin.
 */
export async function resolveMember(dataSource: DataSource, slug: string, email: string | undefined): Promise<MemberContext & { email: string }> {
  const [newsroom] = (await dataSource.query(`SELECT id, slug FROM newsrooms WHERE slug = $1`, [slug])) as { id: string; slug: string }[];
  if (!newsroom) {
    const known = (await dataSource.query(`SELECT slug FROM newsrooms ORDER BY slug LIMIT 11`)) as { slug: string }[];
    const list = known.length === 0 ? 'this desk has none yet' : `known: ${known.slice(0, 10).map((row) => row.slug).join(', ')}${known.length > 10 ? ', …' : ''}`;
    throw new IntakeRefusal(`no newsroom with the slug "${slug}" (${list})`);
  }
  const rows = (await dataSource.query(
    `SELECT u.id, u.email, m.role
       FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.newsroom_id = $1 AND ${email === undefined ? `m.role = 'admin'` : 'u.email = $2'}
      ORDER BY m.created_at, u.email
      LIMIT 1`,
    email === undefined ? [newsroom.id] : [newsroom.id, normalizeEmail(email)],
  )) as { id: string; email: string; role: string }[];
  const row = rows[0];
  if (!row) {
    throw new IntakeRefusal(email === undefined ? `newsroom "${slug}" has no admin; name a member with --as <email>` : `${email} is not a member of newsroom "${slug}"`);
  }
  if (!isRole(row.role)) throw new IntakeRefusal(`${row.email} has an unknown role "${row.role}" in newsroom "${slug}"`);
  if (!can(row.role, 'intake.submit')) {
    const allowed = ROLES.filter((role) => can(role, 'intake.submit')).join(', ');
    throw new IntakeRefusal(`${row.email} is a ${row.role} of newsroom "${slug}" and may not submit articles (${allowed} may)`);
  }
  return { userId: row.id, sessionId: NO_SESSION, newsroomId: newsroom.id, slug: newsroom.slug, role: row.role, email: row.email };
}

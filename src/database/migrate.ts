import type { DataSource } from 'typeorm';

/** Arbitrary, fixed key: every claimdesk process migrating one database takes the same lock. */
const MIGRATION_LOCK_KEY = 0x636c_6d64; // "clmd"

/**
 * Runs pending migrations while holding a session-level advisory lock, so
 * replicas (or test workers) booting at once apply each migration exactly once.
 * TypeORM itself takes no lock while migrating.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((migration) => migration.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

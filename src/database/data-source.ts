import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations/index.js';
import { entities } from './entities.js';
import { TypeOrmLogger } from './typeorm-logger.js';

export interface DataSourceTuning {
  /** Upper bound of pooled connections per process. */
  poolSize?: number;
}

/**
 * The one description of how the desk talks to PostgreSQL, shared by the
 * application, the migration tooling and the tests. Entities and migrations
 * are listed explicitly: globs would be loaded by TypeORM behind the test
 * runner's back.
 */
export function dataSourceOptions(url: string, tuning: DataSourceTuning = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install at run time.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logger: new TypeOrmLogger(),
    logging: ['error', 'warn', 'migration'],
    maxQueryExecutionTime: 500,
    extra: {
      max: tuning.poolSize ?? 20,
      // Fail fast while the database is unreachable, so requests get a 503 instead of hanging.
      connectionTimeoutMillis: 2_000,
      idleTimeoutMillis: 30_000,
      application_name: 'claimdesk',
    },
  };
}

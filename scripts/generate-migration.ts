/**
 * Generates a migration from the difference between the entities and the
 * schema the existing migrations produce, on a throwaway embedded PostgreSQL:
 *
 *   npm run migration:generate -- AddTickets
 *
 * writes migrations/<epoch>-AddTickets.ts and registers it in migrations/index.ts.
 */
import 'reflect-metadata';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { freePort } from '../tests/support/free-port.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run migration:generate -- PascalCaseName');
  process.exit(2);
}

const root = join(import.meta.dirname, '..');
const dir = await mkdtemp(join(tmpdir(), 'claimdesk-migrate-'));
const pg = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: 'generate', fast: true });
try {
  const dataSource = await new DataSource(dataSourceOptions(pg.url)).initialize();
  await dataSource.runMigrations();
  const sql = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  if (sql.upQueries.length === 0) {
    console.log('entities and migrations agree: nothing to generate');
  } else {
    const epoch = Date.now();
    const className = `${name}${epoch}`;
    const quote = (query: string) => '`' + query.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${') + '`';
    const lines = (queries: { query: string }[]) => queries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
    const file = `${epoch}-${name}`;
    await writeFile(
      join(root, 'migrations', `${file}.ts`),
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines([...sql.downQueries].reverse())}
  }
}
`,
    );
    const indexPath = join(root, 'migrations', 'index.ts');
    let index = await readFile(indexPath, 'utf8');
    index = `import { ${className} } from './${file}.js';\n` + index;
    index = index.replace(/(export const migrations: Function\[\] = \[)([^\]]*)\]/, (_, head: string, body: string) => {
      const items = body.split(',').map((s) => s.trim()).filter(Boolean);
      return `${head}${[...items, className].join(', ')}]`;
    });
    await writeFile(indexPath, index);
    console.log(`wrote migrations/${file}.ts (${sql.upQueries.length} statements); review it, add hand-written parts (triggers, indexes TypeORM cannot express) in a separate migration`);
  }
} finally {
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}

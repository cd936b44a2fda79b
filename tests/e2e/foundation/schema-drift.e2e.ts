import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../../src/database/data-source.js';
import { runMigrationsLocked } from '../../../src/database/migrate.js';
import { testDatabaseUrl } from '../../support/desk.js';

describe('migrations', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(testDatabaseUrl())).initialize();
  });
  afterAll(() => dataSource.destroy());

  it('produce exactly the schema the entities describe', async () => {
    const diff = await dataSource.driver.createSchemaBuilder().log();
    // When this fails: npm run migration:generate -- DescribeTheChange
    expect(diff.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('are all applied, and a second concurrent run applies nothing', async () => {
    const again = await Promise.all([runMigrationsLocked(dataSource), runMigrationsLocked(dataSource)]);
    expect(again).toEqual([[], []]);
    const applied: { name: string }[] = await dataSource.query('SELECT name FROM migrations');
    expect(applied.map((row) => row.name).sort()).toEqual(dataSource.migrations.map((m) => m.name).sort());
  });
});

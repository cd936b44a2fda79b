import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Runs a named (prepared) statement on the data source's pool: each pooled
 * connection parses and plans the text once and then only executes it. For
 * hot, short queries whose planning costs more than running them. The name is
 * derived from the text, so different texts never collide.
 */
export async function preparedQuery<Row extends pg.QueryResultRow>(
  dataSource: DataSource,
  prefix: string,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
  const name = `${prefix}_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
  const { rows } = await pool.query<Row>({ name, text, values });
  return rows;
}

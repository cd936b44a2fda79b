import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';

/** Statement names by text (the first prefix a text is run with names it): hashing on every call showed in profiles. Texts come from a fixed set of query shapes. */
const names = new Map<string, string>();
const MAX_NAMES = 1_000;

function statementName(prefix: string, text: string): string {
  let name = names.get(text);
  if (!name) {
    if (names.size >= MAX_NAMES) names.clear();
    name = `${prefix}_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    names.set(text, name);
  }
  return name;
}

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
  const { rows } = await pool.query<Row>({ name: statementName(prefix, text), text, values });
  return rows;
}

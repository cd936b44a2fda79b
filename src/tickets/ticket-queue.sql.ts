import { AppError } from '../common/errors/app-error.js';
import type { TicketStatus } from './ticket-status.js';

/**
 * The queue query, built as plain SQL from the filters. Each expression below
 * is matched by an index (migrations: TicketsEvidenceAudit,
 * TicketSearchAndAuditGuards): keep them character for character identical.
 */
export const SEARCH_DOCUMENT = `to_tsvector('english'::regconfig, t.claim || ' ' || COALESCE(t.claimant, '') || ' ' || COALESCE(t.summary, ''))`;
export const DUE_KEY = `COALESCE(t.due_at, 'infinity'::timestamptz)`;
export const PRIORITY_KEY = `(CASE t.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END)`;

export const QUEUE_SORTS = ['updated', 'due', 'priority'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export interface QueueFilters {
  status?: TicketStatus[];
  assignee?: string;
  /** Only tickets assigned to the caller. */
  mine?: boolean;
  tag?: string;
  rating?: string;
  dueBefore?: string;
  q?: string;
  sort: QueueSort;
  cursor?: string;
  limit: number;
}

interface SortSpec {
  key: string;
  /** How a cursor value is cast back. */
  cast: string;
  direction: 'ASC' | 'DESC';
}

const SORTS: Record<QueueSort, SortSpec> = {
  // Most recently changed first.
  updated: { key: 't.updated_at', cast: 'timestamptz', direction: 'DESC' },
  // Soonest due first; tickets without a due date last.
  due: { key: DUE_KEY, cast: 'timestamptz', direction: 'ASC' },
  // Most urgent first.
  priority: { key: PRIORITY_KEY, cast: 'integer', direction: 'ASC' },
};

/** Opaque keyset cursor: the last row's sort key (as PostgreSQL printed it) and id. */
export function encodeCursor(sort: QueueSort, key: string, id: string): string {
  return Buffer.from(JSON.stringify([sort, key, id])).toString('base64url');
}

export function decodeCursor(sort: QueueSort, cursor: string): { key: string; id: string } {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed.length === 3 && parsed[0] === sort && typeof parsed[1] === 'string' && typeof parsed[2] === 'string') {
      if (/^[0-9a-f-]{36}$/i.test(parsed[2]) && parsed[1].length < 64) return { key: parsed[1], id: parsed[2] };
    }
  } catch {}
  throw new AppError('validation_failed', 'cursor is not valid for this sort; start again without it.');
}

export interface QueueQuery {
  text: string;
  values: unknown[];
}

/** One statement: the page (limit + 1 rows, to know whether there is a next one) with assignee ids. */
export function buildQueueQuery(newsroomId: string, userId: string, filters: QueueFilters, columns: string): QueueQuery {
  const values: unknown[] = [newsroomId];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const where = ['t.newsroom_id = $1'];
  if (filters.status?.length) where.push(filters.status.length === 1 ? `t.status = ${param(filters.status[0])}` : `t.status = ANY(${param(filters.status)}::text[])`);
  if (filters.mine) where.push(`t.id IN (SELECT a.ticket_id FROM ticket_assignees a WHERE a.user_id = ${param(userId)})`);
  if (filters.assignee) where.push(`t.id IN (SELECT a.ticket_id FROM ticket_assignees a WHERE a.user_id = ${param(filters.assignee)})`);
  if (filters.tag) where.push(`t.tags @> ARRAY[${param(filters.tag.trim().toLowerCase())}]::text[]`);
  if (filters.rating) where.push(`t.rating = ${param(filters.rating)}`);
  // Through the indexed expression: an undated ticket (infinity) is never due before anything.
  if (filters.dueBefore) where.push(`${DUE_KEY} < ${param(filters.dueBefore)}::timestamptz`);
  if (filters.q) where.push(`${SEARCH_DOCUMENT} @@ websearch_to_tsquery('english'::regconfig, ${param(filters.q)})`);

  const sort = SORTS[filters.sort];
  if (filters.cursor) {
    const cursor = decodeCursor(filters.sort, filters.cursor);
    const op = sort.direction === 'DESC' ? '<' : '>';
    where.push(`(${sort.key}, t.id) ${op} (${param(cursor.key)}::${sort.cast}, ${param(cursor.id)}::uuid)`);
  }
  const limit = param(filters.limit + 1);
  return {
    text: `SELECT ${columns}, ${sort.key}::text AS sort_key,
                  ARRAY(SELECT a.user_id FROM ticket_assignees a WHERE a.ticket_id = t.id ORDER BY a.assigned_at) AS assignee_ids
             FROM tickets t
            WHERE ${where.join(' AND ')}
            ORDER BY ${sort.key} ${sort.direction}, t.id ${sort.direction}
            LIMIT ${limit}`,
    values,
  };
}

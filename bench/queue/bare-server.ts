/**
 * Child process: the floor to compare against. node:http + pg running the
 * same queue SQL (as a named, prepared statement) and shaping the same JSON, with no framework, no
 * authentication, no validation and no logging.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';
import { buildQueueQuery, encodeCursor } from '../../src/tickets/ticket-queue.sql.js';
import { TICKET_COLUMNS, type TicketRow, toTicket } from '../../src/tickets/ticket-row.js';
import { serveParent } from './shared.js';

const pool = new pg.Pool({ connectionString: process.env.BENCH_DATABASE_URL!, max: 20 });
const newsroomId = process.env.BENCH_NEWSROOM_ID!;
const userId = process.env.BENCH_USER_ID!;

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const limit = Number(url.searchParams.get('limit') ?? 25);
  const status = url.searchParams.get('status');
  const filters = { sort: 'updated' as const, limit, ...(status ? { status: [status as TicketRow['status']] } : {}) };
  const query = buildQueueQuery(newsroomId, userId, filters, TICKET_COLUMNS);
  const name = `queue_${createHash('sha1').update(query.text).digest('hex').slice(0, 16)}`;
  pool.query<TicketRow & { sort_key: string; assignee_ids: string[] }>({ name, text: query.text, values: query.values }).then(
    ({ rows }) => {
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      const body = JSON.stringify({
        items: page.map((row) => ({ ...toTicket(row), assigneeIds: row.assignee_ids })),
        nextCursor: rows.length > limit && last ? encodeCursor('updated', last.sort_key, last.id) : null,
      });
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(body);
    },
    () => response.writeHead(500).end(),
  );
});
server.listen(0, '127.0.0.1', () =>
  serveParent((server.address() as { port: number }).port, () => new Promise<void>((resolve) => server.close(() => void pool.end().then(resolve)))),
);

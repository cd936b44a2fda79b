import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { assign, closeDb, createStaffedNewsroom, createTicket, db } from '../../support/factories.js';
import { buildQueueQuery, type QueueFilters } from '../../../src/tickets/ticket-queue.sql.js';
import { ticketsApi } from './api.js';

type Item = { id: string; number: number; status: string; dueAt: string | null; priority: string; updatedAt: string };

describe('tickets: the queue', () => {
  let desk: TestDesk;
  let staff: Awaited<ReturnType<typeof createStaffedNewsroom>>;
  let api: ReturnType<typeof ticketsApi>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    desk = await startDesk();
    staff = await createStaffedNewsroom();
    api = ticketsApi(desk.baseUrl, staff.newsroom.slug);
    const make = async (name: string, body: object) => {
      const response = await api.create(staff.editor, body).expect(201);
      ids[name] = response.body.id;
    };
    await make('flood', { claim: 'The river flood displaced ten thousand residents.', claimant: 'Regional governor', tags: ['floods'], priority: 'urgent', dueAt: '2030-01-02T00:00:00Z' });
    await make('budget', { claim: 'The council doubled the school budget.', claimant: 'Opposition leader', tags: ['budget', 'schools'], priority: 'low', dueAt: '2030-01-01T00:00:00Z' });
    await make('vaccine', { claim: 'The vaccine was tested on only twelve people.', tags: ['health'], priority: 'high' });
    await make('troops', { claim: 'Two hundred more soldiers were sent abroad.', priority: 'normal', dueAt: '2030-01-03T00:00:00Z' });
    await db().query(`UPDATE tickets SET status = 'drafting', rating = 'mostly-false', summary = 'The governor overstated the displacement figures.' WHERE id = $1`, [ids.flood]);
    await assign({ id: ids.budget!, number: 0, version: 1, status: 'new' }, staff.researcher, staff.editor);
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  const names = (items: Item[]) => items.map((item) => Object.keys(ids).find((name) => ids[name] === item.id));

  it('lists the newsroom\'s tickets, most recently updated first, for any member', async () => {
    const response = await api.list(staff.viewer).expect(200);
    expect(names(response.body.items)).toEqual(['troops', 'vaccine', 'budget', 'flood']);
    expect(response.body.nextCursor).toBeNull();
    expect(response.body.items.find((item: Item) => item.id === ids.budget).assigneeIds).toEqual([staff.researcher.id]);
  });

  it('filters by status, assignee, mine, tag, rating, due date and full text', async () => {
    const names_ = async (query: Record<string, string>, user = staff.editor) => names((await api.list(user, query).expect(200)).body.items).sort();
    expect(await names_({ status: 'drafting' })).toEqual(['flood']);
    expect(await names_({ status: 'new,drafting' })).toEqual(['budget', 'flood', 'troops', 'vaccine']);
    expect(await names_({ assignee: staff.researcher.id })).toEqual(['budget']);
    expect(await names_({ mine: 'true' }, staff.researcher)).toEqual(['budget']);
    expect(await names_({ mine: 'true' }, staff.reviewer)).toEqual([]);
    expect(await names_({ tag: 'Schools' })).toEqual(['budget']);
    expect(await names_({ rating: 'mostly-false' })).toEqual(['flood']);
    expect(await names_({ dueBefore: '2030-01-02T12:00:00Z' })).toEqual(['budget', 'flood']);
    expect(await names_({ q: 'doubled budget' })).toEqual(['budget']);
    expect(await names_({ q: 'opposition' })).toEqual(['budget']); // claimant
    expect(await names_({ q: 'overstated' })).toEqual(['flood']); // verdict summary
    expect(await names_({ q: 'soldier' })).toEqual(['troops']); // stemming
    expect(await names_({ q: 'budget', status: 'drafting' })).toEqual([]);
    await api.list(staff.editor, { status: 'bogus' }).expect(400);
    await api.list(staff.editor, { limit: 500 }).expect(400);
  });

  it('sorts by due date (undated last) and by priority', async () => {
    expect(names((await api.list(staff.editor, { sort: 'due' })).body.items)).toEqual(['budget', 'flood', 'troops', 'vaccine']);
    expect(names((await api.list(staff.editor, { sort: 'priority' })).body.items)).toEqual(['flood', 'vaccine', 'troops', 'budget']);
  });

  it('pages with a keyset cursor through every ticket exactly once, for every sort', async () => {
    for (const sort of ['updated', 'due', 'priority']) {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 10; page++) {
        const response = await api.list(staff.editor, { sort, limit: 1, ...(cursor ? { cursor } : {}) }).expect(200);
        seen.push(...response.body.items.map((item: Item) => item.id));
        cursor = response.body.nextCursor ?? undefined;
        if (!cursor) break;
      }
      expect(seen.sort()).toEqual(Object.values(ids).sort());
    }
    await api.list(staff.editor, { cursor: 'forged' }).expect(400);
  });

  it('never shows another newsroom\'s tickets', async () => {
    const other = await createStaffedNewsroom();
    await createTicket(other.newsroom, other.editor, { claim: 'The river flood displaced ten thousand residents.' });
    const response = await api.list(staff.editor, { q: 'flood' });
    expect(names(response.body.items)).toEqual(['flood']);
  });

  it('finds possible duplicates by full-text rank within the newsroom', async () => {
    const similarNewsroom = await createStaffedNewsroom();
    const own = ticketsApi(desk.baseUrl, similarNewsroom.newsroom.slug);
    // Claims a desk would open about one event, written for this test.
    const claims = {
      recaptured: 'Islamic State fighters recaptured Palmyra in December 2016.',
      reentered: 'IS militants re-entered the city of Palmyra in December 2016.',
      strength: 'Roughly 4,000 Islamic State fighters joined the attack on Palmyra.',
      troops: 'Washington sent 200 additional troops to Syria for the Raqqa offensive.',
    };
    const created: Record<string, string> = {};
    for (const [name, claim] of Object.entries(claims)) created[name] = (await own.create(similarNewsroom.editor, { claim }).expect(201)).body.id;
    const probe = await own.create(similarNewsroom.editor, { claim: 'Palmyra was retaken by Islamic State fighters in December 2016.' }).expect(201);
    const foreign = await createStaffedNewsroom();
    await createTicket(foreign.newsroom, foreign.editor, { claim: 'Islamic State fighters recaptured Palmyra in December 2016.' });

    const response = await own.similar(similarNewsroom.viewer, probe.body.id).expect(200);
    const found = response.body.items.map((item: { id: string }) => Object.keys(created).find((name) => created[name] === item.id));
    expect(found[0]).toBe('recaptured');
    expect(found).toEqual(expect.arrayContaining(['recaptured', 'reentered', 'strength']));
    expect(found).not.toContain('troops');
    expect(found).not.toContain(undefined); // neither the probe nor the other newsroom's ticket
    expect(response.body.items[0].score).toBeGreaterThan(response.body.items.at(-1).score);
  });

  it('backs every filter and sort with an index (EXPLAIN on a few thousand tickets)', async () => {
    const { newsroom, editor, researcher } = await createStaffedNewsroom();
    await db().query(
      `INSERT INTO tickets (newsroom_id, number, claim, status, priority, due_at, tags, rating, created_by, updated_by, updated_at)
       SELECT $1, n, 'Routine claim number ' || n, (ARRAY['new','assigned','researching','drafting'])[1 + n % 4],
              (ARRAY['low','normal','high','urgent'])[1 + n % 4], CASE WHEN n % 3 = 0 THEN now() + n * interval '1 hour' END,
              ARRAY['tag' || (n % 50)], CASE WHEN n % 200 = 0 THEN 'false' END, $2, $2, now() - n * interval '1 minute'
         FROM generate_series(1, 6000) AS n`,
      [newsroom.id, editor.id],
    );
    await db().query(`INSERT INTO tickets (newsroom_id, number, claim, status, tags, created_by, updated_by) VALUES ($1, 6001, 'A rare zeppelin sighting', 'in_review', '{airships}', $2, $2)`, [newsroom.id, editor.id]);
    await db().query(`INSERT INTO ticket_assignees (ticket_id, user_id, role, assigned_by) SELECT id, $2, 'researcher', $3 FROM tickets WHERE newsroom_id = $1 AND number <= 5`, [newsroom.id, researcher.id, editor.id]);
    // Plenty of other assignments, so finding one member's is a real lookup.
    await db().query(`INSERT INTO ticket_assignees (ticket_id, user_id, role, assigned_by) SELECT id, $2, 'reviewer', $2 FROM tickets WHERE newsroom_id = $1 AND number > 5`, [newsroom.id, editor.id]);
    await db().query('ANALYZE tickets');
    await db().query('ANALYZE ticket_assignees');
    const base: QueueFilters = { sort: 'updated', limit: 25 };
    const cases: [Partial<QueueFilters>, string][] = [
      [{}, 'tickets_queue_updated_idx'],
      [{ status: ['in_review'] }, 'tickets_queue_status_idx'],
      [{ tag: 'airships' }, 'tickets_tags_idx'],
      [{ q: 'zeppelin' }, 'tickets_search_idx'],
      [{ rating: 'false' }, 'tickets_queue_rating_idx'],
      [{ mine: true }, 'ticket_assignees_user_idx'],
      [{ sort: 'due' }, 'tickets_queue_due_idx'],
      [{ dueBefore: new Date(Date.now() + 5 * 3600_000).toISOString() }, 'tickets_queue_due_idx'],
      [{ sort: 'priority' }, 'tickets_queue_priority_idx'],
    ];
    for (const [filters, index] of cases) {
      const query = buildQueueQuery(newsroom.id, researcher.id, { ...base, ...filters }, 't.id');
      const plan = await db().query(`EXPLAIN ${query.text}`, query.values);
      const text = plan.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
      if (!text.includes(index)) throw new Error(`${JSON.stringify(filters)} does not use ${index}:\n${text}`);
      expect(text).toContain(index);
      expect(text).not.toMatch(/Seq Scan on tickets/);
    }
  });
});

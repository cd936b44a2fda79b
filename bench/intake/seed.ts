import type pg from 'pg';
import { ACTORS, EVENTS, MEASURES, PLACES, SUBJECTS, TRENDS } from './corpus.js';

export interface BenchNewsroom {
  newsroomId: string;
  slug: string;
  userId: string;
  sessionId: string;
}

/** A newsroom and an editor to act as (the bench signs the editor's token itself). */
export async function seedNewsroom(client: pg.Client): Promise<BenchNewsroom> {
  const user = await client.query<{ id: string }>(
    `INSERT INTO users (email, display_name, password_hash) VALUES ('intake-bench@example.org', 'Intake Bench', 'not-a-password-hash') RETURNING id`,
  );
  const userId = user.rows[0]!.id;
  const session = await client.query<{ id: string }>(`INSERT INTO auth_sessions (user_id) VALUES ($1) RETURNING id`, [userId]);
  const newsroom = await client.query<{ id: string }>(`INSERT INTO newsrooms (slug, name) VALUES ('intake-bench', 'Intake bench desk') RETURNING id`);
  const newsroomId = newsroom.rows[0]!.id;
  await client.query(`INSERT INTO memberships (newsroom_id, user_id, role) VALUES ($1, $2, 'editor')`, [newsroomId, userId]);
  return { newsroomId, slug: 'intake-bench', userId, sessionId: session.rows[0]!.id };
}

/** Tickets are written this many at a time: one statement each, so progress shows and no transaction grows huge. */
const BATCH = 100_000;

/**
 * Tickets `from`..`to` (numbers) with claims in four shapes, every part
 * picked by an independent hash of the number, so claims vary the way a
 * desk's do (same towns, actors and events in different combinations,
 * figures and years all over): "The interior ministry said 4,120 fighters
 * were captured in Barova in 2016." One ticket in 50 is published (a
 * publication row with its snapshot), for the matcher's "already
 * fact-checked" statement. Written with generate_series, then analysed.
 */
export async function seedTickets(client: pg.Client, newsroom: BenchNewsroom, from: number, to: number, progress: (done: number) => void): Promise<void> {
  const lists = [ACTORS, SUBJECTS, EVENTS, PLACES, TRENDS, MEASURES];
  for (let start = from; start <= to; start += BATCH) {
    const end = Math.min(to, start + BATCH - 1);
    await client.query(
      `WITH h AS (
         SELECT n,
                hashint4(n) & 2147483647 AS a, hashint4(n + 7919) & 2147483647 AS b, hashint4(n + 104729) & 2147483647 AS c,
                hashint4(n + 1299709) & 2147483647 AS d, hashint4(n + 15485863) & 2147483647 AS e
           FROM generate_series($3::int, $4::int) AS n
       ), parts AS (
         SELECT n, a,
                $5::text[] AS actors, $6::text[] AS subjects, $7::text[] AS events, $8::text[] AS places, $9::text[] AS trends, $10::text[] AS measures,
                to_char(10 + (b % 9990), 'FM9,999') AS figure, 2008 + (c % 18) AS year, 2 + (d % 60) AS pct, a % 4 AS shape, b, c, d, e
           FROM h
       ), claims AS (
         SELECT n, a,
                CASE shape
                  WHEN 0 THEN actors[1 + b % cardinality(actors)] || ' said ' || figure || ' ' || subjects[1 + c % cardinality(subjects)] || ' were '
                              || events[1 + d % cardinality(events)] || ' in ' || places[1 + e % cardinality(places)] || ' in ' || year || '.'
                  WHEN 1 THEN figure || ' ' || subjects[1 + c % cardinality(subjects)] || ' were ' || events[1 + d % cardinality(events)] || ' in '
                              || places[1 + e % cardinality(places)] || ', according to ' || actors[1 + b % cardinality(actors)] || '.'
                  WHEN 2 THEN measures[1 + c % cardinality(measures)] || ' in ' || places[1 + e % cardinality(places)] || ' ' || trends[1 + d % cardinality(trends)]
                              || ' by ' || pct || ' percent in ' || year || ', ' || actors[1 + b % cardinality(actors)] || ' claimed.'
                  ELSE actors[1 + b % cardinality(actors)] || ' denied that ' || subjects[1 + c % cardinality(subjects)] || ' had been '
                              || events[1 + d % cardinality(events)] || ' near ' || places[1 + e % cardinality(places)] || '.'
                END AS claim
           FROM parts
       )
       INSERT INTO tickets (newsroom_id, number, claim, language, status, rating, created_by, updated_by, created_at, updated_at)
       SELECT $1, n, upper(left(claim, 1)) || substr(claim, 2), 'en',
              CASE WHEN n % 50 = 0 THEN 'published' ELSE (ARRAY['new','assigned','researching','drafting','in_review','rejected'])[1 + a % 6] END,
              CASE WHEN n % 50 = 0 THEN (ARRAY['true','mostly-false','false','misleading'])[1 + a % 4] END,
              $2, $2, now() - n * interval '1 second', now() - n * interval '1 second'
         FROM claims`,
      [newsroom.newsroomId, newsroom.userId, start, end, ...lists],
    );
    await client.query(
      `INSERT INTO publications (newsroom_id, ticket_id, version, content_hash, snapshot, published_by, published_at)
       SELECT t.newsroom_id, t.id, 1, md5(t.claim), jsonb_build_object('claim', t.claim, 'rating', jsonb_build_object('label', initcap(replace(t.rating, '-', ' ')))), $2, now()
         FROM tickets t
        WHERE t.newsroom_id = $1 AND t.number BETWEEN $3 AND $4 AND t.number % 50 = 0`,
      [newsroom.newsroomId, newsroom.userId, start, end],
    );
    progress(end - from + 1);
  }
  await client.query(`UPDATE newsrooms SET ticket_seq = $2 WHERE id = $1`, [newsroom.newsroomId, to]);
  await client.query('VACUUM ANALYZE tickets');
  await client.query('VACUUM ANALYZE publications');
}

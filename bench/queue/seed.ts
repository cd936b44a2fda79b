import type pg from 'pg';

export interface Seeded {
  newsroomId: string;
  slug: string;
  userId: string;
  sessionId: string;
}

/**
 * One newsroom with 100,000 tickets of every status, priority, due date, tag
 * and rating, a few thousand assignments, and a member to query as. Written
 * with generate_series: a few seconds.
 */
export async function seed(client: pg.Client, tickets = 100_000): Promise<Seeded> {
  const user = await client.query<{ id: string }>(
    `INSERT INTO users (email, display_name, password_hash) VALUES ('bench@example.org', 'Bench Editor', 'not-a-password-hash') RETURNING id`,
  );
  const userId = user.rows[0]!.id;
  const session = await client.query<{ id: string }>(`INSERT INTO auth_sessions (user_id) VALUES ($1) RETURNING id`, [userId]);
  const newsroom = await client.query<{ id: string }>(`INSERT INTO newsrooms (slug, name, ticket_seq) VALUES ('bench', 'Bench desk', $1) RETURNING id`, [tickets]);
  const newsroomId = newsroom.rows[0]!.id;
  await client.query(`INSERT INTO memberships (newsroom_id, user_id, role) VALUES ($1, $2, 'editor')`, [newsroomId, userId]);
  await client.query(
    `INSERT INTO tickets (newsroom_id, number, claim, claimant, status, priority, due_at, tags, rating, summary, created_by, updated_by, created_at, updated_at)
     SELECT $1, n,
            'Claim ' || n || ': the ' || (ARRAY['mayor','minister','council','agency','senator','company'])[1 + n % 6] || ' said '
              || (ARRAY['prices doubled','crime fell','the river flooded','wages rose','the vote was rigged','troops were sent'])[1 + (n / 7) % 6]
              || ' in ' || (2000 + n % 25),
            (ARRAY['A regional broadcaster','An opposition leader','A ministry spokesperson', NULL])[1 + n % 4],
            (ARRAY['new','assigned','researching','drafting','in_review','approved','published','rejected'])[1 + n % 8],
            (ARRAY['low','normal','normal','high','urgent'])[1 + n % 5],
            CASE WHEN n % 3 = 0 THEN now() + (n % 720) * interval '1 hour' END,
            ARRAY['topic-' || (n % 200), 'region-' || (n % 17)],
            CASE WHEN n % 8 IN (5, 6) THEN (ARRAY['true','mostly-true','mixed','mostly-false','false','misleading','unproven'])[1 + n % 7] END,
            CASE WHEN n % 8 IN (5, 6) THEN 'Summary of the verdict for claim ' || n END,
            $2, $2, now() - n * interval '1 minute', now() - n * interval '1 minute'
       FROM generate_series(1, $3::int) AS n`,
    [newsroomId, userId, tickets],
  );
  await client.query(
    `INSERT INTO ticket_assignees (ticket_id, user_id, role, assigned_by)
     SELECT id, $2, 'researcher', $2 FROM tickets WHERE newsroom_id = $1 AND number % 50 = 0`,
    [newsroomId, userId],
  );
  await client.query('VACUUM ANALYZE tickets');
  await client.query('VACUUM ANALYZE ticket_assignees');
  return { newsroomId, slug: 'bench', userId, sessionId: session.rows[0]!.id };
}

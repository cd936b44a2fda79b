import { describe, expect, it } from '@jest/globals';
import { can } from '../../../src/access/permissions.js';
import { requestHash } from '../../../src/common/idempotency/idempotency.service.js';
import { ROLES } from '../../../src/access/roles.js';
import { DEFAULT_RATING_SCALE, resolveSettings } from '../../../src/newsrooms/newsroom-settings.js';
import { expectedVersion, parseIfMatch } from '../../../src/tickets/expected-version.js';
import { buildQueueQuery, decodeCursor, encodeCursor } from '../../../src/tickets/ticket-queue.sql.js';
import { TICKET_STATUSES } from '../../../src/tickets/ticket-status.js';
import { checkVerdict, nextRatingSetter } from '../../../src/verdicts/verdict-rules.js';

describe('expected version', () => {
  it('reads If-Match in its usual spellings', () => {
    expect(parseIfMatch('3')).toBe(3);
    expect(parseIfMatch('"12"')).toBe(12);
    expect(parseIfMatch('W/"7"')).toBe(7);
    expect(parseIfMatch(undefined)).toBeUndefined();
    expect(() => parseIfMatch('"abc"')).toThrow('If-Match');
  });

  it('takes the header or the body, refuses disagreement, and may require one', () => {
    expect(expectedVersion('"4"', undefined, true)).toBe(4);
    expect(expectedVersion(undefined, 5, true)).toBe(5);
    expect(expectedVersion('"5"', 5, true)).toBe(5);
    expect(() => expectedVersion('"4"', 5, true)).toThrow('disagree');
    expect(() => expectedVersion(undefined, undefined, true)).toThrow(expect.objectContaining({ code: 'version_required' }));
    expect(expectedVersion(undefined, undefined, false)).toBeUndefined();
  });
});

describe('ticket-level permissions', () => {
  it('let researchers write only on tickets assigned to them; reviewers and up on any', () => {
    for (const action of ['ticket.update', 'ticket.transition', 'evidence.write', 'verdict.write'] as const) {
      expect(ROLES.filter((role) => can(role, action, { assigned: false }))).toEqual(['reviewer', 'editor', 'admin']);
      expect(ROLES.filter((role) => can(role, action, { assigned: true }))).toEqual(['researcher', 'reviewer', 'editor', 'admin']);
    }
    expect(ROLES.filter((role) => can(role, 'ticket.assign', { assigned: true }))).toEqual(['editor', 'admin']);
  });
});

describe('verdict rules', () => {
  const settings = resolveSettings({});

  it('accepts only ratings of the newsroom scale, and only while the write-up is editable', () => {
    for (const status of TICKET_STATUSES) {
      const check = checkVerdict(settings, status, 'mostly-false');
      expect(check.ok).toBe(['researching', 'drafting', 'in_review'].includes(status));
    }
    expect(checkVerdict(settings, 'drafting', 'pants-on-fire')).toMatchObject({ ok: false, kind: 'validation_failed' });
    const custom = resolveSettings({ ratingScale: [{ ...DEFAULT_RATING_SCALE[0]!, key: 'correct' }] });
    expect(checkVerdict(custom, 'drafting', 'correct').ok).toBe(true);
    expect(checkVerdict(custom, 'drafting', 'true').ok).toBe(false);
  });

  it('credits the rating to whoever last changed it', () => {
    expect(nextRatingSetter({ rating: null, ratingSetBy: null }, 'false', 'u1')).toEqual({ setBy: 'u1', changed: true });
    expect(nextRatingSetter({ rating: 'false', ratingSetBy: 'u1' }, 'false', 'u2')).toEqual({ setBy: 'u1', changed: false });
    expect(nextRatingSetter({ rating: 'false', ratingSetBy: 'u1' }, 'mixed', 'u2')).toEqual({ setBy: 'u2', changed: true });
  });
});

describe('queue query', () => {
  const newsroom = '5d1c7f0e-3a51-4b8e-9a51-1f0f7c1e2b3a';
  const id = '0f4b7c52-8f3e-4d1a-b0c2-7a9e1d2c3b4a';

  it('round-trips cursors and refuses foreign or forged ones', () => {
    const cursor = encodeCursor('updated', '2026-11-22 11:40:00.123456+00', id);
    expect(decodeCursor('updated', cursor)).toEqual({ key: '2026-11-22 11:40:00.123456+00', id });
    expect(() => decodeCursor('due', cursor)).toThrow('cursor');
    expect(() => decodeCursor('updated', 'garbage')).toThrow('cursor');
    expect(() => decodeCursor('updated', encodeCursor('updated', 'x', 'not-an-id'))).toThrow('cursor');
  });

  it('binds every filter as a parameter, scoped to the newsroom, asking for one row more than the page', () => {
    const query = buildQueueQuery(newsroom, id, { status: ['drafting'], tag: "O'Reilly", q: 'drop table', rating: 'false', mine: true, sort: 'due', limit: 10 }, 't.id');
    expect(query.text).not.toContain("O'Reilly");
    expect(query.text).not.toContain('drop table');
    expect(query.text).toContain('t.newsroom_id = $1');
    expect(query.values).toEqual([newsroom, 'drafting', id, "o'reilly", 'false', 'drop table', 11]);
    expect(query.text).toMatch(/ORDER BY COALESCE\(t\.due_at, 'infinity'::timestamptz\) ASC, t\.id ASC/);
  });
});

describe('idempotency request hash', () => {
  it('ignores key order and whitespace, but not values', () => {
    expect(requestHash({ claim: 'a', tags: ['x', 'y'] })).toBe(requestHash(JSON.parse('{ "tags": ["x","y"],  "claim": "a" }')));
    expect(requestHash({ claim: 'a', tags: ['x', 'y'] })).not.toBe(requestHash({ claim: 'a', tags: ['y', 'x'] }));
    expect(requestHash(undefined)).toBe(requestHash(null));
  });
});

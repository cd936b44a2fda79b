import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { ActorCache } from '../../../src/access/actor-cache.js';
import type { ActorResolution } from '../../../src/access/actor.service.js';
import { DomainEvents } from '../../../src/events/domain-events.js';

const ALICE = '00000000-0000-4000-8000-00000000000a';
const BOB = '00000000-0000-4000-8000-00000000000b';
const SESSION = '00000000-0000-4000-8000-000000000005';
const NEWSROOM = '00000000-0000-4000-8000-0000000000d0';

const member = (userId: string, role: 'viewer' | 'editor' = 'editor'): ActorResolution => ({
  ok: true,
  user: { userId, sessionId: SESSION },
  member: { userId, sessionId: SESSION, newsroomId: NEWSROOM, slug: 'desk', role },
});

describe('ActorCache', () => {
  let events: DomainEvents;
  let cache: ActorCache;
  const key = (userId: string, slug = 'desk') => ActorCache.key(userId, SESSION, 0, slug);

  /** Stores a resolution the way ActorService does: generation taken before the read. */
  const fill = (userId: string, resolution = member(userId), slug = 'desk') => cache.set(key(userId, slug), userId, resolution, cache.begin());

  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-12-01T12:00:00Z') });
    events = new DomainEvents();
    events.setHearsOthers(true);
    cache = new ActorCache({ accessCacheMs: 10_000 }, events);
  });

  afterEach(() => {
    cache.onModuleDestroy();
    jest.useRealTimers();
  });

  it('answers from memory until the time to live runs out', () => {
    fill(ALICE);
    expect(cache.get(key(ALICE))).toEqual(member(ALICE));
    jest.advanceTimersByTime(9_999);
    expect(cache.get(key(ALICE))).toEqual(member(ALICE));
    jest.advanceTimersByTime(1);
    expect(cache.get(key(ALICE))).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keys by user, session, token generation and newsroom', () => {
    fill(ALICE);
    expect(cache.get(ActorCache.key(ALICE, SESSION, 1, 'desk'))).toBeUndefined();
    expect(cache.get(ActorCache.key(ALICE, SESSION, 0, 'other'))).toBeUndefined();
    expect(cache.get(ActorCache.key(ALICE, BOB, 0, 'desk'))).toBeUndefined();
    expect(cache.get(ActorCache.key(ALICE, SESSION, 0, undefined))).toBeUndefined();
  });

  it.each([
    { type: 'sessions.revoked' as const, userId: ALICE },
    { type: 'sessions.revoked' as const, userId: ALICE, sessionId: SESSION },
    { type: 'membership.changed' as const, newsroomId: NEWSROOM, userId: ALICE, role: 'viewer' as const },
    { type: 'membership.changed' as const, newsroomId: NEWSROOM, userId: ALICE, role: null },
  ])('drops only that user on $type, whether published here or relayed from another instance', (event) => {
    for (const deliver of [(e: typeof event) => events.publish(e), (e: typeof event) => events.receive(e)]) {
      fill(ALICE);
      fill(ALICE, member(ALICE), 'other');
      fill(BOB);
      deliver(event);
      expect(cache.get(key(ALICE))).toBeUndefined();
      expect(cache.get(key(ALICE, 'other'))).toBeUndefined();
      expect(cache.get(key(BOB))).toEqual(member(BOB));
    }
  });

  it('does not store a read taken before a change was announced (no stale refill)', () => {
    const generation = cache.begin(); // a request starts reading the database ...
    events.publish({ type: 'membership.changed', newsroomId: NEWSROOM, userId: ALICE, role: 'viewer' }); // ... the role changes meanwhile
    cache.set(key(ALICE), ALICE, member(ALICE, 'editor'), generation); // ... and its answer arrives with the old role
    expect(cache.get(key(ALICE))).toBeUndefined();
    fill(ALICE, member(ALICE, 'viewer'));
    expect(cache.get(key(ALICE))).toEqual(member(ALICE, 'viewer'));
  });

  it('serves and stores nothing while other instances cannot be heard, and forgets everything when that changes', () => {
    fill(ALICE);
    events.setHearsOthers(false);
    expect(cache.get(key(ALICE))).toBeUndefined();
    fill(BOB);
    expect(cache.size).toBe(0);
    events.setHearsOthers(true);
    expect(cache.get(key(ALICE))).toBeUndefined();
    fill(ALICE);
    expect(cache.get(key(ALICE))).toEqual(member(ALICE));
  });

  it('is off with a time to live of zero', () => {
    cache.onModuleDestroy();
    cache = new ActorCache({ accessCacheMs: 0 }, events);
    fill(ALICE);
    expect(cache.get(key(ALICE))).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('caches refusals too, and hands out resolutions nobody can change', () => {
    const refused: ActorResolution = { ok: false, reason: 'session_revoked' };
    cache.set(key(BOB), BOB, refused, cache.begin());
    expect(cache.get(key(BOB))).toEqual({ ok: false, reason: 'session_revoked' });
    fill(ALICE);
    const cached = cache.get(key(ALICE)) as Extract<ActorResolution, { ok: true }>;
    expect(() => {
      (cached.member as { role: string }).role = 'admin';
    }).toThrow(TypeError);
    expect(cache.get(key(ALICE))).toEqual(member(ALICE));
  });

  it('stays bounded, evicting the least recently stored', () => {
    for (let i = 0; i < 10_050; i += 1) cache.set(`user-${i}`, `user-${i}`, { ok: false, reason: 'unknown_user' }, cache.begin());
    expect(cache.size).toBe(10_000);
    expect(cache.get('user-0')).toBeUndefined();
    expect(cache.get('user-10049')).toEqual({ ok: false, reason: 'unknown_user' });
  });
});

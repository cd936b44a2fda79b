import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ROLES, type Role, atLeast } from '../../../src/access/roles.js';
import { DEFAULT_SIGNOFF_POLICY } from '../../../src/newsrooms/newsroom-settings.js';
import { contentFacts, describeMissing, evaluatePolicy, isStale, type SignoffFact } from '../../../src/signoffs/signoff-policy.js';

const HASH = 'a'.repeat(64);
let clock = 0;
const signoff = (userId: string, role: Role, overrides: Partial<SignoffFact> = {}): SignoffFact => ({
  id: `${userId}-${++clock}`,
  userId,
  role,
  decision: 'approve',
  contentHash: HASH,
  invalidated: false,
  givenAt: new Date(1_700_000_000_000 + clock * 1000),
  ...overrides,
});

const complete = { hasVerdict: true, hasWriteup: true };

describe('sign-off policy', () => {
  const noSetter = { ratingSetBy: null, ...complete };

  it('is met by one reviewer and one editor, two different members', () => {
    const outcome = evaluatePolicy(DEFAULT_SIGNOFF_POLICY, [signoff('r', 'reviewer'), signoff('e', 'editor')], noSetter, HASH);
    expect(outcome.met).toBe(true);
    expect(outcome.approvals.map((a) => a.userId).sort()).toEqual(['e', 'r']);
  });

  it('counts roles "or higher": two editors satisfy reviewer + editor', () => {
    expect(evaluatePolicy(DEFAULT_SIGNOFF_POLICY, [signoff('e1', 'editor'), signoff('e2', 'admin')], noSetter, HASH).met).toBe(true);
  });

  it('never lets one member fill two slots', () => {
    const outcome = evaluatePolicy(DEFAULT_SIGNOFF_POLICY, [signoff('e', 'editor'), signoff('e', 'editor')], noSetter, HASH);
    expect(outcome).toMatchObject({ met: false, missing: [{ role: 'reviewer', required: 1, counted: 0 }] });
  });

  it('does not count two reviewers as an editor', () => {
    const outcome = evaluatePolicy(DEFAULT_SIGNOFF_POLICY, [signoff('r1', 'reviewer'), signoff('r2', 'reviewer')], noSetter, HASH);
    expect(outcome).toMatchObject({ met: false, missing: [{ role: 'editor', required: 1, counted: 0 }] });
    expect(describeMissing(outcome.met ? [] : outcome.missing)).toBe('1 more approval by an editor or higher');
  });

  it('excludes whoever set the current rating', () => {
    const outcome = evaluatePolicy(DEFAULT_SIGNOFF_POLICY, [signoff('r', 'reviewer'), signoff('e', 'editor')], { ...complete, ratingSetBy: 'e' }, HASH);
    expect(outcome.met).toBe(false);
    const allowed = evaluatePolicy({ ...DEFAULT_SIGNOFF_POLICY, excludeRatingSetter: false }, [signoff('r', 'reviewer'), signoff('e', 'editor')], { ...complete, ratingSetBy: 'e' }, HASH);
    expect(allowed.met).toBe(true);
  });

  it('ignores stale sign-offs: other hash or invalidated', () => {
    const other = 'b'.repeat(64);
    expect(evaluatePolicy(DEFAULT_SIGNOFF_POLICY, [signoff('r', 'reviewer', { contentHash: other }), signoff('e', 'editor')], noSetter, HASH).met).toBe(false);
    expect(evaluatePolicy(DEFAULT_SIGNOFF_POLICY, [signoff('r', 'reviewer', { invalidated: true }), signoff('e', 'editor')], noSetter, HASH).met).toBe(false);
    expect(isStale({ contentHash: other, invalidated: false }, HASH)).toBe(true);
    expect(isStale({ contentHash: HASH, invalidated: false }, HASH)).toBe(false);
  });

  it("uses each member's latest decision: approve then request changes does not count", () => {
    const outcome = evaluatePolicy(
      DEFAULT_SIGNOFF_POLICY,
      [signoff('r', 'reviewer'), signoff('e', 'editor'), signoff('r', 'reviewer', { decision: 'request_changes' })],
      noSetter,
      HASH,
    );
    expect(outcome.met).toBe(false);
  });

  it('supports stricter policies and reports everything missing', () => {
    const policy = { required: { reviewer: 2, editor: 2 }, excludeRatingSetter: true };
    const outcome = evaluatePolicy(policy, [signoff('e', 'editor'), signoff('r', 'reviewer')], noSetter, HASH);
    expect(outcome).toMatchObject({ met: false, missing: [{ role: 'reviewer', required: 2, counted: 1 }, { role: 'editor', required: 2, counted: 1 }] });
    const full = [signoff('e1', 'editor'), signoff('e2', 'editor'), signoff('r1', 'reviewer'), signoff('a', 'admin')];
    expect(evaluatePolicy(policy, full, noSetter, HASH).met).toBe(true);
  });

  it('never approves content without a verdict or with a blank write-up, and says what is missing', () => {
    const approvals = [signoff('r', 'reviewer'), signoff('e', 'editor')];
    const noWriteup = evaluatePolicy(DEFAULT_SIGNOFF_POLICY, approvals, { ...noSetter, hasWriteup: false }, HASH);
    expect(noWriteup).toMatchObject({ met: false, missing: [], incomplete: 'The write-up is empty: write the explanation before approving.' });
    const noVerdict = evaluatePolicy(DEFAULT_SIGNOFF_POLICY, approvals, { ...noSetter, hasVerdict: false, hasWriteup: false }, HASH);
    expect(noVerdict).toMatchObject({ met: false, incomplete: 'Set a rating and a summary before approving.' });
    // Approvals still missing are reported beside the content problem.
    expect(evaluatePolicy(DEFAULT_SIGNOFF_POLICY, [], { ...noSetter, hasWriteup: false }, HASH)).toMatchObject({ met: false, missing: [{ role: 'reviewer' }, { role: 'editor' }] });
  });

  it('reads the content facts from the content the hash covers: blank means whitespace only', () => {
    const writeup = (text: string) => ({ json: { type: 'doc' }, text });
    expect(contentFacts({ rating: 'false', summary: 'Not so.', writeup: writeup('Because.') })).toEqual({ hasVerdict: true, hasWriteup: true });
    expect(contentFacts({ rating: 'false', summary: 'Not so.', writeup: writeup(' \n\t ') })).toEqual({ hasVerdict: true, hasWriteup: false });
    expect(contentFacts({ rating: 'false', summary: 'Not so.', writeup: null })).toEqual({ hasVerdict: true, hasWriteup: false });
    expect(contentFacts({ rating: null, summary: 'Not so.', writeup: writeup('x') }).hasVerdict).toBe(false);
    expect(contentFacts({ rating: 'false', summary: '   ', writeup: writeup('x') }).hasVerdict).toBe(false);
  });

  it('needs at least one approval even when the policy requires none', () => {
    const empty = { required: {}, excludeRatingSetter: false };
    expect(evaluatePolicy(empty, [], noSetter, HASH).met).toBe(false);
    expect(evaluatePolicy(empty, [signoff('r', 'reviewer')], noSetter, HASH).met).toBe(true);
  });

  it('agrees with a brute-force assignment on random inputs', () => {
    const roleArb = fc.constantFrom(...ROLES);
    fc.assert(
      fc.property(
        fc.record({ reviewer: fc.nat(2), editor: fc.nat(2), admin: fc.nat(1) }),
        fc.array(fc.record({ user: fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5'), role: roleArb, approve: fc.boolean(), fresh: fc.boolean() }), { maxLength: 8 }),
        fc.option(fc.constantFrom('u1', 'u2'), { nil: null }),
        (required, actions, setter) => {
          const policy = { required, excludeRatingSetter: true };
          const facts = actions.map((a) => signoff(a.user, a.role, { decision: a.approve ? 'approve' : 'request_changes', contentHash: a.fresh ? HASH : 'old' }));
          const outcome = evaluatePolicy(policy, facts, { ...complete, ratingSetBy: setter }, HASH);
          // brute force: latest non-stale decision per member, then try every injective assignment
          const latest = new Map<string, SignoffFact>();
          for (const fact of facts) if (fact.contentHash === HASH) latest.set(fact.userId, fact);
          const approvers = [...latest.values()].filter((f) => f.decision === 'approve' && f.userId !== setter);
          const slots = (['admin', 'editor', 'reviewer'] as const).flatMap((role) => Array.from({ length: required[role] }, () => role));
          const assignable = (index: number, used: Set<string>): boolean =>
            index === slots.length ||
            approvers.some((a) => !used.has(a.userId) && atLeast(a.role, slots[index]!) && assignable(index + 1, new Set([...used, a.userId])));
          const expected = slots.length === 0 ? approvers.length > 0 : assignable(0, new Set());
          expect(outcome.met).toBe(expected);
          if (outcome.met) {
            expect(new Set(outcome.approvals.map((a) => a.userId)).size).toBe(outcome.approvals.length);
            expect(outcome.approvals.every((a) => a.contentHash === HASH && a.userId !== setter && a.decision === 'approve')).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

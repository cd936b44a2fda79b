import { atLeast, ROLES, roleRank, type Role } from '../access/roles.js';
import type { SignoffPolicy } from '../newsrooms/newsroom-settings.js';
import { verdictComplete, writeupWritten } from '../tickets/content-facts.js';
import { missingContent } from '../tickets/ticket-lifecycle.js';
import type { SignedContent } from './content-hash.js';

export type SignoffDecision = 'approve' | 'request_changes';

/** One sign-off as the policy sees it. */
export interface SignoffFact {
  id: string;
  userId: string;
  /** The member's role when they signed. */
  role: Role;
  decision: SignoffDecision;
  contentHash: string;
  /** Set when an editor sent the approved ticket back: counts no more whatever the hash. */
  invalidated: boolean;
  givenAt: Date;
}

export interface VerdictFacts {
  /** Who set the current rating, if anyone. */
  ratingSetBy: string | null;
  /** The verdict has a rating and a summary. */
  hasVerdict: boolean;
  /** The write-up's canonical text is not blank. */
  hasWriteup: boolean;
}

/** The content facts of what a sign-off approves, from the very content the hash is computed over. */
export function contentFacts(content: SignedContent): Pick<VerdictFacts, 'hasVerdict' | 'hasWriteup'> {
  return { hasVerdict: verdictComplete(content), hasWriteup: writeupWritten(content.writeup) };
}

export interface MissingApproval {
  role: Role;
  required: number;
  counted: number;
}

export type PolicyOutcome =
  | { met: true; approvals: SignoffFact[] }
  /** `incomplete`: what the content lacks, in words; approvals cannot approve content that is not there. */
  | { met: false; missing: MissingApproval[]; approvals: SignoffFact[]; incomplete?: string };

/** A sign-off is stale once the content it approved is no longer the current content. */
export function isStale(signoff: Pick<SignoffFact, 'contentHash' | 'invalidated'>, currentHash: string): boolean {
  return signoff.invalidated || signoff.contentHash !== currentHash;
}

/**
 * Decides whether the sign-offs given so far approve the current content.
 *
 * Only non-stale sign-offs count, and of those only each member's latest one
 * (a member who approved and then asked for changes does not approve). The
 * rating setter is excluded when the policy says so. Each member fills at most
 * one slot, so "one reviewer and one editor" always means two people.
 *
 * Slots are filled from the most demanding role down, each time with the
 * least senior eligible member: roles are totally ordered, so this greedy
 * assignment finds a complete one whenever one exists.
 *
 * Content without a verdict or with a blank write-up is never approved,
 * whatever the sign-offs (the lifecycle's own reason says what is missing).
 */
export function evaluatePolicy(policy: SignoffPolicy, signoffs: readonly SignoffFact[], facts: VerdictFacts, currentHash: string): PolicyOutcome {
  const latest = new Map<string, SignoffFact>();
  for (const signoff of [...signoffs].sort((a, b) => a.givenAt.getTime() - b.givenAt.getTime())) {
    if (isStale(signoff, currentHash)) continue;
    latest.set(signoff.userId, signoff);
  }
  const eligible = [...latest.values()]
    .filter((signoff) => signoff.decision === 'approve')
    .filter((signoff) => !(policy.excludeRatingSetter && facts.ratingSetBy !== null && signoff.userId === facts.ratingSetBy))
    .sort((a, b) => roleRank(a.role) - roleRank(b.role) || a.givenAt.getTime() - b.givenAt.getTime());

  const requirements = requiredByRole(policy);
  const used = new Set<string>();
  const approvals: SignoffFact[] = [];
  const missing: MissingApproval[] = [];
  for (const { role, required } of requirements) {
    let counted = 0;
    for (const signoff of eligible) {
      if (counted >= required) break;
      if (used.has(signoff.id) || !atLeast(signoff.role, role)) continue;
      used.add(signoff.id);
      approvals.push(signoff);
      counted++;
    }
    if (counted < required) missing.push({ role, required, counted });
  }
  // A policy that requires nothing would publish unreviewed content: at least one approval always.
  if (requirements.length === 0 && eligible.length === 0) missing.push({ role: 'reviewer', required: 1, counted: 0 });
  if (requirements.length === 0 && eligible[0]) approvals.push(eligible[0]);
  missing.sort((a, b) => roleRank(a.role) - roleRank(b.role));
  const incomplete = missingContent('approve', facts);
  if (incomplete) return { met: false, missing, approvals, incomplete };
  return missing.length === 0 ? { met: true, approvals } : { met: false, missing, approvals };
}

/** The policy's positive requirements, most demanding role first. */
function requiredByRole(policy: SignoffPolicy): { role: Role; required: number }[] {
  return [...ROLES]
    .reverse()
    .map((role) => ({ role, required: Math.max(0, Math.floor(policy.required[role] ?? 0)) }))
    .filter((entry) => entry.required > 0);
}

/** A human sentence for what is still missing, e.g. "1 more approval by an editor or higher". */
export function describeMissing(missing: readonly MissingApproval[]): string {
  return missing
    .map(({ role, required, counted }) => {
      const more = required - counted;
      return `${more} more approval${more === 1 ? '' : 's'} by ${role === 'editor' || role === 'admin' ? 'an' : 'a'} ${role} or higher`;
    })
    .join('; ');
}

import type { Role } from '../access/roles.js';

export type MembershipChange = { kind: 'role'; to: Role } | { kind: 'remove' };

/**
 * A newsroom always keeps at least one admin: the last one can be neither
 * demoted nor removed (there would be nobody left to manage members).
 */
export function membershipChangeProblem(current: Role, change: MembershipChange, adminCount: number): 'last_admin' | undefined {
  if (current !== 'admin' || adminCount > 1) return undefined;
  if (change.kind === 'remove' || change.to !== 'admin') return 'last_admin';
  return undefined;
}

import { atLeast, type Role } from './roles.js';

/**
 * Everything a member can try to do inside a newsroom. The matrix below is the
 * single source of truth: route guards, services, the live-editing gateway and
 * the web client all ask it.
 */
export const ACTIONS = [
  'newsroom.read',
  'newsroom.manage',
  'member.read',
  'member.manage',
  'ticket.read',
  'ticket.create',
  'ticket.update',
  'ticket.transition',
  'ticket.assign',
  'evidence.write',
  'verdict.write',
  'writeup.edit',
  'writeup.restore',
  'signoff.review',
  'signoff.edit',
  'ticket.publish',
  'audit.read',
  'audit.verify',
  'webhook.manage',
  'intake.read',
  'intake.submit',
  'outlet.manage',
  'appearance.add',
] as const;
export type Action = (typeof ACTIONS)[number];

interface Rule {
  /** Lowest role allowed on every ticket. */
  any: Role;
  /** Lower role allowed only on tickets the member is assigned to. */
  assigned?: Role;
}

const MATRIX: Record<Action, Rule> = {
  'newsroom.read': { any: 'viewer' },
  'newsroom.manage': { any: 'admin' },
  'member.read': { any: 'viewer' },
  'member.manage': { any: 'admin' },
  'ticket.read': { any: 'viewer' },
  'ticket.create': { any: 'researcher' },
  'ticket.update': { any: 'reviewer', assigned: 'researcher' },
  'ticket.transition': { any: 'reviewer', assigned: 'researcher' },
  'ticket.assign': { any: 'editor' },
  'evidence.write': { any: 'reviewer', assigned: 'researcher' },
  'verdict.write': { any: 'reviewer', assigned: 'researcher' },
  'writeup.edit': { any: 'reviewer', assigned: 'researcher' },
  // Replacing the whole write-up (from a kept version, or clearing it) overrides everyone's work: editors.
  'writeup.restore': { any: 'editor' },
  'signoff.review': { any: 'reviewer' },
  'signoff.edit': { any: 'editor' },
  'ticket.publish': { any: 'editor' },
  'audit.read': { any: 'viewer' },
  'audit.verify': { any: 'editor' },
  'webhook.manage': { any: 'admin' },
  'intake.read': { any: 'viewer' },
  'intake.submit': { any: 'researcher' },
  'outlet.manage': { any: 'editor' },
  // Recording one more place a claim appeared (intake) changes neither the claim nor the verdict: any researcher triaging articles may.
  'appearance.add': { any: 'researcher' },
};

export interface TicketRelation {
  /** The member is assigned to the ticket being acted on. */
  assigned: boolean;
}

/** May a member with `role` do `action`, on a ticket with the given relation? */
export function can(role: Role, action: Action, relation: TicketRelation = { assigned: false }): boolean {
  const rule = MATRIX[action];
  if (atLeast(role, rule.any)) return true;
  return relation.assigned && rule.assigned !== undefined && atLeast(role, rule.assigned);
}

/** Lowest role that may ever do `action` (on some ticket): what a route guard checks. */
export function minimumRole(action: Action): Role {
  const rule = MATRIX[action];
  return rule.assigned ?? rule.any;
}

/** The whole matrix for one role, as the web client shows it. */
export function permissionsOf(role: Role): Record<Action, 'any' | 'assigned' | 'none'> {
  return Object.fromEntries(
    ACTIONS.map((action) => [
      action,
      can(role, action) ? 'any' : can(role, action, { assigned: true }) ? 'assigned' : 'none',
    ]),
  ) as Record<Action, 'any' | 'assigned' | 'none'>;
}

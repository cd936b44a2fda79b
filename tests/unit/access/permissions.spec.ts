import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ACTIONS, type Action, can, minimumRole, permissionsOf } from '../../../src/access/permissions.js';
import { atLeast, isRole, ROLES, type Role } from '../../../src/access/roles.js';

/** The matrix as API.md states it, written out cell by cell: 'any', 'assigned' (only on own tickets) or '-'. */
const EXPECTED: Record<Action, [Role, string][]> = {
  'newsroom.read': [['viewer', 'any']],
  'newsroom.manage': [['admin', 'any']],
  'member.read': [['viewer', 'any']],
  'member.manage': [['admin', 'any']],
  'ticket.read': [['viewer', 'any']],
  'ticket.create': [['researcher', 'any']],
  'ticket.update': [['researcher', 'assigned'], ['reviewer', 'any']],
  'ticket.transition': [['researcher', 'assigned'], ['reviewer', 'any']],
  'ticket.assign': [['editor', 'any']],
  'evidence.write': [['researcher', 'assigned'], ['reviewer', 'any']],
  'verdict.write': [['researcher', 'assigned'], ['reviewer', 'any']],
  'writeup.edit': [['researcher', 'assigned'], ['reviewer', 'any']],
  'writeup.restore': [['editor', 'any']],
  'signoff.review': [['reviewer', 'any']],
  'signoff.edit': [['editor', 'any']],
  'ticket.publish': [['editor', 'any']],
  'audit.read': [['viewer', 'any']],
  'audit.verify': [['editor', 'any']],
  'webhook.manage': [['admin', 'any']],
  'intake.read': [['viewer', 'any']],
  'intake.submit': [['researcher', 'any']],
  'outlet.manage': [['editor', 'any']],
  'appearance.add': [['researcher', 'any']],
};

function expected(role: Role, action: Action): 'any' | 'assigned' | 'none' {
  let result: 'any' | 'assigned' | 'none' = 'none';
  for (const [from, what] of EXPECTED[action]) if (atLeast(role, from)) result = what as 'any' | 'assigned';
  return result;
}

describe('roles', () => {
  it('are ordered viewer < researcher < reviewer < editor < admin', () => {
    expect(ROLES).toEqual(['viewer', 'researcher', 'reviewer', 'editor', 'admin']);
    expect(atLeast('editor', 'reviewer')).toBe(true);
    expect(atLeast('reviewer', 'editor')).toBe(false);
    expect(isRole('admin')).toBe(true);
    expect(isRole('owner')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});

describe('permission matrix', () => {
  it('covers every action', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(ROLES.flatMap((role) => ACTIONS.map((action) => [role, action] as const)))('%s × %s matches API.md', (role, action) => {
    const cell = expected(role, action);
    expect(permissionsOf(role)[action]).toBe(cell);
    expect(can(role, action)).toBe(cell === 'any');
    expect(can(role, action, { assigned: true })).toBe(cell !== 'none');
  });

  it('minimumRole is the weakest role that may act on some ticket (what the route guard checks)', () => {
    for (const action of ACTIONS) {
      const weakest = ROLES.find((role) => can(role, action, { assigned: true }));
      expect(minimumRole(action)).toBe(weakest);
    }
  });

  it('is monotonic: a stronger role may do everything a weaker one may', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), fc.constantFrom(...ROLES), fc.constantFrom(...ACTIONS), fc.boolean(), (a, b, action, assigned) => {
        const [weak, strong] = atLeast(a, b) ? [b, a] : [a, b];
        return !can(weak, action, { assigned }) || can(strong, action, { assigned });
      }),
    );
  });

  it('only admins manage the newsroom and its members', () => {
    for (const role of ROLES) {
      expect(can(role, 'member.manage')).toBe(role === 'admin');
      expect(can(role, 'newsroom.manage')).toBe(role === 'admin');
    }
  });
});

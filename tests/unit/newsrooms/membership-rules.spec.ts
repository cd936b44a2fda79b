import { describe, expect, it } from '@jest/globals';
import { ROLES } from '../../../src/access/roles.js';
import { membershipChangeProblem } from '../../../src/newsrooms/membership-rules.js';
import { SLUG_PATTERN } from '../../../src/newsrooms/slug.js';

describe('membership rules', () => {
  it('refuses demoting or removing the last admin', () => {
    for (const to of ROLES.filter((role) => role !== 'admin')) expect(membershipChangeProblem('admin', { kind: 'role', to }, 1)).toBe('last_admin');
    expect(membershipChangeProblem('admin', { kind: 'remove' }, 1)).toBe('last_admin');
  });

  it('allows it when another admin remains, and never restricts other roles', () => {
    expect(membershipChangeProblem('admin', { kind: 'role', to: 'viewer' }, 2)).toBeUndefined();
    expect(membershipChangeProblem('admin', { kind: 'remove' }, 2)).toBeUndefined();
    expect(membershipChangeProblem('admin', { kind: 'role', to: 'admin' }, 1)).toBeUndefined();
    expect(membershipChangeProblem('editor', { kind: 'remove' }, 1)).toBeUndefined();
    expect(membershipChangeProblem('viewer', { kind: 'role', to: 'admin' }, 0)).toBeUndefined();
  });

  it('slugs are 2-40 lower-case letters, digits and inner dashes', () => {
    for (const good of ['ab', 'demo', 'the-desk-2026', 'a'.repeat(40)]) expect(SLUG_PATTERN.test(good)).toBe(true);
    for (const bad of ['a', 'Demo', '-desk', 'desk-', 'a'.repeat(41), 'de sk', 'dé']) expect(SLUG_PATTERN.test(bad)).toBe(false);
  });
});

import { describe, expect, it } from '@jest/globals';
import type { MemberContext } from '../../../src/access/actor.js';
import { assertMemberCan } from '../../../src/access/resource-access.js';
import type { Role } from '../../../src/access/roles.js';
import { AppError } from '../../../src/common/errors/app-error.js';

const member = (role: Role): MemberContext => ({ userId: 'u', sessionId: 's', newsroomId: 'n', slug: 'desk', role });

function refusal(fn: () => void): AppError | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error as AppError;
  }
}

describe('assertMemberCan', () => {
  it('lets a researcher edit evidence of a ticket assigned to them, and refuses it otherwise with a precise reason', () => {
    expect(refusal(() => assertMemberCan(member('researcher'), 'evidence.write', { assigned: true }))).toBeUndefined();
    const refused = refusal(() => assertMemberCan(member('researcher'), 'evidence.write', { assigned: false }));
    expect(refused).toBeInstanceOf(AppError);
    expect(refused?.code).toBe('forbidden');
    expect(refused?.detail).toMatch(/assigned to you/);
    // What the problem filter logs with the request's route and id (never sent to the client).
    expect(refused?.refusal).toEqual({ userId: 'u', newsroomId: 'n', action: 'evidence.write', reason: 'role researcher may evidence.write only on tickets assigned to them' });
  });

  it('refuses what the role may never do, and allows reviewers on any ticket', () => {
    expect(refusal(() => assertMemberCan(member('viewer'), 'evidence.write', { assigned: true }))?.detail).toMatch(/may not/);
    expect(refusal(() => assertMemberCan(member('reviewer'), 'evidence.write', { assigned: false }))).toBeUndefined();
  });
});

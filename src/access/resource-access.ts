import { AppError } from '../common/errors/app-error.js';
import type { MemberContext } from './actor.js';
import { type Action, can, type TicketRelation } from './permissions.js';

/**
 * The service-layer half of access control: "may this member do `action` on
 * this ticket", asked of the same matrix as the route guard. A refusal is
 * answered 403 and logged by the problem filter (user, newsroom, action,
 * reason, with the request's route and id).
 */
export function assertMemberCan(member: MemberContext, action: Action, relation: TicketRelation): void {
  if (can(member.role, action, relation)) return;
  const onlyAssigned = can(member.role, action, { assigned: true });
  const reason = onlyAssigned ? `role ${member.role} may ${action} only on tickets assigned to them` : `role ${member.role} may not ${action}`;
  throw AppError.refused(
    'forbidden',
    onlyAssigned ? `Your role (${member.role}) may do this only on tickets assigned to you.` : `Your role (${member.role}) may not do this.`,
    { userId: member.userId, newsroomId: member.newsroomId, action, reason },
  );
}

import { decide, LIFECYCLE, type LifecycleAction } from '../../../src/tickets/ticket-lifecycle';
import type { NewsroomMembership, Ticket, TicketStatus } from '../api/types';

export interface Step {
  action: LifecycleAction;
  to: TicketStatus;
  label: string;
  /** Asks for a note before moving (a reason a colleague will read). */
  needsNote?: boolean;
  tone?: 'danger';
}

const LABELS: Partial<Record<LifecycleAction, Omit<Step, 'action' | 'to'>>> = {
  assign: { label: 'Mark assigned' },
  start: { label: 'Start research' },
  draft: { label: 'Start drafting' },
  submit: { label: 'Submit for review' },
  request_changes: { label: 'Send back to drafting', needsNote: true },
  send_back: { label: 'Send back to drafting', needsNote: true },
  reject: { label: 'Reject', needsNote: true, tone: 'danger' },
  reopen: { label: 'Reopen' },
};

/**
 * The moves this member may make from the ticket screen: the server's own
 * lifecycle table and judge (`decide`), asked for every move available
 * through the transitions route. Publishing, corrections, retraction and
 * approval have their own panels.
 */
export function nextSteps(ticket: Ticket, membership: NewsroomMembership, userId: string): Step[] {
  const facts = {
    assigned: ticket.assignees.some((a) => a.userId === userId),
    hasResearcher: ticket.assignees.some((a) => a.role === 'researcher') || ticket.assignees.length > 0,
    channel: 'transitions' as const,
  };
  return LIFECYCLE.filter((rule) => rule.from.includes(ticket.status) && rule.via.includes('transitions'))
    .filter((rule) => decide(ticket.status, rule.action, membership.role, facts).ok)
    .map((rule) => ({ action: rule.action, to: rule.to, ...(LABELS[rule.action] ?? { label: rule.action.replace('_', ' ') }) }));
}

// Explicit extensions and structural types: the unit tests compile this module with the server's settings.
import type { Role } from '../../../src/access/roles.js';
import type { NewsroomSettings } from '../../../src/newsrooms/newsroom-settings.js';
import { verdictComplete } from '../../../src/tickets/content-facts.js';
import { decide, LIFECYCLE, type LifecycleAction, type TransitionFacts } from '../../../src/tickets/ticket-lifecycle.js';
import type { TicketStatus } from '../../../src/tickets/ticket-status.js';

/** What the next steps read of a ticket (a `Ticket` of the API fits). */
export interface StepTicket {
  status: TicketStatus;
  rating: string | null;
  summary: string | null;
  assignees: readonly { userId: string; role: string }[];
}

export interface Step {
  action: LifecycleAction;
  to: TicketStatus;
  label: string;
  /** Asks for a note before moving (a reason a colleague will read). */
  needsNote?: boolean;
  tone?: 'danger';
  /** The move exists for this member but the ticket lacks something first: what, in words. */
  blocked?: string;
}

const LABELS: Partial<Record<LifecycleAction, Omit<Step, 'action' | 'to'>>> = {
  assign: { label: 'Mark assigned' },
  take: { label: 'Take this ticket' },
  start: { label: 'Start research' },
  draft: { label: 'Start drafting' },
  submit: { label: 'Submit for review' },
  request_changes: { label: 'Send back to drafting', needsNote: true },
  send_back: { label: 'Send back to drafting', needsNote: true },
  reject: { label: 'Reject', needsNote: true, tone: 'danger' },
  reopen: { label: 'Reopen' },
};

/** The routes whose moves the ticket screen's "next steps" offer; sign-off and publishing have their own panels. */
const OFFERED: readonly TransitionFacts['channel'][] = ['transitions', 'take'];

/**
 * The moves this member may make from the ticket screen: the server's own
 * lifecycle table and judge (`decide`), asked with the facts the server will
 * use. A move refused only for what the ticket lacks (a 409 state conflict:
 * no verdict yet) is kept, marked `blocked` with the reason, so the screen
 * can say what is missing; moves refused for the role or the state are left out.
 */
export function nextSteps(ticket: StepTicket, membership: { role: Role }, userId: string, settings?: Pick<NewsroomSettings, 'selfAssignment'>): Step[] {
  const steps: Step[] = [];
  for (const rule of LIFECYCLE) {
    const channel = OFFERED.find((candidate) => rule.via.includes(candidate));
    if (!channel || !rule.from.includes(ticket.status)) continue;
    const decision = decide(ticket.status, rule.action, membership.role, {
      assigned: ticket.assignees.some((a) => a.userId === userId),
      hasResearcher: ticket.assignees.some((a) => a.role === 'researcher'),
      hasVerdict: verdictComplete(ticket),
      // Until the settings arrive, do not offer what the newsroom may not allow.
      selfAssignment: settings?.selfAssignment ?? false,
      channel,
    });
    if (!decision.ok && decision.kind !== 'state_conflict') continue;
    // A researcher is assigned from the assignees panel: "Mark assigned" without one says nothing useful.
    if (!decision.ok && rule.action === 'assign') continue;
    const words = LABELS[rule.action] ?? { label: rule.action.replace('_', ' ') };
    steps.push({ action: rule.action, to: rule.to, ...words, ...(decision.ok ? {} : { blocked: decision.reason }) });
  }
  return steps;
}

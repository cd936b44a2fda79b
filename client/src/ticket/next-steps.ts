import { allowed } from '../api/desk';
import type { NewsroomMembership, Ticket, TicketStatus } from '../api/types';

export interface Step {
  to: TicketStatus;
  label: string;
  /** Asks for a note before moving (a reason a colleague will read). */
  needsNote?: boolean;
  tone?: 'danger';
}

/**
 * The lifecycle's moves a member can start from the ticket screen, mirroring
 * the product contract. Publishing, corrections and retraction have their own
 * panel; approval happens through sign-off. The server decides in the end:
 * a refused move is explained in words.
 */
const MOVES: Partial<Record<TicketStatus, Step[]>> = {
  new: [{ to: 'assigned', label: 'Mark assigned' }],
  assigned: [{ to: 'researching', label: 'Start research' }],
  researching: [{ to: 'drafting', label: 'Start drafting' }],
  drafting: [
    { to: 'researching', label: 'Back to research' },
    { to: 'in_review', label: 'Submit for review' },
  ],
  in_review: [{ to: 'drafting', label: 'Back to drafting', needsNote: true }],
};

const REJECTABLE: TicketStatus[] = ['new', 'assigned', 'researching', 'drafting', 'in_review'];

export function nextSteps(ticket: Ticket, membership: NewsroomMembership, userId: string): Step[] {
  const steps: Step[] = [];
  const mayMove = allowed(membership, 'ticket.transition', ticket, userId);
  const isEditor = allowed(membership, 'ticket.assign');
  for (const step of MOVES[ticket.status] ?? []) {
    if (step.to === 'assigned' ? isEditor && ticket.assignees.length > 0 : mayMove) steps.push(step);
  }
  if (isEditor && REJECTABLE.includes(ticket.status)) steps.push({ to: 'rejected', label: 'Reject', needsNote: true, tone: 'danger' });
  return steps;
}

/** Ticket states, as in the product contract's lifecycle. */
export const TICKET_STATUSES = [
  'new',
  'assigned',
  'researching',
  'drafting',
  'in_review',
  'approved',
  'published',
  'rejected',
  'retracted',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** States in which the write-up (and the verdict) may be edited by writers. */
export const EDITABLE_STATUSES: readonly TicketStatus[] = ['researching', 'drafting', 'in_review'];

export function isEditableStatus(status: TicketStatus): boolean {
  return EDITABLE_STATUSES.includes(status);
}

export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

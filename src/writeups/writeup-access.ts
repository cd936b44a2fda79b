import { can } from '../access/permissions.js';
import type { Role } from '../access/roles.js';
import { isEditableStatus, type TicketStatus } from '../tickets/ticket-status.js';

export interface CollabFacts {
  role: Role;
  /** The member is assigned to the ticket. */
  assigned: boolean;
  status: TicketStatus;
}

/**
 * Whether a member's live connection to a ticket's write-up may write: the
 * role must allow editing this ticket and the ticket must be in an editable
 * state. Everyone else who may read the ticket gets a read-only connection.
 */
export function mayWrite({ role, assigned, status }: CollabFacts): boolean {
  return can(role, 'writeup.edit', { assigned }) && isEditableStatus(status);
}

const PALETTE = ['#d62828', '#f77f00', '#2a9d8f', '#264653', '#6a4c93', '#1982c4', '#8ac926', '#ff595e', '#b5179e', '#3a86ff'];

/** A stable presence colour per user, so a person looks the same to everyone. */
export function presenceColour(userId: string): string {
  let hash = 0;
  for (let i = 0; i < userId.length; i += 1) hash = (hash * 31 + userId.charCodeAt(i)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}

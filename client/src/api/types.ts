import type { Action } from '../../../src/access/permissions';
import type { Role } from '../../../src/access/roles';
import type { NewsroomSettings, RatingDefinition, SignoffPolicy } from '../../../src/newsrooms/newsroom-settings';
import type { TicketPriority, TicketStatus } from '../../../src/tickets/ticket-status';

// The pure vocabulary (roles, actions, states, settings) is shared with the
// server's own modules so the two can never disagree on a name.
export type { Action, NewsroomSettings, RatingDefinition, Role, SignoffPolicy, TicketPriority, TicketStatus };

export interface User {
  id: string;
  email: string;
  displayName: string;
}

export type PermissionMap = Record<Action, 'any' | 'assigned' | 'none'>;

export interface NewsroomMembership {
  slug: string;
  name: string;
  role: Role;
  permissions: PermissionMap;
}

export interface Me {
  user: User;
  newsrooms: NewsroomMembership[];
}

export interface Appearance {
  url: string;
  outlet?: string;
  title?: string;
  publishedAt?: string;
}

export interface Assignee {
  userId: string;
  displayName?: string;
  role?: string;
}

export interface Ticket {
  id: string;
  number: number;
  claim: string;
  claimant: string | null;
  claimDate?: string | null;
  appearances: Appearance[];
  priority: TicketPriority;
  dueAt: string | null;
  tags: string[];
  status: TicketStatus;
  version: number;
  rating: string | null;
  summary: string | null;
  ratingSetBy?: string | null;
  assignees: Assignee[];
  createdAt: string;
  updatedAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

export type Stance = 'supports' | 'refutes' | 'context';
export type Reliability = 'high' | 'medium' | 'low' | 'unknown';

export interface Evidence {
  id: string;
  url?: string | null;
  title: string;
  note?: string | null;
  stance: Stance;
  reliability: Reliability;
  createdAt?: string;
  version?: number;
}

export interface Signoff {
  id: string;
  userId: string;
  displayName?: string;
  role: Role;
  decision: 'approve' | 'request_changes';
  note?: string | null;
  contentHash: string;
  stale: boolean;
  createdAt: string;
}

export interface HistoryEntry {
  id: string | number;
  action: string;
  actorId?: string | null;
  actorName?: string | null;
  at: string;
  detail?: Record<string, unknown> | null;
}

export interface Member {
  userId: string;
  email?: string;
  displayName: string;
  role: Role;
}

export interface Publication {
  id: string;
  version: number;
  url?: string;
  publishedAt?: string;
}

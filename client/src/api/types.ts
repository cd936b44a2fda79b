import type { Action } from '../../../src/access/permissions';
import type { Role } from '../../../src/access/roles';
import type { NewsroomSettings, RatingDefinition, SignoffPolicy } from '../../../src/newsrooms/newsroom-settings';
import type { TicketPriority, TicketStatus } from '../../../src/tickets/ticket-status';
import type { components } from './schema';

// The pure vocabulary (roles, actions, states, settings) is shared with the
// server's own modules; payloads come from the generated OpenAPI types.
export type { Action, NewsroomSettings, RatingDefinition, Role, SignoffPolicy, TicketPriority, TicketStatus };

type Schemas = components['schemas'];
export type User = Schemas['UserDto'];
export type PermissionMap = Record<Action, 'any' | 'assigned' | 'none'>;
export type NewsroomMembership = Schemas['MyNewsroomDto'] & { permissions: PermissionMap };
export interface Me {
  user: User;
  newsrooms: NewsroomMembership[];
}
export type Assignee = Schemas['AssigneeDto'];
/** A queue row or a ticket's detail; assignees are always present (empty when none). */
export type Ticket = Schemas['TicketDto'] & { assignees: Assignee[] };
export type Evidence = Schemas['EvidenceDto'];
export type Stance = Evidence['stance'];
export type Reliability = Evidence['sourceReliability'];
export type Signoff = Schemas['SignoffDto'];
export type SignoffList = Schemas['SignoffListDto'];
export type HistoryEntry = Schemas['AuditEntryDto'];
export type Member = Schemas['MemberDto'];
export type Invitation = Schemas['InvitationDto'];
export type CreatedInvitation = Schemas['CreatedInvitationDto'];
export type Publication = Schemas['PublicationResultDto'];
export type Webhook = Schemas['WebhookDto'];
export type WebhookEvent = Schemas['CreateWebhookDto']['events'][number];

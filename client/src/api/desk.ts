import { can, permissionsOf } from '../../../src/access/permissions';
import { resolveSettings } from '../../../src/newsrooms/newsroom-settings';
import { api, call } from './http';
import { saveSession, sessionFromTokens } from './session';
import type {
  Action,
  Evidence,
  CreatedInvitation,
  HistoryEntry,
  Invitation,
  Me,
  Member,
  NewsroomMembership,
  NewsroomSettings,
  Publication,
  Role,
  SignoffList,
  Ticket,
  TicketStatus,
  Webhook,
  WebhookEvent,
} from './types';

/**
 * Every call the web client makes to the desk, through the client typed from
 * the desk's OpenAPI document: a change of the API that breaks a screen fails
 * the type check once `npm run openapi:write` has run.
 */

// Some operations do not declare their `{slug}` path parameter in the
// document yet; openapi-fetch fills the path from `params.path` all the same.
const at = (slug: string) => ({ params: { path: { slug } as never } });
const atTicket = (slug: string, id: string) => ({ params: { path: { slug, id } as never } });

export async function login(email: string, password: string): Promise<void> {
  const tokens = await call(api.POST('/api/auth/login', { body: { email, password } }));
  saveSession(sessionFromTokens(tokens as unknown as Record<string, unknown>));
}

export async function register(email: string, password: string, displayName: string, invitationToken?: string): Promise<void> {
  const tokens = await call(api.POST('/api/auth/register', { body: { email, password, displayName, ...(invitationToken ? { invitationToken } : {}) } }));
  saveSession(sessionFromTokens(tokens as unknown as Record<string, unknown>));
}

export async function logout(refreshToken?: string): Promise<void> {
  await call(api.POST('/api/auth/logout', { body: (refreshToken ? { refreshToken } : {}) as never })).catch(() => undefined);
  saveSession(undefined);
}

export async function fetchMe(): Promise<Me> {
  const me = await call(api.GET('/api/me'));
  return {
    user: me.user,
    newsrooms: me.newsrooms.map((n) => ({ ...n, permissions: { ...permissionsOf(n.role), ...(n.permissions as Partial<NewsroomMembership['permissions']>) } })),
  };
}

/** May this member do `action` on this ticket? The server's own matrix, with the grants /api/me reported. */
export function allowed(membership: NewsroomMembership, action: Action, ticket?: Ticket, userId?: string): boolean {
  const assigned = !!ticket && !!userId && ticket.assignees.some((a) => a.userId === userId);
  const grant = membership.permissions[action];
  if (grant) return grant === 'any' || (grant === 'assigned' && assigned);
  return can(membership.role, action, { assigned });
}

export async function createNewsroom(name: string, slug: string): Promise<void> {
  await call(api.POST('/api/newsrooms', { body: { name, slug } }));
}

// ---------------------------------------------------------------- tickets

export interface QueueFilters {
  status?: string;
  assignee?: string;
  mine?: boolean;
  tag?: string;
  q?: string;
  dueBefore?: string;
  sort?: 'updated' | 'due' | 'priority';
  cursor?: string;
}

type Raw = Omit<Ticket, 'assignees'> & { assignees?: Ticket['assignees']; assigneeIds?: string[] };

/** Queue rows name assignees by id only; the detail carries names. */
export function ticketOf(raw: Raw): Ticket {
  return { ...raw, assignees: raw.assignees ?? (raw.assigneeIds ?? []).map((userId) => ({ userId, displayName: '', role: 'researcher', assignedBy: '', assignedAt: '' })) };
}

export async function listTickets(slug: string, filters: QueueFilters, signal?: AbortSignal): Promise<{ items: Ticket[]; nextCursor: string | null }> {
  const query = {
    status: filters.status ? [filters.status] : undefined,
    assignee: filters.mine ? undefined : filters.assignee || undefined,
    mine: filters.mine ? ('true' as const) : undefined,
    tag: filters.tag || undefined,
    q: filters.q || undefined,
    dueBefore: filters.dueBefore,
    sort: filters.sort,
    cursor: filters.cursor,
    limit: 50,
  };
  const page = await call(api.GET('/api/newsrooms/{slug}/tickets', { params: { path: { slug } as never, query }, signal }));
  return { items: page.items.map(ticketOf), nextCursor: page.nextCursor ?? null };
}

export interface TicketDetail {
  ticket: Ticket;
  evidence: Evidence[];
  history: HistoryEntry[];
}

export async function getTicket(slug: string, id: string): Promise<TicketDetail> {
  const detail = await call(api.GET('/api/newsrooms/{slug}/tickets/{id}', atTicket(slug, id)));
  const { evidence, history, ...ticket } = detail;
  return { ticket: ticketOf(ticket), evidence, history };
}

export interface NewTicket {
  claim: string;
  claimant?: string;
  tags?: string[];
  dueAt?: string;
  appearances?: { url: string; outlet?: string }[];
}

export async function createTicket(slug: string, input: NewTicket): Promise<Ticket> {
  // The generated type says `claimant`/`dueAt` are objects (the DTO's nullable
  // strings lack an explicit type); the API takes strings.
  return ticketOf(await call(api.POST('/api/newsrooms/{slug}/tickets', { ...at(slug), body: input as never })));
}

export interface TicketChanges {
  claim?: string;
  claimant?: string | null;
  appearances?: { url: string; outlet?: string; title?: string }[];
  tags?: string[];
  priority?: Ticket['priority'];
  dueAt?: string | null;
}

export async function updateTicket(slug: string, ticket: Ticket, changes: TicketChanges): Promise<void> {
  // As for creation, the generated type mistakes the nullable strings for objects.
  await call(api.PATCH('/api/newsrooms/{slug}/tickets/{id}', { ...atTicket(slug, ticket.id), body: { ...changes, version: ticket.version } as never }));
}

export async function transition(slug: string, ticket: Ticket, to: TicketStatus, note?: string): Promise<Ticket> {
  const moved = await call(api.POST('/api/newsrooms/{slug}/tickets/{id}/transitions', { ...atTicket(slug, ticket.id), body: { to, note: note || undefined, version: ticket.version } }));
  return ticketOf({ ...moved, assignees: ticket.assignees });
}

export async function addAssignee(slug: string, ticket: Ticket, userId: string, role: 'researcher' | 'reviewer'): Promise<void> {
  await call(api.POST('/api/newsrooms/{slug}/tickets/{id}/assignees', { ...atTicket(slug, ticket.id), body: { userId, role, version: ticket.version } }));
}

export async function removeAssignee(slug: string, ticket: Ticket, userId: string): Promise<void> {
  await call(api.DELETE('/api/newsrooms/{slug}/tickets/{id}/assignees', { ...atTicket(slug, ticket.id), body: { userId, version: ticket.version } }));
}

export type EvidenceInput = Pick<Evidence, 'url' | 'title' | 'note' | 'stance' | 'sourceReliability'>;

export async function addEvidence(slug: string, ticketId: string, input: EvidenceInput): Promise<Evidence> {
  return call(api.POST('/api/newsrooms/{slug}/tickets/{id}/evidence', { ...atTicket(slug, ticketId), body: clean(input) as never }));
}

export async function editEvidence(slug: string, ticketId: string, evidence: Evidence, input: EvidenceInput): Promise<Evidence> {
  return call(
    api.PATCH('/api/newsrooms/{slug}/tickets/{id}/evidence/{evidenceId}', {
      params: { path: { slug, id: ticketId, evidenceId: evidence.id } },
      body: { ...clean(input), version: evidence.version } as never,
    }),
  );
}

export async function setVerdict(slug: string, ticket: Ticket, rating: string, summary: string): Promise<Ticket> {
  const saved = await call(api.PUT('/api/newsrooms/{slug}/tickets/{id}/verdict', { ...atTicket(slug, ticket.id), body: { rating, summary, version: ticket.version } }));
  return ticketOf({ ...saved, assignees: ticket.assignees });
}

// ---------------------------------------------------------------- sign-off and publishing

export async function listSignoffs(slug: string, ticketId: string): Promise<SignoffList> {
  return call(api.GET('/api/newsrooms/{slug}/tickets/{id}/signoffs', atTicket(slug, ticketId)));
}

export async function signOff(slug: string, ticketId: string, decision: 'approve' | 'request_changes', note: string): Promise<void> {
  await call(api.POST('/api/newsrooms/{slug}/tickets/{id}/signoffs', { ...atTicket(slug, ticketId), body: { decision, note: note || undefined } }));
}

export async function publish(slug: string, ticket: Ticket): Promise<Publication> {
  return call(api.POST('/api/newsrooms/{slug}/tickets/{id}/publish', { ...atTicket(slug, ticket.id), body: { version: ticket.version } }));
}

export async function correct(slug: string, ticket: Ticket, note: string): Promise<Publication> {
  return call(api.POST('/api/newsrooms/{slug}/tickets/{id}/corrections', { ...atTicket(slug, ticket.id), body: { note } }));
}

export async function retract(slug: string, ticket: Ticket, reason: string): Promise<Publication> {
  return call(api.POST('/api/newsrooms/{slug}/tickets/{id}/retract', { ...atTicket(slug, ticket.id), body: { reason } }));
}

/** The public page of a ticket's verdict (it exists once the ticket was first published). */
export function publicPageUrl(slug: string, ticketId: string): string {
  return `/public/${encodeURIComponent(slug)}/verdicts/${encodeURIComponent(ticketId)}`;
}

// ---------------------------------------------------------------- newsroom settings

export async function getSettings(slug: string): Promise<{ name: string; settings: NewsroomSettings }> {
  const newsroom = await call(api.GET('/api/newsrooms/{slug}', at(slug)));
  return { name: newsroom.name, settings: resolveSettings(newsroom.settings as unknown as Record<string, unknown>) };
}

export async function saveSettings(slug: string, patch: { name?: string; settings?: Partial<NewsroomSettings> }): Promise<void> {
  await call(api.PATCH('/api/newsrooms/{slug}', { ...at(slug), body: patch as never }));
}

export async function listMembers(slug: string): Promise<Member[]> {
  return call(api.GET('/api/newsrooms/{slug}/members', at(slug)));
}

/** Invites someone (they join only by accepting); the answer carries the single-use token, shown only now. */
export async function inviteMember(slug: string, email: string, role: Role): Promise<CreatedInvitation> {
  return call(api.POST('/api/newsrooms/{slug}/invitations', { ...at(slug), body: { email, role } }));
}

/** Joins the newsroom of an invitation sent to the signed-in person's email. */
export async function acceptInvitation(token: string): Promise<{ slug: string }> {
  return call(api.POST('/api/invitations/accept', { body: { token } }));
}

export async function listInvitations(slug: string): Promise<Invitation[]> {
  return call(api.GET('/api/newsrooms/{slug}/invitations', at(slug)));
}

export async function withdrawInvitation(slug: string, invitationId: string): Promise<void> {
  await call(api.DELETE('/api/newsrooms/{slug}/invitations/{invitationId}', { params: { path: { slug, invitationId } as never } }));
}

export async function changeRole(slug: string, userId: string, role: Role): Promise<void> {
  await call(api.PATCH('/api/newsrooms/{slug}/members/{userId}', { params: { path: { slug, userId } as never }, body: { role } }));
}

export async function removeMember(slug: string, userId: string): Promise<void> {
  await call(api.DELETE('/api/newsrooms/{slug}/members/{userId}', { params: { path: { slug, userId } as never } }));
}

export const WEBHOOK_EVENTS: WebhookEvent[] = ['verdict.published', 'verdict.corrected', 'verdict.retracted', 'ticket.transitioned', 'ticket.signed_off'];

export async function listWebhooks(slug: string): Promise<Webhook[]> {
  return (await call(api.GET('/api/newsrooms/{slug}/webhooks', at(slug)))).items;
}

export async function addWebhook(slug: string, url: string, events: WebhookEvent[]): Promise<Webhook & { secret: string }> {
  return call(api.POST('/api/newsrooms/{slug}/webhooks', { ...at(slug), body: { url, events } }));
}

export async function removeWebhook(slug: string, id: string): Promise<void> {
  await call(api.DELETE('/api/newsrooms/{slug}/webhooks/{webhookId}', { params: { path: { slug, webhookId: id } } }));
}

function clean<T extends object>(input: T): T {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== '' && v !== undefined && v !== null)) as T;
}

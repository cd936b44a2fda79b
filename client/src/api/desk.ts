import { can, permissionsOf } from '../../../src/access/permissions';
import { isRole } from '../../../src/access/roles';
import { resolveSettings } from '../../../src/newsrooms/newsroom-settings';
import { request } from './http';
import { saveSession, sessionFromTokens } from './session';
import type {
  Action,
  Evidence,
  HistoryEntry,
  Me,
  Member,
  NewsroomMembership,
  NewsroomSettings,
  Page,
  Publication,
  Role,
  Signoff,
  Ticket,
  TicketStatus,
} from './types';

/**
 * Every call the web client makes to the desk, in one place. Answers are read
 * tolerantly (a list may come bare or as `{ items }`) so a harmless change of
 * envelope on the server does not break a screen.
 */

const nr = (slug: string) => `/api/newsrooms/${encodeURIComponent(slug)}`;
const tk = (slug: string, id: string) => `${nr(slug)}/tickets/${encodeURIComponent(id)}`;

type Loose = Record<string, unknown>;
const asList = <T>(body: unknown): T[] => (Array.isArray(body) ? body : (((body as Loose)?.items ?? (body as Loose)?.data ?? []) as T[]));

export async function login(email: string, password: string): Promise<void> {
  const body = await request<Loose>('POST', '/api/auth/login', { body: { email, password } });
  saveSession(sessionFromTokens(body));
}

export async function register(email: string, password: string, displayName: string): Promise<void> {
  const body = await request<Loose>('POST', '/api/auth/register', { body: { email, password, displayName } });
  if (body && typeof body === 'object' && ('accessToken' in body || 'access_token' in body)) saveSession(sessionFromTokens(body));
  else await login(email, password);
}

export async function logout(refreshToken?: string): Promise<void> {
  await request('POST', '/api/auth/logout', { body: refreshToken ? { refreshToken } : {} }).catch(() => undefined);
  saveSession(undefined);
}

export async function fetchMe(): Promise<Me> {
  const body = await request<Loose>('GET', '/api/me');
  const user = (body.user ?? body) as Me['user'];
  const memberships = asList<Loose>(body.newsrooms ?? body.memberships ?? []);
  return { user, newsrooms: memberships.map(membershipOf) };
}

function membershipOf(raw: Loose): NewsroomMembership {
  const inner = (raw.newsroom ?? raw) as Loose;
  const role = (isRole(raw.role) ? raw.role : 'viewer') as Role;
  return {
    slug: String(inner.slug),
    name: String(inner.name ?? inner.slug),
    role,
    permissions: (raw.permissions as NewsroomMembership['permissions']) ?? permissionsOf(role),
  };
}

/** May this member do `action` on this ticket (assigned or not)? Mirrors the server's matrix. */
export function allowed(membership: NewsroomMembership, action: Action, ticket?: Ticket, userId?: string): boolean {
  const assigned = !!ticket && !!userId && ticket.assignees.some((a) => a.userId === userId);
  const grant = membership.permissions[action];
  if (grant) return grant === 'any' || (grant === 'assigned' && assigned);
  return can(membership.role, action, { assigned });
}

export async function createNewsroom(name: string, slug: string): Promise<void> {
  await request('POST', '/api/newsrooms', { body: { name, slug } });
}

// ---------------------------------------------------------------- tickets

export interface QueueFilters {
  status?: string;
  assignee?: string;
  tag?: string;
  q?: string;
  dueBefore?: string;
  cursor?: string;
}

export async function listTickets(slug: string, filters: QueueFilters, signal?: AbortSignal): Promise<Page<Ticket>> {
  const body = await request<Loose>('GET', `${nr(slug)}/tickets`, { query: { ...filters, limit: 50 }, signal });
  return { items: asList<Loose>(body).map(ticketOf), nextCursor: (body?.nextCursor as string | null) ?? null };
}

export function ticketOf(raw: Loose): Ticket {
  const assignees = asList<Loose>(raw.assignees ?? []).map((a) => ({
    userId: String(a.userId ?? (a.user as Loose)?.id ?? a.id),
    displayName: (a.displayName ?? (a.user as Loose)?.displayName) as string | undefined,
    role: a.role as string | undefined,
  }));
  return {
    ...(raw as unknown as Ticket),
    appearances: (raw.appearances as Ticket['appearances']) ?? [],
    tags: (raw.tags as string[]) ?? [],
    assignees,
  };
}

export async function getTicket(slug: string, id: string): Promise<Ticket> {
  return ticketOf(await request<Loose>('GET', tk(slug, id)));
}

export interface NewTicket {
  claim: string;
  claimant?: string;
  tags?: string[];
  dueAt?: string;
  priority?: string;
  appearances?: { url: string; outlet?: string }[];
}

export async function createTicket(slug: string, input: NewTicket): Promise<Ticket> {
  return ticketOf(await request<Loose>('POST', `${nr(slug)}/tickets`, { body: input }));
}

export async function updateTicket(slug: string, ticket: Ticket, patch: Partial<Ticket>): Promise<Ticket> {
  return ticketOf(await request<Loose>('PATCH', tk(slug, ticket.id), { body: { ...patch, version: ticket.version }, ifMatch: ticket.version }));
}

export async function transition(slug: string, ticket: Ticket, to: TicketStatus, note?: string): Promise<Ticket> {
  const body = await request<Loose>('POST', `${tk(slug, ticket.id)}/transitions`, {
    body: { to, note: note || undefined, version: ticket.version },
    ifMatch: ticket.version,
  });
  return ticketOf((body.ticket ?? body) as Loose);
}

export async function addAssignee(slug: string, ticket: Ticket, userId: string): Promise<void> {
  await request('POST', `${tk(slug, ticket.id)}/assignees`, { body: { userId, version: ticket.version } });
}

export async function removeAssignee(slug: string, ticket: Ticket, userId: string): Promise<void> {
  await request('DELETE', `${tk(slug, ticket.id)}/assignees`, { body: { userId, version: ticket.version }, query: { userId } });
}

export async function listEvidence(slug: string, ticketId: string): Promise<Evidence[]> {
  return asList<Evidence>(await request('GET', `${tk(slug, ticketId)}/evidence`));
}

export type EvidenceInput = Pick<Evidence, 'title' | 'url' | 'note' | 'stance' | 'reliability'>;

export async function addEvidence(slug: string, ticketId: string, input: EvidenceInput): Promise<Evidence> {
  return request<Evidence>('POST', `${tk(slug, ticketId)}/evidence`, { body: clean(input) });
}

export async function editEvidence(slug: string, ticketId: string, evidence: Evidence, input: EvidenceInput): Promise<Evidence> {
  return request<Evidence>('PATCH', `${tk(slug, ticketId)}/evidence/${encodeURIComponent(evidence.id)}`, {
    body: { ...clean(input), version: evidence.version },
    ifMatch: evidence.version,
  });
}

export async function setVerdict(slug: string, ticket: Ticket, rating: string, summary: string): Promise<Ticket> {
  const body = await request<Loose>('PUT', `${tk(slug, ticket.id)}/verdict`, { body: { rating, summary, version: ticket.version }, ifMatch: ticket.version });
  return ticketOf((body?.ticket ?? body) as Loose);
}

export async function listHistory(slug: string, ticketId: string): Promise<HistoryEntry[]> {
  return asList<HistoryEntry>(await request('GET', `${tk(slug, ticketId)}/history`));
}

// ---------------------------------------------------------------- sign-off and publishing

export interface SignoffState {
  signoffs: Signoff[];
  currentHash?: string;
  policyMet?: boolean;
  missing?: string[];
}

export async function listSignoffs(slug: string, ticketId: string): Promise<SignoffState> {
  const body = await request<Loose>('GET', `${tk(slug, ticketId)}/signoffs`);
  return {
    signoffs: asList<Signoff>(body),
    currentHash: (body?.currentHash ?? body?.contentHash) as string | undefined,
    policyMet: (body?.policyMet ?? (body?.policy as Loose)?.met) as boolean | undefined,
    missing: (body?.missing ?? (body?.policy as Loose)?.missing) as string[] | undefined,
  };
}

export async function signOff(slug: string, ticketId: string, decision: 'approve' | 'request_changes', note: string): Promise<void> {
  await request('POST', `${tk(slug, ticketId)}/signoffs`, { body: { decision, note: note || undefined } });
}

export async function publish(slug: string, ticket: Ticket): Promise<Publication> {
  return publicationOf(await request<Loose>('POST', `${tk(slug, ticket.id)}/publish`, { body: { version: ticket.version }, ifMatch: ticket.version }));
}

export async function correct(slug: string, ticket: Ticket, note: string): Promise<void> {
  await request('POST', `${tk(slug, ticket.id)}/corrections`, { body: { note, version: ticket.version }, ifMatch: ticket.version });
}

export async function retract(slug: string, ticket: Ticket, reason: string): Promise<void> {
  await request('POST', `${tk(slug, ticket.id)}/retract`, { body: { reason, note: reason, version: ticket.version }, ifMatch: ticket.version });
}

function publicationOf(raw: Loose): Publication {
  const inner = (raw.publication ?? raw) as Loose;
  return { id: String(inner.id), version: Number(inner.version ?? 1), url: (inner.url ?? inner.publicUrl) as string | undefined };
}

/** The public page of a ticket's latest publication, when it has one. */
export async function latestPublication(slug: string, ticketId: string): Promise<Publication | undefined> {
  try {
    const body = await request<Loose>('GET', `${tk(slug, ticketId)}/publications`);
    const list = asList<Loose>(body).map(publicationOf);
    return list.sort((a, b) => b.version - a.version)[0];
  } catch {
    return undefined;
  }
}

export function publicPageUrl(slug: string, publication: Publication | undefined, ticketId: string): string {
  if (publication?.url) return new URL(publication.url, location.origin).pathname;
  return `/public/${encodeURIComponent(slug)}/verdicts/${encodeURIComponent(publication?.id ?? ticketId)}`;
}

// ---------------------------------------------------------------- newsroom settings

export async function getSettings(slug: string): Promise<{ name: string; settings: NewsroomSettings }> {
  const body = await request<Loose>('GET', nr(slug));
  return { name: String(body.name ?? slug), settings: resolveSettings(body.settings as Record<string, unknown>) };
}

export async function saveSettings(slug: string, patch: { name?: string; settings?: Partial<NewsroomSettings> }): Promise<void> {
  await request('PATCH', nr(slug), { body: patch });
}

export async function listMembers(slug: string): Promise<Member[]> {
  return asList<Loose>(await request('GET', `${nr(slug)}/members`)).map((m) => ({
    userId: String(m.userId ?? (m.user as Loose)?.id ?? m.id),
    email: (m.email ?? (m.user as Loose)?.email) as string | undefined,
    displayName: String(m.displayName ?? (m.user as Loose)?.displayName ?? m.email ?? 'Member'),
    role: m.role as Role,
  }));
}

export async function addMember(slug: string, email: string, role: Role): Promise<void> {
  await request('POST', `${nr(slug)}/members`, { body: { email, role } });
}

export async function changeRole(slug: string, userId: string, role: Role): Promise<void> {
  await request('PATCH', `${nr(slug)}/members/${encodeURIComponent(userId)}`, { body: { role } });
}

export async function removeMember(slug: string, userId: string): Promise<void> {
  await request('DELETE', `${nr(slug)}/members/${encodeURIComponent(userId)}`);
}

export interface Webhook {
  id: string;
  url: string;
  events?: string[];
  active?: boolean;
}

export async function listWebhooks(slug: string): Promise<Webhook[]> {
  return asList<Webhook>(await request('GET', `${nr(slug)}/webhooks`));
}

export async function addWebhook(slug: string, url: string): Promise<Webhook & { secret?: string }> {
  return request('POST', `${nr(slug)}/webhooks`, { body: { url } });
}

export async function removeWebhook(slug: string, id: string): Promise<void> {
  await request('DELETE', `${nr(slug)}/webhooks/${encodeURIComponent(id)}`);
}

function clean<T extends object>(input: T): T {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== '' && v !== undefined)) as T;
}

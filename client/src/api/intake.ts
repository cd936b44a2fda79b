import { api, call } from './http';
import type { components } from './schema';

/**
 * Intake (articles in, claim candidates out), the outlet register and a
 * ticket's look-alikes, through the typed client.
 */

type Schemas = components['schemas'];
export type Article = Schemas['ArticleDto'];
export type ArticleSummary = Schemas['ArticleSummaryDto'];
export type Candidate = Schemas['CandidateDto'];
export type ClaimMatch = Schemas['ClaimMatchDto'];
export type FactCheck = Schemas['FactCheckMatchDto'];
export type DroppedBlock = Schemas['DroppedBlockDto'];
export type ActionResult = Schemas['ActionResultDto'];
export type Outlet = Schemas['OutletDto'];
export type OutletSummary = Schemas['OutletSummaryDto'];
export type OutletReliability = Outlet['reliability'];
export type SimilarTicket = Schemas['SimilarTicketDto'];

export interface ArticleInput {
  text: string;
  format: 'auto' | 'text' | 'html';
  title?: string;
  url?: string;
  outlet?: string;
  publishedAt?: string;
}

export interface CandidateAction {
  candidateId: string;
  ticketId?: string;
}

const at = (slug: string) => ({ slug }) as never;

/** `key` makes a retry of the same submission return the first article instead of a second one. */
export async function submitArticle(slug: string, input: ArticleInput, key: string): Promise<Article> {
  const body = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== '' && v !== undefined)) as ArticleInput;
  return call(api.POST('/api/newsrooms/{slug}/intake', { params: { path: at(slug), header: { 'Idempotency-Key': key } }, body }));
}

export async function listArticles(slug: string, cursor?: string): Promise<{ items: ArticleSummary[]; nextCursor: string | null }> {
  return call(api.GET('/api/newsrooms/{slug}/intake', { params: { path: at(slug), query: { cursor, limit: 10 } } }));
}

export async function getArticle(slug: string, articleId: string): Promise<Article> {
  return call(api.GET('/api/newsrooms/{slug}/intake/{articleId}', { params: { path: { slug, articleId } as never } }));
}

/** All or nothing, in one request; `key` makes a retry safe. */
export async function actOnCandidates(slug: string, articleId: string, actions: CandidateAction[], key: string): Promise<ActionResult[]> {
  const answer = await call(
    api.POST('/api/newsrooms/{slug}/intake/{articleId}/actions', { params: { path: { slug, articleId } as never, header: { 'Idempotency-Key': key } }, body: { actions } }),
  );
  return answer.results;
}

export async function similarTickets(slug: string, ticketId: string): Promise<SimilarTicket[]> {
  return (await call(api.GET('/api/newsrooms/{slug}/tickets/{id}/similar', { params: { path: { slug, id: ticketId } as never } }))).items;
}

// ---------------------------------------------------------------- outlets

export interface OutletInput {
  name: string;
  domains: string[];
  reliability: OutletReliability;
  note: string | null;
}

export async function listOutlets(slug: string): Promise<Outlet[]> {
  return (await call(api.GET('/api/newsrooms/{slug}/outlets', { params: { path: at(slug) } }))).items;
}

export async function addOutlet(slug: string, input: OutletInput): Promise<Outlet> {
  return call(api.POST('/api/newsrooms/{slug}/outlets', { params: { path: at(slug) }, body: input }));
}

export async function editOutlet(slug: string, outlet: Outlet, input: OutletInput): Promise<Outlet> {
  return call(api.PATCH('/api/newsrooms/{slug}/outlets/{outletId}', { params: { path: { slug, outletId: outlet.id } as never }, body: { ...input, version: outlet.version } }));
}

export async function removeOutlet(slug: string, outletId: string): Promise<void> {
  await call(api.DELETE('/api/newsrooms/{slug}/outlets/{outletId}', { params: { path: { slug, outletId } as never } }));
}

export const RELIABILITY_LABELS: Record<OutletReliability, string> = { high: 'Reliable', mixed: 'Mixed record', low: 'Unreliable', unknown: 'Not yet assessed' };

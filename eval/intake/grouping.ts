/**
 * Same-claim grouping through the real desk: every article is taken in, each
 * labelled claim's candidate either joins the ticket of its best match (when
 * the desk calls it the same claim) or opens a new ticket. The tickets are the
 * predicted groups.
 */
import type { ActionResult, DeskClient, IntakeAction, IntakeArticle, IntakeCandidate } from './desk.js';
import type { LoadedArticle } from './labels.js';
import { type ClaimLabel, findClaimCandidate } from './metrics.js';

export const TOP_K = 8;

export interface GroupingRun {
  /** Claim id → ticket id, for the claims whose candidate was among the top K. */
  tickets: Map<string, string>;
  /** Claim id → the candidate sentence that stood for it. */
  sentences: Map<string, string>;
  /** Claim id → what the desk advised (join its best match or open a ticket) and why. */
  decisions: Map<string, string>;
  /** Article id → intake round trip in ms. */
  intakeMs: Map<string, number>;
  /** Article id → the language the desk detected. */
  languages: Map<string, string>;
}

export type IntakeProbe = { available: true } | { available: false; reason: string };

/** Whether the intake routes answer (a 404 means they have not landed). */
export async function probeIntake(client: DeskClient, slug: string): Promise<IntakeProbe> {
  const answer = await client.send<{ code?: string; title?: string }>('POST', `/api/newsrooms/${slug}/intake`, {});
  if (answer.status === 404) return { available: false, reason: `POST /api/newsrooms/:slug/intake answers 404 (${answer.body?.code ?? answer.body?.title ?? 'no route'})` };
  return { available: true };
}

function intakeBody(article: LoadedArticle): Record<string, string> {
  const body: Record<string, string> = { text: article.text, format: article.format, outlet: article.outlet };
  if (article.title) body.title = article.title;
  if (article.url) body.url = article.url;
  if (article.publishedAt) body.publishedAt = article.publishedAt;
  return body;
}

export interface ArticlePlan {
  actions: IntakeAction[];
  /** Candidate id → the labelled claims it stands for (two claims in one sentence share one action). */
  claimsByCandidate: Map<string, string[]>;
  /** Claim id → the candidate sentence that stands for it. */
  sentences: Map<string, string>;
  /** Claim id → what the desk advised and why. */
  decisions: Map<string, string>;
}

/**
 * What the evaluation does with one article's intake: each labelled claim's
 * first top-K candidate joins the ticket of its best match when the desk calls
 * that match the same claim, and opens a ticket otherwise.
 */
export function planActions(claims: readonly ClaimLabel[], candidates: readonly IntakeCandidate[]): ArticlePlan {
  const plan: ArticlePlan = { actions: [], claimsByCandidate: new Map(), sentences: new Map(), decisions: new Map() };
  const top = candidates.slice(0, TOP_K);
  for (const claim of claims) {
    const rank = findClaimCandidate(
      top.map((candidate) => candidate.text),
      claim.key,
    );
    if (rank < 0) continue;
    const candidate = top[rank]!;
    plan.sentences.set(claim.id, candidate.text);
    const sharing = plan.claimsByCandidate.get(candidate.id);
    if (sharing) {
      sharing.push(claim.id);
      plan.decisions.set(claim.id, `same sentence as ${sharing[0]}`);
      continue;
    }
    plan.claimsByCandidate.set(candidate.id, [claim.id]);
    const best = candidate.matches[0];
    const joining = best?.sameClaim ? plan.actions.find((action) => action.ticketId === best.ticketId) : undefined;
    if (best && joining) {
      // An article appears once in a ticket: the second claim rides on the first one's action.
      plan.claimsByCandidate.delete(candidate.id);
      plan.claimsByCandidate.get(joining.candidateId)!.push(claim.id);
      plan.decisions.set(claim.id, `joins ${best.ticketId} (score ${best.score.toFixed(2)}: ${best.reason}), like another claim of this article`);
    } else if (best?.sameClaim) {
      plan.actions.push({ candidateId: candidate.id, ticketId: best.ticketId });
      plan.decisions.set(claim.id, `joins ${best.ticketId} (score ${best.score.toFixed(2)}: ${best.reason})`);
    } else {
      plan.actions.push({ candidateId: candidate.id });
      plan.decisions.set(claim.id, best ? `new ticket (best match ${best.ticketId}, score ${best.score.toFixed(2)}: ${best.reason})` : 'new ticket (no match)');
    }
  }
  return plan;
}

export async function runGrouping(client: DeskClient, slug: string, articles: readonly LoadedArticle[]): Promise<GroupingRun> {
  const run: GroupingRun = { tickets: new Map(), sentences: new Map(), decisions: new Map(), intakeMs: new Map(), languages: new Map() };
  for (const article of articles) {
    const intake = await client.expect<IntakeArticle>(201, 'POST', `/api/newsrooms/${slug}/intake`, intakeBody(article));
    run.intakeMs.set(article.id, intake.ms);
    run.languages.set(article.id, intake.body.language);
    const plan = planActions(article.claims, intake.body.candidates);
    for (const [id, sentence] of plan.sentences) run.sentences.set(id, sentence);
    for (const [id, decision] of plan.decisions) run.decisions.set(id, decision);
    if (plan.actions.length === 0) continue;
    const answer = await client.expect<{ results: ActionResult[] }>(201, 'POST', `/api/newsrooms/${slug}/intake/${intake.body.id}/actions`, { actions: plan.actions });
    for (const result of answer.body.results) {
      for (const claimId of plan.claimsByCandidate.get(result.candidateId) ?? []) run.tickets.set(claimId, result.ticketId);
    }
  }
  return run;
}

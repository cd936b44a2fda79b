import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MemberContext } from '../access/actor.js';
import { assertMemberCan } from '../access/resource-access.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError, notFound } from '../common/errors/app-error.js';
import { IdempotencyService } from '../common/idempotency/idempotency.service.js';
import { type TicketView, toTicket } from '../tickets/ticket-row.js';
import { TicketStore } from '../tickets/ticket-store.js';
import type { Appearance } from '../tickets/ticket.entity.js';
import { TicketWriterService } from '../tickets/ticket-writer.service.js';
import type { ActionResultDto, ArticleActionsDto, ArticleActionsResultDto, CandidateActionDto } from './dto/intake.dto.js';
import { isUuid } from '../common/ids.js';

interface ArticleSource {
  id: string;
  title: string | null;
  url: string | null;
  outlet_name: string | null;
  register_name: string | null;
  published_at: Date | null;
  language: string;
}

interface CandidateSource {
  id: string;
  text: string;
  claimant: string | null;
  ticket_id: string | null;
}

/**
 * Acting on an article's candidates, all or nothing: each chosen candidate
 * becomes a new ticket (claimant, language, claim date and the article as
 * first appearance prefilled) or joins an existing ticket as one more
 * appearance of its claim. The article row is locked, so two members acting
 * on the same article at once cannot both turn one candidate into tickets.
 */
@Injectable()
export class IntakeActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly tickets: TicketWriterService,
    private readonly store: TicketStore,
  ) {}

  async act(member: MemberContext, articleId: string, input: ArticleActionsDto, idempotencyKey: string | undefined): Promise<{ value: ArticleActionsResultDto; replayed: boolean }> {
    if (!isUuid(articleId)) throw notFound('Article');
    const seen = new Set<string>();
    for (const action of input.actions) {
      if (seen.has(action.candidateId.toLowerCase())) throw new AppError('validation_failed', 'Each candidate may appear once per request.');
      seen.add(action.candidateId.toLowerCase());
    }
    const created: TicketView[] = [];
    const updated: TicketView[] = [];
    const outcome = await this.dataSource.transaction(async (manager) =>
      this.idempotency.run(manager, { userId: member.userId, scope: `intake.act:${articleId}`, key: idempotencyKey, body: input }, async () => {
        const article = await this.lockArticle(manager, member, articleId);
        const candidates = await this.loadCandidates(manager, articleId, input.actions);
        // Tickets first, then the history: the desk's one lock order (see TicketStore), kept across several tickets by locking them all up front.
        const joined = input.actions.flatMap((action) => (action.ticketId ? [action.ticketId] : []));
        if (joined.length > 0) {
          await manager.query(`SELECT 1 FROM tickets WHERE id = ANY($1::uuid[]) AND newsroom_id = $2 ORDER BY id FOR UPDATE`, [joined, member.newsroomId]);
        }
        const results: ActionResultDto[] = [];
        for (const action of input.actions) {
          const candidate = candidates.get(action.candidateId.toLowerCase())!;
          const result = await this.apply(manager, member, article, candidate, action);
          if (result.created) created.push(result.ticket);
          else if (result.changed) updated.push(result.ticket);
          results.push({ candidateId: candidate.id, ticketId: result.ticket.id, ticketNumber: result.ticket.number, created: result.created });
        }
        await this.audit.append(manager, { newsroomId: member.newsroomId, actorId: member.userId, action: 'article.acted', after: { articleId, results } });
        return { results };
      }),
    );
    for (const ticket of created) this.tickets.announceCreated(member, ticket);
    for (const ticket of updated) this.tickets.announceUpdated(member, ticket, ['appearances']);
    return { value: outcome.value, replayed: outcome.replayed };
  }

  private async apply(
    manager: EntityManager,
    member: MemberContext,
    article: ArticleSource,
    candidate: CandidateSource,
    action: CandidateActionDto,
  ): Promise<{ ticket: TicketView; created: boolean; changed: boolean }> {
    if (candidate.ticket_id && candidate.ticket_id !== action.ticketId?.toLowerCase()) {
      throw new AppError('state_conflict', `Candidate "${excerpt(candidate.text)}" is already linked to another ticket.`, { candidateId: candidate.id, ticketId: candidate.ticket_id });
    }
    const appearance = appearanceOf(article);
    let outcome: { ticket: TicketView; created: boolean; changed: boolean };
    if (action.ticketId) {
      const joined = appearance
        ? await this.tickets.addAppearanceWithin(manager, member, action.ticketId, appearance)
        : { ticket: toTicket(await this.store.loadFor(manager, member, action.ticketId, 'appearance.add', 'share')), changed: false };
      outcome = { ...joined, created: false };
    } else {
      assertMemberCan(member, 'ticket.create', { assigned: false });
      const ticket = await this.tickets.createWithin(manager, member, {
        claim: (action.claim ?? candidate.text).trim().slice(0, 1000),
        claimant: action.claimant === undefined ? candidate.claimant : action.claimant,
        claimDate: article.published_at ? article.published_at.toISOString().slice(0, 10) : null,
        language: article.language === 'und' ? null : article.language,
        appearances: appearance ? [appearance] : [],
      });
      outcome = { ticket, created: true, changed: true };
    }
    await manager.query(`UPDATE article_candidates SET ticket_id = $2, acted_by = $3, acted_at = now() WHERE id = $1`, [candidate.id, outcome.ticket.id, member.userId]);
    return outcome;
  }

  private async lockArticle(manager: EntityManager, member: MemberContext, articleId: string): Promise<ArticleSource> {
    const [article] = (await manager.query(
      `SELECT a.id, a.title, a.url, a.outlet_name, o.name AS register_name, a.published_at, a.language
         FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
        WHERE a.id = $1 AND a.newsroom_id = $2
          FOR UPDATE OF a`,
      [articleId, member.newsroomId],
    )) as ArticleSource[];
    if (!article) throw notFound('Article');
    return article;
  }

  private async loadCandidates(manager: EntityManager, articleId: string, actions: readonly CandidateActionDto[]): Promise<Map<string, CandidateSource>> {
    const rows = (await manager.query(`SELECT id, text, claimant, ticket_id FROM article_candidates WHERE article_id = $1 AND id = ANY($2::uuid[])`, [
      articleId,
      actions.map((action) => action.candidateId),
    ])) as CandidateSource[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const missing = actions.find((action) => !byId.has(action.candidateId.toLowerCase()));
    if (missing) throw new AppError('not_found', `Candidate ${missing.candidateId} is not one of this article's.`);
    return byId;
  }
}

/** The article as an appearance of a claim; ClaimReview needs a URL, so an article without one adds none. */
function appearanceOf(article: ArticleSource): Appearance | null {
  if (!article.url) return null;
  const outlet = article.outlet_name ?? article.register_name;
  return {
    url: article.url,
    ...(outlet ? { outlet } : {}),
    ...(article.title ? { title: article.title } : {}),
    ...(article.published_at ? { publishedAt: article.published_at.toISOString() } : {}),
  };
}

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MemberContext } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError, notFound } from '../common/errors/app-error.js';
import { IdempotencyService } from '../common/idempotency/idempotency.service.js';
import type { ArticleAnalysis } from './analysis/analyse-article.js';
import { looksLikeHtml } from './analysis/html-to-text.js';
import { type ArticleRow, ARTICLE_COLUMNS, toCandidate, toSummary, type CandidateRow } from './article-row.js';
import { type ArticleDto, type ArticlePageDto, INTAKE_MAX_CHARS, type SubmitArticleDto } from './dto/intake.dto.js';
import { ClaimMatcher } from './matching/claim-matcher.service.js';
import { OutletMatcher } from './outlets/outlet-matcher.js';
import { isUuid } from '../common/ids.js';

/** Candidates kept per article: the most check-worthy sentences, enough for a long feature. */
export const CANDIDATES_KEPT = 20;

/**
 * The analysis is loaded on the first article: its language model alone
 * holds about 50 MB of heap, which an instance that takes no articles (and
 * every test that starts a desk) should not pay. The first article waits
 * about 0.3 s for it.
 */
let analysisModule: Promise<typeof import('./analysis/analyse-article.js')> | undefined;
const loadAnalysis = () => (analysisModule ??= import('./analysis/analyse-article.js'));

/**
 * The desk's front door: an article comes in, is cleaned and read, and its
 * check-worthy sentences are kept as candidates; matching against the
 * desk's tickets happens on every read, so it reflects tickets created since.
 */
@Injectable()
export class IntakeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly matcher: ClaimMatcher,
    private readonly outlets: OutletMatcher,
  ) {}

  async submit(member: MemberContext, input: SubmitArticleDto, idempotencyKey: string | undefined): Promise<{ article: ArticleDto; replayed: boolean }> {
    assertReadableText(input.text);
    const { analyseArticle } = await loadAnalysis();
    const analysis = analyseArticle({ text: input.text, format: input.format ?? 'auto', language: input.language, title: input.title });
    const outcome = await this.dataSource.transaction(async (manager) =>
      this.idempotency.run(manager, { userId: member.userId, scope: `intake.submit:${member.newsroomId}`, key: idempotencyKey, body: input }, () =>
        this.store(manager, member, input, analysis),
      ),
    );
    return { article: await this.get(member, outcome.value.id), replayed: outcome.replayed };
  }

  async get(member: MemberContext, articleId: string): Promise<ArticleDto> {
    if (!isUuid(articleId)) throw notFound('Article');
    const [article] = (await this.dataSource.query(
      `SELECT ${ARTICLE_COLUMNS}, a.format, a.text, a.dropped,
              (SELECT d.id FROM articles d WHERE d.newsroom_id = a.newsroom_id AND d.received_sha256 = a.received_sha256 AND d.created_at < a.created_at
                ORDER BY d.created_at LIMIT 1) AS duplicate_of
         FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
        WHERE a.id = $1 AND a.newsroom_id = $2`,
      [articleId, member.newsroomId],
    )) as (ArticleRow & { duplicate_of: string | null; format: string; text: string; dropped: ArticleDto['dropped'] })[];
    if (!article) throw notFound('Article');
    const candidates = (await this.dataSource.query(
      `SELECT c.id, c.rank, c.text, c.start_offset, c.end_offset, c.score, c.reasons, c.claimant, c.ticket_id, t.number AS ticket_number
         FROM article_candidates c LEFT JOIN tickets t ON t.id = c.ticket_id
        WHERE c.article_id = $1 ORDER BY c.rank`,
      [articleId],
    )) as CandidateRow[];
    const matched = await this.matcher.match(
      member.newsroomId,
      candidates.map((candidate) => ({ text: candidate.text, language: article.language })),
    );
    return {
      ...toSummary(article),
      format: article.format,
      text: article.text,
      dropped: article.dropped,
      duplicateOf: article.duplicate_of,
      candidates: candidates.map((candidate, index) => ({ ...toCandidate(candidate), ...matched[index]! })),
    };
  }

  async list(member: MemberContext, cursor: string | undefined, limit: number): Promise<ArticlePageDto> {
    const after = cursor ? decodeCursor(cursor) : undefined;
    const rows = (await this.dataSource.query(
      `SELECT ${ARTICLE_COLUMNS}
         FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
        WHERE a.newsroom_id = $1 ${after ? 'AND (a.created_at, a.id) < ($3::timestamptz, $4::uuid)' : ''}
        ORDER BY a.created_at DESC, a.id DESC
        LIMIT $2`,
      after ? [member.newsroomId, limit + 1, after.at, after.id] : [member.newsroomId, limit + 1],
    )) as ArticleRow[];
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { items: page.map(toSummary), nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
  }

  private async store(manager: EntityManager, member: MemberContext, input: SubmitArticleDto, analysis: ArticleAnalysis): Promise<{ id: string }> {
    const outletId = await this.outlets.find(manager, member.newsroomId, input.url, input.outlet);
    const sha256 = createHash('sha256').update(input.text, 'utf8').digest('hex');
    const [article] = (await manager.query(
      `INSERT INTO articles (newsroom_id, title, url, outlet_name, outlet_id, published_at, language, language_source, format, received_sha256, received_chars, text, dropped, submitted_by)
       VALUES ($1, $2, $3, $4, $5, $6::timestamptz, $7, $8, $9, $10, $11, $12, $13::jsonb, $14)
       RETURNING id`,
      [
        member.newsroomId,
        input.title?.trim() || null,
        input.url ?? null,
        input.outlet?.trim() || null,
        outletId,
        input.publishedAt ?? null,
        analysis.language.code,
        analysis.language.source,
        (input.format ?? 'auto') === 'auto' ? (looksLikeHtml(input.text) ? 'html' : 'text') : input.format,
        sha256,
        input.text.length,
        analysis.text,
        JSON.stringify(analysis.dropped),
        member.userId,
      ],
    )) as { id: string }[];
    const kept = analysis.candidates.slice(0, CANDIDATES_KEPT);
    if (kept.length > 0) {
      await manager.query(
        `INSERT INTO article_candidates (article_id, rank, text, start_offset, end_offset, score, reasons, claimant)
         SELECT $1, c.rank, c.text, c.start_offset, c.end_offset, c.score, c.reasons, c.claimant
           FROM jsonb_to_recordset($2::jsonb) AS c(rank int, text text, start_offset int, end_offset int, score real, reasons jsonb, claimant text)`,
        [
          article!.id,
          JSON.stringify(
            kept.map((candidate, index) => ({
              rank: index + 1,
              text: candidate.text,
              start_offset: candidate.start,
              end_offset: candidate.end,
              score: candidate.score,
              reasons: candidate.reasons,
              claimant: candidate.claimant,
            })),
          ),
        ],
      );
    }
    await this.audit.append(manager, {
      newsroomId: member.newsroomId,
      actorId: member.userId,
      action: 'article.submitted',
      after: { articleId: article!.id, title: input.title ?? null, url: input.url ?? null, receivedSha256: sha256, language: analysis.language.code, candidates: kept.length },
    });
    return { id: article!.id };
  }
}

/**
 * Text the desk can read: not too long (413), and not binary. Control
 * characters never get this far (refused for every body string); what a
 * binary file turns into when read as UTF-8 is replacement characters, of
 * which real text has almost none.
 */
export function assertReadableText(text: string): void {
  if (text.length > INTAKE_MAX_CHARS) {
    throw new AppError('payload_too_large', `The article is ${text.length} characters long; the desk takes at most ${INTAKE_MAX_CHARS}.`);
  }
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const unreadable = sample.match(/[\u007f\ufffd]/g)?.length ?? 0;
  if (unreadable > Math.max(8, sample.length * 0.02)) {
    throw new AppError('unprocessable', 'This does not look like text (too many replacement characters, as binary files give); paste the article as text or HTML.');
  }
}

function encodeCursor(row: ArticleRow): string {
  return Buffer.from(JSON.stringify([row.created_at.toISOString(), row.id])).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && isUuid(id)) return { at, id };
  } catch {
    // fall through
  }
  throw new AppError('validation_failed', 'cursor is not valid; start again without it.');
}

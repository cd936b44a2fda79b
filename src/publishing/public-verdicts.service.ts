import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { buildClaimReview } from './claim-review.js';
import type { PublicVerdictDto, PublicVerdictListDto, PublicVerdictSummaryDto } from './dto/public-verdict.dto.js';
import { buildAtomFeed, buildJsonFeed, type FeedMeta } from './feeds.js';
import { renderVerdictPage } from './public-page.js';
import { lastModified, type PublicationSnapshot, type PublicVerdict } from './public-verdict.js';
import { isUuid } from '../common/ids.js';

interface Row {
  ticket_id: string;
  version: number;
  snapshot: PublicationSnapshot;
  first_published_at: Date;
  reason: string | null;
  retracted_at: Date | null;
}

const LIST_LIMIT = 100;
const FEED_LIMIT = 50;

/**
 * The public side: reads publication, correction-changelog and retraction
 * rows only, never tickets, drafts or sign-offs, so nothing unpublished can
 * appear. A newsroom that has published nothing does not exist publicly.
 */
@Injectable()
export class PublicVerdictsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(slug: string): Promise<PublicVerdictListDto> {
    const verdicts = await this.current(slug, undefined, LIST_LIMIT);
    return { items: verdicts.map((verdict) => verdictJson(verdict, false)) };
  }

  async one(slug: string, id: string): Promise<PublicVerdict> {
    if (!isUuid(id)) throw new AppError('not_found', 'Verdict not found');
    const [verdict] = await this.current(slug, id, 1);
    if (!verdict) throw new AppError('not_found', 'Verdict not found');
    return verdict;
  }

  json(verdict: PublicVerdict): PublicVerdictDto {
    return verdictJson(verdict, true) as PublicVerdictDto;
  }

  page(slug: string, verdict: PublicVerdict): string {
    const meta = this.feedMeta(slug, verdict);
    return renderVerdictPage(verdict, { jsonFeedUrl: meta.jsonFeedUrl, atomFeedUrl: meta.atomFeedUrl });
  }

  async jsonFeed(slug: string): Promise<Record<string, unknown>> {
    const verdicts = await this.current(slug, undefined, FEED_LIMIT);
    return buildJsonFeed(this.feedMeta(slug, verdicts[0]!), verdicts);
  }

  async atomFeed(slug: string): Promise<string> {
    const verdicts = await this.current(slug, undefined, FEED_LIMIT);
    return buildAtomFeed(this.feedMeta(slug, verdicts[0]!), verdicts);
  }

  /** Latest version of each published verdict (or one), with its retraction, most recently changed first. */
  private async current(slug: string, ticketId: string | undefined, limit: number): Promise<PublicVerdict[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (p.ticket_id) p.ticket_id, p.version, p.snapshot,
                (SELECT min(f.published_at) FROM publications f WHERE f.ticket_id = p.ticket_id) AS first_published_at,
                r.reason, r.retracted_at, greatest(p.published_at, r.retracted_at) AS changed_at
           FROM publications p
           JOIN newsrooms n ON n.id = p.newsroom_id AND n.slug = $1
           LEFT JOIN retractions r ON r.ticket_id = p.ticket_id
          WHERE $2::uuid IS NULL OR p.ticket_id = $2::uuid
          ORDER BY p.ticket_id, p.version DESC
       ) latest ORDER BY changed_at DESC, ticket_id LIMIT $3`,
      [slug, ticketId ?? null, limit],
    );
    if (rows.length === 0 && ticketId === undefined) throw new AppError('not_found', 'Nothing published here');
    return rows.map((row) => ({
      id: row.ticket_id,
      url: this.verdictUrl(slug, row.ticket_id),
      version: row.version,
      firstPublishedAt: row.first_published_at.toISOString(),
      snapshot: row.snapshot,
      retraction: row.reason !== null && row.retracted_at ? { reason: row.reason, retractedAt: row.retracted_at.toISOString() } : null,
    }));
  }

  private verdictUrl(slug: string, id: string): string {
    return `${this.config.publicBaseUrl}/public/${encodeURIComponent(slug)}/verdicts/${id}`;
  }

  /** Feed identity comes from the publisher identity copied into the newest publication. */
  private feedMeta(slug: string, newest: PublicVerdict): FeedMeta {
    const base = `${this.config.publicBaseUrl}/public/${encodeURIComponent(slug)}`;
    const publisher = newest.snapshot.publisher;
    return {
      title: `${publisher.name}: fact checks`,
      homeUrl: `${base}/verdicts`,
      jsonFeedUrl: `${base}/feed.json`,
      atomFeedUrl: `${base}/feed.xml`,
      publisherName: publisher.name,
      publisherUrl: publisher.url,
      logoUrl: publisher.logoUrl,
    };
  }
}

function verdictJson(verdict: PublicVerdict, detailed: boolean): PublicVerdictSummaryDto | PublicVerdictDto {
  const { snapshot } = verdict;
  return {
    id: verdict.id,
    url: verdict.url,
    version: verdict.version,
    number: snapshot.ticketNumber,
    firstPublishedAt: verdict.firstPublishedAt,
    publishedAt: snapshot.publishedAt,
    updatedAt: lastModified(verdict),
    claim: snapshot.claim,
    claimant: snapshot.claimant,
    claimDate: snapshot.claimDate,
    language: snapshot.language,
    appearances: snapshot.appearances,
    rating: { key: snapshot.rating.key, label: snapshot.rating.label, description: snapshot.rating.description, ...snapshot.rating.claimReview },
    summary: snapshot.summary,
    contentHash: snapshot.contentHash,
    approvals: snapshot.approvals,
    publisher: snapshot.publisher,
    changelog: snapshot.changelog,
    retraction: verdict.retraction,
    ...(detailed ? { writeupHtml: snapshot.writeupHtml, evidence: snapshot.evidence, claimReview: verdict.retraction ? null : buildClaimReview(verdict) } : {}),
  };
}

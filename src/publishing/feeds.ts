import { escapeHtml, humanDate } from './html.js';
import { lastModified, type PublicVerdict } from './public-verdict.js';

export interface FeedMeta {
  title: string;
  /** The public verdict list. */
  homeUrl: string;
  jsonFeedUrl: string;
  atomFeedUrl: string;
  publisherName: string;
  publisherUrl?: string;
  logoUrl?: string;
}

/** Title of a feed item: retractions and corrections are announced in it. */
export function itemTitle(verdict: PublicVerdict): string {
  const base = `${verdict.snapshot.rating.label}: ${verdict.snapshot.claim}`;
  if (verdict.retraction) return `Retracted: ${base}`;
  if (verdict.snapshot.changelog.length > 0) return `Corrected: ${base}`;
  return base;
}

/** The HTML body of a feed item: verdict, summary, retraction and corrections. */
export function itemHtml(verdict: PublicVerdict): string {
  const { snapshot, retraction } = verdict;
  const parts: string[] = [];
  if (retraction) {
    parts.push(`<p><strong>Retracted on ${escapeHtml(humanDate(retraction.retractedAt))}:</strong> ${escapeHtml(retraction.reason)}</p>`);
  }
  parts.push(`<p><strong>${escapeHtml(snapshot.rating.label)}.</strong> ${escapeHtml(snapshot.summary)}</p>`);
  if (snapshot.changelog.length > 0) {
    const entries = snapshot.changelog.map((entry) => `<li>${escapeHtml(humanDate(entry.date))} (version ${entry.version}): ${escapeHtml(entry.note)}</li>`);
    parts.push(`<p>Corrections:</p><ul>${entries.join('')}</ul>`);
  }
  return parts.join('');
}

function itemText(verdict: PublicVerdict): string {
  const prefix = verdict.retraction ? `Retracted: ${verdict.retraction.reason}. ` : '';
  return `${prefix}${verdict.snapshot.rating.label}. ${verdict.snapshot.summary}`;
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), newest change first. */
export function buildJsonFeed(meta: FeedMeta, verdicts: readonly PublicVerdict[]): Record<string, unknown> {
  const author = { name: meta.publisherName, ...(meta.publisherUrl ? { url: meta.publisherUrl } : {}) };
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    home_page_url: meta.homeUrl,
    feed_url: meta.jsonFeedUrl,
    ...(meta.logoUrl ? { icon: meta.logoUrl } : {}),
    authors: [author],
    items: sortByChange(verdicts).map((verdict) => ({
      id: verdict.url,
      url: verdict.url,
      title: itemTitle(verdict),
      content_html: itemHtml(verdict),
      summary: itemText(verdict),
      date_published: verdict.firstPublishedAt,
      date_modified: lastModified(verdict),
      authors: [author],
      ...(verdict.snapshot.language ? { language: verdict.snapshot.language } : {}),
      tags: [verdict.snapshot.rating.label, ...(verdict.retraction ? ['retracted'] : []), ...(verdict.snapshot.changelog.length ? ['corrected'] : [])],
      _claimdesk: {
        version: verdict.version,
        rating: verdict.snapshot.rating.key,
        content_hash: verdict.snapshot.contentHash,
        retracted: verdict.retraction !== null,
      },
    })),
  };
}

/** Atom 1.0 (RFC 4287), newest change first. */
export function buildAtomFeed(meta: FeedMeta, verdicts: readonly PublicVerdict[]): string {
  const sorted = sortByChange(verdicts);
  const updated = sorted[0] ? lastModified(sorted[0]) : new Date(0).toISOString();
  const x = escapeHtml;
  const entries = sorted.map(
    (verdict) => `  <entry>
    <id>${x(verdict.url)}</id>
    <title>${x(itemTitle(verdict))}</title>
    <link rel="alternate" type="text/html" href="${x(verdict.url)}"/>
    <published>${x(verdict.firstPublishedAt)}</published>
    <updated>${x(lastModified(verdict))}</updated>
    <summary>${x(itemText(verdict))}</summary>
    <content type="html">${x(itemHtml(verdict))}</content>
    <category term="${x(verdict.snapshot.rating.key)}" label="${x(verdict.snapshot.rating.label)}"/>${verdict.retraction ? '\n    <category term="retracted"/>' : ''}
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${x(meta.homeUrl)}</id>
  <title>${x(meta.title)}</title>
  <updated>${x(updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${x(meta.atomFeedUrl)}"/>
  <link rel="alternate" type="text/html" href="${x(meta.homeUrl)}"/>
  <author><name>${x(meta.publisherName)}</name>${meta.publisherUrl ? `<uri>${x(meta.publisherUrl)}</uri>` : ''}</author>${meta.logoUrl ? `\n  <logo>${x(meta.logoUrl)}</logo>` : ''}
${entries.join('\n')}
</feed>
`;
}

function sortByChange(verdicts: readonly PublicVerdict[]): PublicVerdict[] {
  return [...verdicts].sort((a, b) => lastModified(b).localeCompare(lastModified(a)) || a.id.localeCompare(b.id));
}

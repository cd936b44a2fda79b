import type { PublicVerdict } from './public-verdict.js';

type JsonObject = Record<string, unknown>;

/**
 * The schema.org ClaimReview of a published verdict. Fields whose value is not
 * known (no claimant, no claim date) are left out rather than guessed.
 */
export function buildClaimReview(verdict: PublicVerdict): JsonObject {
  const { snapshot } = verdict;
  const appearances = [...snapshot.appearances].sort((a, b) => (a.publishedAt ?? '9999').localeCompare(b.publishedAt ?? '9999'));
  const creativeWork = (appearance: (typeof appearances)[number]): JsonObject =>
    strip({
      '@type': 'CreativeWork',
      url: appearance.url,
      headline: appearance.title,
      datePublished: appearance.publishedAt,
      publisher: appearance.outlet ? { '@type': 'Organization', name: appearance.outlet } : undefined,
    });
  const claimDate = snapshot.claimDate ?? appearances.find((appearance) => appearance.publishedAt)?.publishedAt;
  const publisher = snapshot.publisher;
  return strip({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: verdict.url,
    claimReviewed: snapshot.claim,
    datePublished: verdict.firstPublishedAt,
    dateModified: snapshot.publishedAt,
    inLanguage: snapshot.language ?? undefined,
    author: strip({
      '@type': 'Organization',
      name: publisher.name,
      url: publisher.url,
      logo: publisher.logoUrl ? { '@type': 'ImageObject', url: publisher.logoUrl } : undefined,
    }),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: snapshot.rating.claimReview.ratingValue,
      bestRating: snapshot.rating.claimReview.bestRating,
      worstRating: snapshot.rating.claimReview.worstRating,
      alternateName: snapshot.rating.claimReview.alternateName,
    },
    itemReviewed: strip({
      '@type': 'Claim',
      author: snapshot.claimant ? { '@type': 'Person', name: snapshot.claimant } : undefined,
      datePublished: claimDate,
      appearance: appearances.length ? appearances.map(creativeWork) : undefined,
      firstAppearance: appearances[0] ? creativeWork(appearances[0]) : undefined,
    }),
  });
}

/**
 * Checks a ClaimReview against the rules this desk promises (schema.org plus
 * the fields search engines read). Returns the problems; empty means valid.
 */
export function claimReviewProblems(document: JsonObject): string[] {
  const problems: string[] = [];
  const need = (condition: boolean, message: string) => {
    if (!condition) problems.push(message);
  };
  const isText = (value: unknown) => typeof value === 'string' && value.trim().length > 0;
  const isDate = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
  const isUrl = (value: unknown) => typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value);
  need(document['@context'] === 'https://schema.org', '@context must be https://schema.org');
  need(document['@type'] === 'ClaimReview', '@type must be ClaimReview');
  need(isText(document.claimReviewed), 'claimReviewed is required');
  need(isUrl(document.url), 'url must be an absolute http(s) URL');
  need(isDate(document.datePublished), 'datePublished must be a date');
  const author = document.author as JsonObject | undefined;
  need(author?.['@type'] === 'Organization' && isText(author.name), 'author must be an Organization with a name');
  const rating = document.reviewRating as JsonObject | undefined;
  need(rating?.['@type'] === 'Rating', 'reviewRating must be a Rating');
  const value = rating?.ratingValue;
  const best = rating?.bestRating;
  const worst = rating?.worstRating;
  need([value, best, worst].every((n) => typeof n === 'number' && Number.isFinite(n)), 'ratingValue, bestRating and worstRating must be numbers');
  if (typeof value === 'number' && typeof best === 'number' && typeof worst === 'number') {
    need(worst < best, 'worstRating must be below bestRating');
    need(value >= worst && value <= best, 'ratingValue must lie between worstRating and bestRating');
  }
  need(isText(rating?.alternateName), 'reviewRating.alternateName is required');
  const item = document.itemReviewed as JsonObject | undefined;
  need(item?.['@type'] === 'Claim', 'itemReviewed must be a Claim');
  const claimAuthor = item?.author as JsonObject | undefined;
  need(isText(claimAuthor?.name) && ['Person', 'Organization'].includes(String(claimAuthor?.['@type'])), 'itemReviewed.author must name a Person or Organization');
  need(isDate(item?.datePublished), 'itemReviewed.datePublished must be a date');
  const appearances = (item?.appearance as JsonObject[] | undefined) ?? [];
  const first = item?.firstAppearance as JsonObject | undefined;
  need(appearances.length > 0 || first !== undefined, 'itemReviewed needs appearance or firstAppearance');
  for (const work of [...appearances, ...(first ? [first] : [])]) {
    need(work['@type'] === 'CreativeWork' && isUrl(work.url), 'each appearance must be a CreativeWork with a URL');
  }
  return problems;
}

function strip(object: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== null));
}

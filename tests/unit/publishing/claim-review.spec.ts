import { describe, expect, it } from '@jest/globals';
import { buildClaimReview, claimReviewProblems } from '../../../src/publishing/claim-review.js';
import { verdictFixture } from './fixtures.js';

describe('ClaimReview', () => {
  it('carries every required field and validates', () => {
    const review = buildClaimReview(verdictFixture());
    expect(claimReviewProblems(review)).toEqual([]);
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: 'The moon is made of cheese',
      url: 'https://desk.example.org/public/desk/verdicts/7a1c1f3e-0000-4000-8000-000000000001',
      datePublished: '2026-11-01T10:00:00.000Z',
      author: { '@type': 'Organization', name: 'Desk News', url: 'https://desk.example.org' },
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'A. Politician' },
        datePublished: '2026-10-30',
        firstAppearance: { '@type': 'CreativeWork', url: 'https://video.example.com/first' },
      },
    });
    expect((review.itemReviewed as { appearance: unknown[] }).appearance).toHaveLength(2);
  });

  it('takes the claim date from the first appearance when none was recorded', () => {
    const review = buildClaimReview(verdictFixture({}, { claimDate: null }));
    expect((review.itemReviewed as { datePublished: string }).datePublished).toBe('2026-10-30');
  });

  it('leaves unknown facts out instead of inventing them, and the validator notices', () => {
    const review = buildClaimReview(verdictFixture({}, { claimant: null, claimDate: null, appearances: [] }));
    expect(review.itemReviewed).toEqual({ '@type': 'Claim' });
    expect(claimReviewProblems(review)).toEqual([
      'itemReviewed.author must name a Person or Organization',
      'itemReviewed.datePublished must be a date',
      'itemReviewed needs appearance or firstAppearance',
    ]);
  });

  it('rejects a rating outside its scale and a relative URL', () => {
    const review = buildClaimReview(verdictFixture({ url: '/public/x' }));
    (review.reviewRating as Record<string, unknown>).ratingValue = 9;
    expect(claimReviewProblems(review)).toEqual(['url must be an absolute http(s) URL', 'ratingValue must lie between worstRating and bestRating']);
  });
});

import { DEFAULT_RATING_SCALE } from '../../../src/newsrooms/newsroom-settings.js';
import type { PublicVerdict } from '../../../src/publishing/public-verdict.js';

/** A published verdict with overridable parts, for the pure builders' tests. */
export function verdictFixture(overrides: Partial<PublicVerdict> = {}, snapshot: Partial<PublicVerdict['snapshot']> = {}): PublicVerdict {
  return {
    id: '7a1c1f3e-0000-4000-8000-000000000001',
    url: 'https://desk.example.org/public/desk/verdicts/7a1c1f3e-0000-4000-8000-000000000001',
    version: 1,
    firstPublishedAt: '2026-11-01T10:00:00.000Z',
    retraction: null,
    ...overrides,
    snapshot: {
      ticketId: '7a1c1f3e-0000-4000-8000-000000000001',
      ticketNumber: 42,
      claim: 'The moon is made of cheese',
      claimant: 'A. Politician',
      claimDate: '2026-10-30',
      language: 'en',
      appearances: [
        { url: 'https://news.example.com/later', outlet: 'News', publishedAt: '2026-10-31' },
        { url: 'https://video.example.com/first', title: 'Speech', publishedAt: '2026-10-30' },
      ],
      rating: DEFAULT_RATING_SCALE.find((r) => r.key === 'false')!,
      summary: 'Samples show rock.',
      writeupHtml: '<p>Apollo brought back rock.</p>',
      evidence: [{ title: 'NASA samples', url: 'https://nasa.example.gov/samples', description: 'Lunar sample catalogue' }],
      contentHash: 'c'.repeat(64),
      approvals: [
        { name: 'Rita Reviewer', role: 'reviewer', signedAt: '2026-11-01T09:00:00.000Z' },
        { name: 'Ed Editor', role: 'editor', signedAt: '2026-11-01T09:30:00.000Z' },
      ],
      publisher: { name: 'Desk News', url: 'https://desk.example.org', logoUrl: 'https://desk.example.org/logo.png' },
      publishedAt: '2026-11-01T10:00:00.000Z',
      changelog: [],
      ...snapshot,
    },
  };
}

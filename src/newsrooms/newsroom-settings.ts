import type { Role } from '../access/roles.js';

/** One rating of a newsroom's scale, with its schema.org ClaimReview mapping. */
export interface RatingDefinition {
  key: string;
  label: string;
  description: string;
  claimReview: {
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
  };
}

/** How many distinct approvals of at least each role a verdict needs. */
export interface SignoffPolicy {
  /** e.g. { reviewer: 1, editor: 1 }: one approval by a reviewer-or-higher, one by an editor-or-higher. */
  required: Partial<Record<Role, number>>;
  /** Approvals from whoever set the current rating do not count. */
  excludeRatingSetter: boolean;
}

export interface PublisherIdentity {
  name?: string;
  url?: string;
  logoUrl?: string;
}

export interface NewsroomSettings {
  ratingScale: RatingDefinition[];
  signoffPolicy: SignoffPolicy;
  publisher: PublisherIdentity;
  /** Researchers may take a new ticket themselves (assign themselves and start); editors always may. */
  selfAssignment: boolean;
}

const rating = (key: string, label: string, description: string, value: number): RatingDefinition => ({
  key,
  label,
  description,
  claimReview: { ratingValue: value, bestRating: 5, worstRating: 1, alternateName: label },
});

/**
 * The scale a new newsroom starts with. Ordinal values run from 5 (true) to 1
 * (false); ratings outside that line (misleading, unproven) take values a
 * reader of ClaimReview would expect next to their nearest neighbour.
 */
export const DEFAULT_RATING_SCALE: readonly RatingDefinition[] = [
  rating('true', 'True', 'The claim is accurate and nothing significant is missing.', 5),
  rating('mostly-true', 'Mostly true', 'The claim is accurate but needs clarification or additional information.', 4),
  rating('mixed', 'Mixed', 'The claim has significant elements of both truth and falsity.', 3),
  rating('mostly-false', 'Mostly false', 'The claim contains an element of truth but ignores critical facts.', 2),
  rating('false', 'False', 'The claim is not accurate.', 1),
  rating('misleading', 'Misleading', 'The claim uses accurate facts in a way that leaves a false impression.', 2),
  rating('unproven', 'Unproven', 'There is not enough evidence to support or refute the claim.', 3),
];

export const DEFAULT_SIGNOFF_POLICY: SignoffPolicy = { required: { reviewer: 1, editor: 1 }, excludeRatingSetter: true };

/**
 * Settings as stored (a JSON column that only holds what an admin changed)
 * merged over the defaults. Validation of updates belongs to the newsrooms module.
 */
export function resolveSettings(stored: Record<string, unknown> | null | undefined): NewsroomSettings {
  const partial = (stored ?? {}) as Partial<NewsroomSettings>;
  return {
    ratingScale: partial.ratingScale?.length ? partial.ratingScale : [...DEFAULT_RATING_SCALE],
    signoffPolicy: partial.signoffPolicy ?? DEFAULT_SIGNOFF_POLICY,
    publisher: partial.publisher ?? {},
    // On unless an admin turned it off: a small newsroom can work on day one without an editor handing out every ticket.
    selfAssignment: typeof partial.selfAssignment === 'boolean' ? partial.selfAssignment : true,
  };
}

export function findRating(settings: NewsroomSettings, key: string): RatingDefinition | undefined {
  return settings.ratingScale.find((entry) => entry.key === key);
}

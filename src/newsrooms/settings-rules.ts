import type { FieldError } from '../common/errors/app-error.js';
import type { NewsroomSettings, PublisherIdentity, RatingDefinition, SignoffPolicy } from './newsroom-settings.js';

/** What an admin may send: each part replaces the stored one as a whole. */
export interface SettingsUpdate {
  ratingScale?: RatingDefinition[];
  signoffPolicy?: { required: SignoffPolicy['required']; excludeRatingSetter?: boolean };
  publisher?: PublisherIdentity;
  selfAssignment?: boolean;
}

export const POLICY_ROLES = ['reviewer', 'editor', 'admin'] as const;
export const MAX_APPROVALS_PER_ROLE = 5;

/**
 * Rules that span fields, beyond what the DTO checks field by field: rating
 * keys are unique, ClaimReview numbers are ordered (worst <= value <= best,
 * worst < best), and approval counts are whole numbers from 0 to 5 for the
 * roles that can sign off.
 */
export function settingsProblems(update: SettingsUpdate): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  update.ratingScale?.forEach((rating, index) => {
    const at = `settings.ratingScale.${index}`;
    if (seen.has(rating.key)) problems.push({ field: `${at}.key`, message: `duplicate rating key "${rating.key}"` });
    seen.add(rating.key);
    const { ratingValue, bestRating, worstRating } = rating.claimReview;
    if (!(worstRating < bestRating)) problems.push({ field: `${at}.claimReview`, message: 'worstRating must be below bestRating' });
    if (!(worstRating <= ratingValue && ratingValue <= bestRating)) {
      problems.push({ field: `${at}.claimReview.ratingValue`, message: 'ratingValue must lie between worstRating and bestRating' });
    }
  });
  const required = update.signoffPolicy?.required;
  if (required) {
    for (const [role, count] of Object.entries(required)) {
      const field = `settings.signoffPolicy.required.${role}`;
      if (!(POLICY_ROLES as readonly string[]).includes(role)) problems.push({ field, message: 'only reviewer, editor and admin approvals can be required' });
      else if (!Number.isInteger(count) || count! < 0 || count! > MAX_APPROVALS_PER_ROLE) {
        problems.push({ field, message: `must be a whole number from 0 to ${MAX_APPROVALS_PER_ROLE}` });
      }
    }
  }
  return problems;
}

/** The stored settings after an update: only what admins changed is kept, defaults fill the rest when read. */
export function mergeSettings(stored: Record<string, unknown> | null | undefined, update: SettingsUpdate): Partial<NewsroomSettings> {
  const next: Partial<NewsroomSettings> = { ...((stored ?? {}) as Partial<NewsroomSettings>) };
  if (update.ratingScale) next.ratingScale = update.ratingScale.map((rating) => ({ ...rating, claimReview: { ...rating.claimReview } }));
  if (update.signoffPolicy) {
    next.signoffPolicy = {
      required: Object.fromEntries(Object.entries(update.signoffPolicy.required).filter(([, count]) => count !== undefined)),
      excludeRatingSetter: update.signoffPolicy.excludeRatingSetter ?? true,
    };
  }
  if (update.selfAssignment !== undefined) next.selfAssignment = update.selfAssignment;
  if (update.publisher) next.publisher = Object.fromEntries(Object.entries(update.publisher).filter(([, value]) => value !== undefined));
  return next;
}

/** Rating keys an update would remove from the scale in force (tickets may still use them). */
export function removedRatingKeys(current: NewsroomSettings, update: SettingsUpdate): string[] {
  if (!update.ratingScale) return [];
  const kept = new Set(update.ratingScale.map((rating) => rating.key));
  return current.ratingScale.map((rating) => rating.key).filter((key) => !kept.has(key));
}

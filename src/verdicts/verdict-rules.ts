import type { NewsroomSettings, RatingDefinition } from '../newsrooms/newsroom-settings.js';
import { findRating } from '../newsrooms/newsroom-settings.js';
import { isEditableStatus, type TicketStatus } from '../tickets/ticket-status.js';

export type VerdictCheck = { ok: true; rating: RatingDefinition } | { ok: false; kind: 'state_conflict' | 'validation_failed'; reason: string };

/** May this verdict be set now? The rating must be on the newsroom's scale and the write-up still editable. */
export function checkVerdict(settings: NewsroomSettings, status: TicketStatus, ratingKey: string): VerdictCheck {
  if (!isEditableStatus(status)) {
    return { ok: false, kind: 'state_conflict', reason: `The verdict can change only while researching, drafting or in review (the ticket is ${status}).` };
  }
  const rating = findRating(settings, ratingKey);
  if (!rating) {
    const keys = settings.ratingScale.map((entry) => entry.key).join(', ');
    return { ok: false, kind: 'validation_failed', reason: `rating must be one of the newsroom's scale: ${keys}.` };
  }
  return { ok: true, rating };
}

/** Who set the rating: the setter changes only when the rating itself changes. */
export function nextRatingSetter(current: { rating: string | null; ratingSetBy: string | null }, newRating: string, actorId: string): { setBy: string; changed: boolean } {
  if (current.rating === newRating && current.ratingSetBy) return { setBy: current.ratingSetBy, changed: false };
  return { setBy: actorId, changed: true };
}

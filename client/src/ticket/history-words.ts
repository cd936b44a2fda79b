// Explicit extensions and structural types: the unit tests compile this module with the server's settings.
import type { RatingDefinition } from '../../../src/newsrooms/newsroom-settings.js';

/** What is read of a history entry (an `AuditEntryDto` of the API fits). */
export interface EntryWords {
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const WORDS: Record<string, string> = {
  'ticket.created': 'opened the ticket',
  'ticket.updated': 'edited the ticket',
  'ticket.transitioned': 'moved the ticket',
  'ticket.assigned': 'assigned',
  'ticket.unassigned': 'unassigned',
  'ticket.taken': 'took the ticket',
  'evidence.added': 'added evidence',
  'evidence.updated': 'edited evidence',
  'evidence.removed': 'removed evidence',
  'verdict.set': 'set the verdict',
  'signoff.given': 'signed off',
  'verdict.published': 'published the verdict',
  'verdict.corrected': 'reopened the verdict for a correction',
  'verdict.retracted': 'retracted the verdict',
};

const status = (value: string) => value.replace('_', ' ');

/** A rating as the newsroom names it; a key the scale no longer has is shown as stored. */
export function ratingLabel(key: string, scale: readonly RatingDefinition[] | undefined): string {
  return scale?.find((rating) => rating.key === key)?.label ?? key;
}

/** One history entry in words, after the actor's name: "assigned Ana as researcher (new → assigned)". */
export function describeEntry(entry: EntryWords, nameOf: (id: unknown) => string, scale?: readonly RatingDefinition[]): string {
  const words = WORDS[entry.action] ?? entry.action.replace(/[._]/g, ' ');
  const to = entry.after?.status;
  const from = entry.before?.status;
  const move = typeof to === 'string' && typeof from === 'string' && from !== to ? `${status(from)} → ${status(to)}` : undefined;
  if ((entry.action === 'ticket.assigned' || entry.action === 'ticket.unassigned') && entry.after?.userId) {
    const role = typeof entry.after.role === 'string' ? ` as ${entry.after.role}` : '';
    return `${words} ${nameOf(entry.after.userId)}${role}${move ? ` (${move})` : ''}`;
  }
  if (entry.action === 'ticket.taken') return `${words}${move ? ` (${move})` : ''}`;
  if (entry.action === 'verdict.set' && typeof entry.after?.rating === 'string') return `${words}: ${ratingLabel(entry.after.rating, scale)}`;
  if (entry.action === 'signoff.given') return entry.after?.decision === 'request_changes' ? `asked for changes${move ? ` (${move})` : ''}` : 'approved this version';
  // Publishing entries carry the move too; the version is what a reader looks for.
  if (typeof entry.after?.publicationVersion === 'number') return `${words} (version ${entry.after.publicationVersion})`;
  if (move) return `${words}: ${move}`;
  return words;
}

/**
 * The intake screen's rules as plain functions (shared with their unit
 * tests): how the cleaned text splits around the candidates, how strong a
 * highlight is, what one "apply" sends, which files the screen reads.
 */

export interface Span {
  id: string;
  start: number;
  end: number;
  score: number;
}

export type Segment = { text: string; candidateId?: undefined } | { text: string; candidateId: string; score: number };

/**
 * The text cut into plain runs and candidate runs, in order. Offsets outside
 * the text are clamped; a candidate overlapping an earlier one is left
 * unhighlighted rather than cutting a sentence in two.
 */
export function segmentsOf(text: string, spans: readonly Span[]): Segment[] {
  const ordered = [...spans].map((s) => ({ ...s, start: clamp(s.start, text.length), end: clamp(s.end, text.length) })).filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of ordered) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: text.slice(span.start, span.end), candidateId: span.id, score: span.score });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

const clamp = (value: number, length: number) => Math.max(0, Math.min(length, Math.floor(value)));

/** Highlight strength 1 (faint) to 4 (strong), from a score in 0..1. */
export function strengthOf(score: number): 1 | 2 | 3 | 4 {
  if (score >= 0.85) return 4;
  if (score >= 0.7) return 3;
  if (score >= 0.5) return 2;
  return 1;
}

/** A score as the screen prints it: a whole percentage. */
export const percent = (score: number) => `${Math.round(Math.max(0, Math.min(1, score)) * 100)}%`;

/** What the member chose for a selected candidate: a new ticket, or the id of a ticket to join. */
export type Choice = 'new' | { join: string };

export interface Action {
  candidateId: string;
  ticketId?: string;
}

/** The one request "apply" sends, in the order the candidates are listed. */
export function actionsOf(order: readonly string[], chosen: ReadonlyMap<string, Choice>): Action[] {
  return order.filter((id) => chosen.has(id)).map((candidateId) => {
    const choice = chosen.get(candidateId)!;
    return choice === 'new' ? { candidateId } : { candidateId, ticketId: choice.join };
  });
}

/** Same-claim matches first, then closest first (the server already orders them; a stale page may not). */
export function orderedMatches<T extends { sameClaim: boolean; score: number }>(matches: readonly T[]): T[] {
  return [...matches].sort((a, b) => Number(b.sameClaim) - Number(a.sameClaim) || b.score - a.score);
}

/** How a dropped or chosen file is read: as HTML, as text, or not at all. */
export function formatOfFile(name: string): 'html' | 'text' | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'html' || extension === 'htm') return 'html';
  if (extension === 'txt' || extension === 'md') return 'text';
  return undefined;
}

export const ACCEPTED_FILES = '.txt,.html,.htm,.md';

/**
 * Pasted or read text as the desk takes it: text copied from PDFs and word
 * processors carries form feeds and other control characters, which the desk
 * refuses in any request body. They mark layout, never words: a form feed or
 * vertical tab becomes a line break, the rest goes.
 */
export function withoutControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\u000b\u000c]/g, '\n').replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '');
}

/** A date from a date field as the API takes it (midnight UTC, so the day never shifts). */
export function publishedAtOf(date: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00.000Z` : undefined;
}

interface RandomSource {
  getRandomValues(array: Uint8Array): Uint8Array;
  randomUUID?: () => string;
}

/**
 * A fresh Idempotency-Key. `crypto.randomUUID` exists only on secure pages
 * (https or localhost); a desk served over plain http on a newsroom's network
 * still has `getRandomValues`.
 */
export function idempotencyKey(random: RandomSource = crypto): string {
  if (typeof random.randomUUID === 'function') return random.randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** An error from the desk's API (a problem+json document) or from the network. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: { field: string; message: string }[] = [],
    readonly requestId?: string,
  ) {
    super(message);
  }
}

/**
 * What a journalist should read for each machine code. The server's own
 * `detail` is used only where it is more specific than these.
 */
const MESSAGES: Record<string, string> = {
  version_conflict: 'Someone else changed this ticket while you were editing. Reload to see their changes.',
  version_required: 'This page is out of date. Reload and try again.',
  invalid_transition: 'This ticket cannot move to that step from where it is now.',
  state_conflict: 'This ticket is not in a state that allows that right now.',
  forbidden: 'Your role in this newsroom does not allow this. Ask an editor or an admin.',
  no_access_rule: 'Your role in this newsroom does not allow this. Ask an editor or an admin.',
  unauthenticated: 'Your session has ended. Please sign in again.',
  invalid_token: 'Your session has ended. Please sign in again.',
  invalid_credentials: 'That email and password do not match an account.',
  not_found: 'We could not find that. It may have been removed, or you may not have access to it.',
  validation_failed: 'Some fields need attention.',
  malformed_json: 'The desk could not read what was sent. Reload and try again.',
  json_too_deep: 'The desk could not read what was sent. Reload and try again.',
  too_many_streams: 'Too many desk windows are open for live updates. Close some tabs and reload.',
  rate_limited: 'Too many attempts in a short time. Wait a minute and try again.',
  weak_password: 'Choose a longer password (at least 12 characters works best).',
  email_taken: 'An account with this email already exists. Try signing in instead.',
  slug_taken: 'That short name is already used by another newsroom.',
  last_admin: 'A newsroom needs at least one admin. Make someone else an admin first.',
  already_member: 'This person is already a member of the newsroom.',
  registration_closed: 'New accounts cannot be created here. Ask your newsroom admin for an invitation.',
  invitation_invalid: 'This invitation is no longer valid. Ask your newsroom admin for a new one.',
  idempotency_key_reused: 'This was already sent with different content. Reload and try again.',
  idempotency_in_progress: 'This is still being saved. Wait a moment before trying again.',
  method_not_allowed: 'The desk does not allow that here.',
  unsupported_media_type: 'The desk could not read what was sent. Reload and try again.',
  unprocessable: 'The desk could not accept this as it is.',
  payload_too_large: 'That is too large to save.',
  database_unavailable: 'The desk cannot reach its database right now. Try again in a moment.',
  shutting_down: 'The desk is restarting. Try again in a moment.',
  request_timeout: 'The connection to the desk was too slow and was closed. Try again.',
  headers_too_large: 'The desk could not read what was sent. Sign out and in again, then retry.',
  writeup_reloading: 'The write-up is being reloaded after a failed save. Try again in a moment.',
  internal_error: 'Something went wrong on the desk’s side. Try again; if it keeps happening, tell your admin.',
  network: 'The desk cannot be reached. Check your connection and try again.',
};

/** Codes whose server `detail` carries the useful part (e.g. which policy is unmet). */
const DETAIL_FIRST = new Set(['invalid_transition', 'state_conflict', 'unprocessable', 'validation_failed']);

export function hasMessage(code: string): boolean {
  return code in MESSAGES;
}

export function humanMessage(code: string, detail?: string): string {
  if (detail && DETAIL_FIRST.has(code)) return `${MESSAGES[code] ?? ''} ${sentence(detail)}`.trim();
  return MESSAGES[code] ?? (detail ? sentence(detail) : 'Something went wrong. Try again.');
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return humanMessage('internal_error');
}

/** Emails are compared and stored lower-cased and trimmed: one account per address, however it is typed. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

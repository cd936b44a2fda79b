/**
 * Facts about a ticket's content that the lifecycle and the sign-off policy
 * need, computed one way for the server and the web client alike.
 */

/** The verdict is there: a rating and a summary that is more than whitespace. */
export function verdictComplete(verdict: { rating: string | null; summary: string | null }): boolean {
  return !!verdict.rating && !!verdict.summary && verdict.summary.trim() !== '';
}

/**
 * The write-up is written: its canonical text (the very text the content hash
 * covers) holds more than whitespace. A write-up never opened has no text.
 */
export function writeupWritten(writeup: { text: string } | null | undefined): boolean {
  return !!writeup && writeup.text.trim() !== '';
}

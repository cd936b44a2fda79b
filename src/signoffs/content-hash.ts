import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** The canonical write-up: its ProseMirror JSON and its plain text. */
export interface CanonicalWriteup {
  json: unknown;
  text: string;
}

/** Everything a sign-off approves: the verdict and the write-up. */
export interface SignedContent {
  rating: string | null;
  summary: string | null;
  writeup: CanonicalWriteup | null;
}

/**
 * SHA-256 (hex) over the RFC 8785 canonical JSON of rating, summary and
 * write-up. Canonical JSON makes the hash independent of key order and number
 * formatting, so the same content always yields the same hash, wherever it is
 * computed (sign-off, publication, an outside verifier).
 */
export function contentHash(content: SignedContent): string {
  const canonical = canonicalize({
    rating: content.rating ?? null,
    summary: content.summary ?? null,
    writeup: content.writeup ? { json: content.writeup.json ?? null, text: content.writeup.text } : null,
  });
  if (canonical === undefined) throw new Error('content cannot be serialised canonically');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

import { createHash, randomBytes } from 'node:crypto';

/** A random, URL-safe secret (refresh tokens, invitations): 256 bits. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What is stored instead of the token. The tokens are random and long, so a
 * fast hash is enough: there is nothing to brute-force, only a leak to blunt.
 */
export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

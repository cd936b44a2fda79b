import { JwtService } from '@nestjs/jwt';
import { type AccessClaims, ACCESS_AUDIENCE, ACCESS_TOKEN_TTL_SECONDS, type AccessVerifyOptions, isAccessClaims, JWT_ALGORITHM, JWT_ISSUER } from './token-claims.js';

const jwt = new JwtService();

/** Signs a short-lived access token carrying ids only. */
export function signAccessToken(secret: string, claims: AccessClaims, ttlSeconds = ACCESS_TOKEN_TTL_SECONDS): string {
  return jwt.sign({ ...claims }, { secret, algorithm: JWT_ALGORITHM, audience: ACCESS_AUDIENCE, issuer: JWT_ISSUER, expiresIn: ttlSeconds });
}

export type AccessTokenCheck = { ok: true; claims: AccessClaims; expiresAt: number } | { ok: false; reason: string };

/**
 * Verifies an access token's signature, algorithm (HS256 only, so `alg: none`
 * and algorithm confusion are refused), expiry (which must be present),
 * issuer and audience, and the shape of its claims. Whether the session is still live is the caller's
 * next question. The reason is for logs, never for the client.
 */
export function verifyAccessToken(token: string, options: AccessVerifyOptions): AccessTokenCheck {
  try {
    const payload: unknown = jwt.verify(token, options);
    if (!isAccessClaims(payload)) return { ok: false, reason: 'token claims are malformed' };
    // jsonwebtoken checks `exp` only when there is one; the desk signs none without it.
    const { exp } = payload as { exp?: unknown };
    if (typeof exp !== 'number') return { ok: false, reason: 'token has no expiry' };
    return { ok: true, claims: { sub: payload.sub, sid: payload.sid, ver: payload.ver }, expiresAt: exp * 1000 };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : 'token is invalid' };
  }
}

const MAX_VERIFIED = 10_000;

/**
 * Access tokens already verified, by their exact text. Verification depends
 * only on the text, the key and the clock, so a token that passed stays good
 * until its `exp`: later requests with it skip the HMAC, the decoding and the
 * claim checks. Only successes are kept, and at most MAX_VERIFIED of them.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { claims: AccessClaims; expiresAt: number }>();

  constructor(private readonly options: AccessVerifyOptions) {}

  check(token: string): AccessTokenCheck {
    const known = this.entries.get(token);
    if (known && Date.now() < known.expiresAt) return { ok: true, ...known };
    if (known) this.entries.delete(token);
    const check = verifyAccessToken(token, this.options);
    if (check.ok) {
      if (this.entries.size >= MAX_VERIFIED) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(token, { claims: Object.freeze(check.claims), expiresAt: check.expiresAt });
    }
    return check;
  }
}

import { JwtService } from '@nestjs/jwt';
import { type AccessClaims, ACCESS_AUDIENCE, ACCESS_TOKEN_TTL_SECONDS, JWT_ALGORITHM, JWT_ISSUER } from './token-claims.js';

const jwt = new JwtService();

/** Signs a short-lived access token carrying ids only. */
export function signAccessToken(secret: string, claims: AccessClaims, ttlSeconds = ACCESS_TOKEN_TTL_SECONDS): string {
  return jwt.sign({ ...claims }, { secret, algorithm: JWT_ALGORITHM, audience: ACCESS_AUDIENCE, issuer: JWT_ISSUER, expiresIn: ttlSeconds });
}

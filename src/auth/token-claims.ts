import type { AppConfig } from '../config/config.js';

/** Access tokens carry ids only: who, which session, which token generation. */
export interface AccessClaims {
  sub: string;
  sid: string;
  ver: number;
}

export const JWT_ISSUER = 'claimdesk';
export const ACCESS_AUDIENCE = 'claimdesk:api';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const JWT_ALGORITHM = 'HS256' as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isAccessClaims(payload: unknown): payload is AccessClaims {
  const claims = payload as Partial<AccessClaims> | null;
  return (
    typeof claims?.sub === 'string' &&
    UUID.test(claims.sub) &&
    typeof claims.sid === 'string' &&
    UUID.test(claims.sid) &&
    typeof claims.ver === 'number' &&
    Number.isInteger(claims.ver)
  );
}

/** Verification options shared by the HTTP strategy and the live-editing gateway. */
export function accessVerifyOptions(config: AppConfig) {
  return {
    secret: config.jwtSecret,
    algorithms: [JWT_ALGORITHM],
    audience: ACCESS_AUDIENCE,
    issuer: JWT_ISSUER,
  };
}

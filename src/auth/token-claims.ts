import { createSecretKey, type KeyObject } from 'node:crypto';
import type { AppConfig } from '../config/config.js';
import { isUuid } from '../common/ids.js';

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

export function isAccessClaims(payload: unknown): payload is AccessClaims {
  const claims = payload as Partial<AccessClaims> | null;
  return (
    typeof claims?.sub === 'string' &&
    isUuid(claims.sub) &&
    typeof claims.sid === 'string' &&
    isUuid(claims.sid) &&
    typeof claims.ver === 'number' &&
    Number.isInteger(claims.ver)
  );
}

const secretKeys = new Map<string, KeyObject>();

/**
 * The HMAC key as a KeyObject, made once per secret. Given a string,
 * jsonwebtoken first tries to parse it as a PEM public key and fails, on every
 * verification; a KeyObject skips that (about a millisecond of CPU per request).
 */
export function accessSecretKey(config: AppConfig): KeyObject {
  let key = secretKeys.get(config.jwtSecret);
  if (!key) {
    key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
    secretKeys.set(config.jwtSecret, key);
  }
  return key;
}

export interface AccessVerifyOptions {
  secret: string;
  algorithms: (typeof JWT_ALGORITHM)[];
  audience: string;
  issuer: string;
}

/** Verification options shared by the HTTP access guard and the live-editing gateway. */
export function accessVerifyOptions(config: AppConfig): AccessVerifyOptions {
  return {
    // KeyObject is what jsonwebtoken wants; the typings of its wrappers only name string | Buffer.
    secret: accessSecretKey(config) as unknown as string,
    algorithms: [JWT_ALGORITHM],
    audience: ACCESS_AUDIENCE,
    issuer: JWT_ISSUER,
  };
}

import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { signAccessToken, VerifiedTokens } from '../../../src/auth/access-token.js';
import { ACCESS_AUDIENCE, accessVerifyOptions, JWT_ISSUER } from '../../../src/auth/token-claims.js';
import type { AppConfig } from '../../../src/config/config.js';

const SECRET = 'unit-secret-that-is-long-enough-for-hs256-signing';
const claims = { sub: '00000000-0000-4000-8000-00000000000a', sid: '00000000-0000-4000-8000-000000000005', ver: 3 };

describe('VerifiedTokens', () => {
  let tokens: VerifiedTokens;

  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-12-01T12:00:00Z') });
    tokens = new VerifiedTokens(accessVerifyOptions({ jwtSecret: SECRET } as AppConfig));
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('accepts a good token, again from memory, and refuses it from the second of its expiry on', () => {
    const token = signAccessToken(SECRET, claims, 60);
    expect(tokens.check(token)).toMatchObject({ ok: true, claims });
    expect(tokens.check(token)).toMatchObject({ ok: true, claims });
    jest.advanceTimersByTime(59_999);
    expect(tokens.check(token)).toMatchObject({ ok: true });
    jest.advanceTimersByTime(1);
    expect(tokens.check(token)).toEqual({ ok: false, reason: 'jwt expired' });
  });

  it('never lets a remembered token vouch for another text: a changed signature or payload is verified on its own', () => {
    const token = signAccessToken(SECRET, claims, 60);
    expect(tokens.check(token).ok).toBe(true);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const flipped = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'AB' : 'AA'}`;
    expect(tokens.check(flipped)).toEqual({ ok: false, reason: 'invalid signature' });
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), ver: 4 })).toString('base64url');
    expect(tokens.check(`${header}.${forged}.${signature}`)).toEqual({ ok: false, reason: 'invalid signature' });
    expect(tokens.check(signAccessToken('another-secret-that-is-long-enough-for-hs256', claims, 60))).toEqual({ ok: false, reason: 'invalid signature' });
  });

  it('refuses a correctly signed token that carries no expiry', () => {
    const eternal = new JwtService().sign({ ...claims }, { secret: SECRET, algorithm: 'HS256', audience: ACCESS_AUDIENCE, issuer: JWT_ISSUER });
    expect(tokens.check(eternal)).toEqual({ ok: false, reason: 'token has no expiry' });
  });

  it('returns only the claims the desk reads, frozen', () => {
    const check = tokens.check(signAccessToken(SECRET, claims, 60));
    if (!check.ok) throw new Error(check.reason);
    expect(check.claims).toEqual(claims);
    tokens.check(signAccessToken(SECRET, claims, 60));
    const again = tokens.check(signAccessToken(SECRET, claims, 60));
    expect(again.ok && Object.isFrozen(again.claims)).toBe(true);
  });
});

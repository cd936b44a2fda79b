import { describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { signAccessToken } from '../../../src/auth/access-token.js';
import { hashOpaqueToken, newOpaqueToken } from '../../../src/auth/opaque-token.js';
import { ACCESS_AUDIENCE, isAccessClaims, JWT_ISSUER } from '../../../src/auth/token-claims.js';

const SECRET = 'unit-test-secret-that-is-long-enough-for-hs256';
const ID = '5d6f6a52-3b6e-4c55-9a3a-0f2f7c1e4b10';

describe('token claims', () => {
  it('access tokens carry ids only, HS256, issuer, audience and a 15 minute lifetime', () => {
    const token = signAccessToken(SECRET, { sub: ID, sid: ID, ver: 3 });
    const [header] = token.split('.');
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    const payload = new JwtService().verify(token, { secret: SECRET, algorithms: ['HS256'], audience: ACCESS_AUDIENCE, issuer: JWT_ISSUER });
    expect(Object.keys(payload).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'sid', 'sub', 'ver']);
    expect(payload.exp - payload.iat).toBe(900);
  });

  it('accepts only uuid ids and an integer version', () => {
    expect(isAccessClaims({ sub: ID, sid: ID, ver: 0 })).toBe(true);
    expect(isAccessClaims({ sub: 'admin', sid: ID, ver: 0 })).toBe(false);
    expect(isAccessClaims({ sub: ID, sid: ID, ver: '0' })).toBe(false);
    expect(isAccessClaims({ sub: ID, sid: ID, ver: 0.5 })).toBe(false);
    expect(isAccessClaims(null)).toBe(false);
  });

  it('opaque tokens are random, URL-safe, and stored only as a digest', () => {
    const a = newOpaqueToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newOpaqueToken()).not.toBe(a);
    expect(hashOpaqueToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashOpaqueToken(a)).toBe(hashOpaqueToken(a));
    expect(hashOpaqueToken(a)).not.toContain(a);
  });
});

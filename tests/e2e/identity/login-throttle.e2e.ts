import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { ACCOUNT_LIMITS } from '../../../src/auth/login-throttle.js';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { closeDb } from '../../support/factories.js';
import { register, uniqueEmail } from './identity-helpers.js';

describe('login throttling', () => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = await startDesk();
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  const login = (email: string, password: string) => request(desk.baseUrl).post('/api/auth/login').send({ email, password });

  /** Fails `hard` times; returns how long the last failure took and the refusal that follows. */
  async function exhaust(email: string) {
    let lastMs = 0;
    for (let attempt = 1; attempt <= ACCOUNT_LIMITS.hard; attempt++) {
      const started = Date.now();
      const response = await login(email, `wrong password number ${attempt}`);
      lastMs = Date.now() - started;
      expect(response.status).toBe(401);
    }
    return { lastMs, refusal: await login(email, 'wrong password once more') };
  }

  it('slows repeated failures for an account, then refuses with 429 and Retry-After, even with the right password', async () => {
    const person = await register(desk);
    const { lastMs, refusal } = await exhaust(person.email);
    expect(lastMs).toBeGreaterThanOrEqual((ACCOUNT_LIMITS.hard - ACCOUNT_LIMITS.soft) * 100 - 20);
    expect(refusal.status).toBe(429);
    expect(refusal.body.code).toBe('rate_limited');
    const retryAfter = Number(refusal.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(ACCOUNT_LIMITS.windowMs / 1000);
    const right = await login(person.email, person.password);
    expect(right.status).toBe(429);
  });

  it('answers an unknown email exactly like a known one, so the refusal reveals nothing', async () => {
    const known = await register(desk);
    const knownRun = await exhaust(known.email);
    const unknownRun = await exhaust(uniqueEmail('nobody'));
    const shape = (response: request.Response) => ({ status: response.status, code: response.body.code, detail: response.body.detail, retry: Boolean(response.headers['retry-after']) });
    expect(shape(unknownRun.refusal)).toEqual(shape(knownRun.refusal));
    expect(unknownRun.refusal.status).toBe(429);
  });

  it('throttles guessing the current password through a stolen access token the same way', async () => {
    const person = await register(desk);
    const change = (currentPassword: string) =>
      request(desk.baseUrl).post('/api/me/password').set('Authorization', `Bearer ${person.accessToken}`).send({ currentPassword, newPassword: 'a-new-and-long-passphrase' });
    for (let attempt = 1; attempt <= ACCOUNT_LIMITS.hard; attempt++) await change(`guess number ${attempt}`).expect(401);
    const refused = await change(person.password);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('does not lock out other accounts from the same address below the address limit', async () => {
    const person = await register(desk);
    await login(person.email, person.password).expect(200);
  });
});

import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { TestDesk } from '../../support/desk.js';

export const uniqueEmail = (prefix = 'person') => `${prefix}-${randomUUID().slice(0, 8)}@Example.org`;
export const strongPassword = () => `river-lamp-${randomUUID().slice(0, 8)}-quiet`;

export interface Registered {
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  userId: string;
}

/** Registers through the API (real password hashing), for tests where sign-in itself is under test. */
export async function register(desk: TestDesk, overrides: Partial<{ email: string; password: string; displayName: string; invitationToken: string }> = {}): Promise<Registered> {
  const email = overrides.email ?? uniqueEmail();
  const password = overrides.password ?? strongPassword();
  const response = await request(desk.baseUrl)
    .post('/api/auth/register')
    .send({ email, password, displayName: overrides.displayName ?? 'Test Person', ...(overrides.invitationToken ? { invitationToken: overrides.invitationToken } : {}) });
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { email, password, accessToken: response.body.accessToken, refreshToken: response.body.refreshToken, userId: response.body.user.id };
}

export const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Fails the test if a response body carries any secret material. */
export function expectNoSecrets(body: unknown): void {
  const text = JSON.stringify(body ?? null);
  for (const needle of ['$argon2', 'passwordHash', 'password_hash', 'tokenHash', 'token_hash']) {
    if (text.includes(needle)) throw new Error(`response leaks ${needle}: ${text.slice(0, 200)}`);
  }
}

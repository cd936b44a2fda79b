/**
 * The real desk on a throwaway embedded PostgreSQL, configured as in
 * production (as bench/bench-desk.ts does) except that registration is open,
 * so that the evaluation can sign up its own admin through the HTTP API.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDesk } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config/config.js';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { freePort } from '../../tests/support/free-port.js';

export interface EvalDesk {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startEvalDesk(): Promise<EvalDesk> {
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-eval-intake-'));
  const postgres = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: await freePort(), database: 'claimdesk', fast: true });
  try {
    const config = loadConfig({
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: postgres.url,
      DATA_DIR: join(dir, 'data'),
      JWT_SECRET: randomBytes(32).toString('hex'),
      DEMO_DATA: 'false',
      LOG_LEVEL: 'error',
      REGISTRATION: 'open',
    });
    const app = await createDesk({ config, databaseUrl: postgres.url });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    return {
      baseUrl: `http://127.0.0.1:${port}`,
      async stop() {
        await app.close();
        await postgres.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await postgres.stop();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

export interface HttpAnswer<T> {
  status: number;
  body: T;
  ms: number;
}

/** A JSON client for one signed-in member. */
export class DeskClient {
  constructor(
    private readonly baseUrl: string,
    private token?: string,
  ) {}

  async send<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<HttpAnswer<T>> {
    const started = performance.now();
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, ms };
  }

  async expect<T>(status: number, method: 'GET' | 'POST', path: string, body?: unknown): Promise<HttpAnswer<T>> {
    const answer = await this.send<T>(method, path, body);
    if (answer.status !== status) throw new Error(`${method} ${path}: expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body).slice(0, 400)}`);
    return answer;
  }

  /** Registers an account (which signs it in) and creates a newsroom it administers. */
  async signUpWithNewsroom(slug: string): Promise<void> {
    const email = `eval-${randomBytes(4).toString('hex')}@example.org`;
    const registered = await this.expect<{ accessToken: string }>(201, 'POST', '/api/auth/register', {
      email,
      password: `intake-eval-${randomBytes(8).toString('hex')}`,
      displayName: 'Intake Evaluation',
    });
    this.token = registered.body.accessToken;
    await this.expect(201, 'POST', '/api/newsrooms', { slug, name: 'Intake evaluation' });
  }
}

export interface IntakeMatch {
  ticketId: string;
  score: number;
  sameClaim: boolean;
  reason: string;
}

export interface IntakeCandidate {
  id: string;
  text: string;
  score: number;
  matches: IntakeMatch[];
}

export interface IntakeArticle {
  id: string;
  language: string;
  candidates: IntakeCandidate[];
}

export interface IntakeAction {
  candidateId: string;
  ticketId?: string;
}

export interface ActionResult {
  candidateId: string;
  ticketId: string;
  created: boolean;
}

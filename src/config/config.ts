import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configSchema } from './config.schema.js';

export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  readonly env: NodeEnv;
  readonly host: string;
  readonly port: number;
  /** Set when an external PostgreSQL is used; otherwise an embedded one is started. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly embeddedPgPort: number;
  readonly redisUrl: string | undefined;
  readonly jwtSecret: string;
  readonly publicBaseUrl: string;
  readonly logLevel: string;
  readonly registration: 'open' | 'invite';
  readonly demoData: boolean;
  readonly trustProxy: boolean | string;
  /** Largest accepted request body, in bytes (BODY_LIMIT, e.g. `256kb`, `1mb`). */
  readonly bodyLimit: number;
  /** Deepest nesting of arrays and objects a JSON body may have; deeper bodies are refused before they are parsed. */
  readonly jsonMaxDepth: number;
  /** Connection limits of the HTTP server, in milliseconds. */
  readonly http: {
    /** A request's headers must have arrived this long after it started (or after the connection opened). */
    readonly headersTimeoutMs: number;
    /** A request, headers and body, must have arrived this long after it started. Answers may take longer (event streams). */
    readonly requestTimeoutMs: number;
    /** An idle kept-alive connection is closed after this long. */
    readonly keepAliveTimeoutMs: number;
    /** On shutdown, requests in flight get this long to finish before their connections are closed. */
    readonly shutdownDrainMs: number;
  };
  /** Concurrent ticket event streams one member may hold open in one newsroom, per instance. */
  readonly eventStreamsPerMember: number;
  /** How long a resolved actor (session, token generation, membership) may be reused without asking the database; 0 turns the cache off. */
  readonly accessCacheMs: number;
  /** Key prefix of live-document traffic in Redis; deployments sharing one Redis need different ones. */
  readonly collabRedisPrefix: string;
  /** Webhook delivery tuning; unset values take defaults that depend on NODE_ENV (see webhooks/webhook-settings.ts). */
  readonly webhooks: {
    readonly worker: boolean;
    readonly pollMs?: number;
    readonly leaseMs?: number;
    readonly timeoutMs?: number;
    readonly backoffBaseMs?: number;
    readonly backoffMaxMs?: number;
    readonly maxAttempts?: number;
    readonly allowPrivateTargets?: boolean;
  };
}

/** A configuration problem, reported as one line without a stack trace. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads and validates the environment. Throws ConfigError naming every bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings are treated as unset, as shells and compose files produce them.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const raw = parsed.data;
  const dataDir = resolve(raw.DATA_DIR);
  const isProduction = raw.NODE_ENV === 'production';
  return {
    env: raw.NODE_ENV,
    host: raw.HOST,
    port: raw.PORT,
    databaseUrl: raw.DATABASE_URL,
    dataDir,
    embeddedPgPort: raw.EMBEDDED_PG_PORT,
    redisUrl: raw.REDIS_URL,
    jwtSecret: raw.JWT_SECRET ?? developmentSecret(dataDir),
    publicBaseUrl: (raw.PUBLIC_BASE_URL ?? `http://localhost:${raw.PORT}`).replace(/\/+$/, ''),
    logLevel: raw.LOG_LEVEL,
    registration: raw.REGISTRATION ?? (isProduction ? 'invite' : 'open'),
    demoData: raw.DEMO_DATA ? raw.DEMO_DATA === 'true' : !isProduction && !raw.DATABASE_URL,
    trustProxy: parseTrustProxy(raw.TRUST_PROXY),
    bodyLimit: bytesOf(raw.BODY_LIMIT),
    jsonMaxDepth: raw.JSON_MAX_DEPTH,
    http: {
      headersTimeoutMs: raw.HEADERS_TIMEOUT_SECONDS * 1000,
      requestTimeoutMs: raw.REQUEST_TIMEOUT_SECONDS * 1000,
      keepAliveTimeoutMs: raw.KEEP_ALIVE_TIMEOUT_SECONDS * 1000,
      shutdownDrainMs: raw.SHUTDOWN_DRAIN_SECONDS * 1000,
    },
    eventStreamsPerMember: raw.EVENT_STREAMS_PER_MEMBER,
    accessCacheMs: raw.ACCESS_CACHE_SECONDS * 1000,
    collabRedisPrefix: raw.COLLAB_REDIS_PREFIX,
    webhooks: {
      worker: raw.WEBHOOK_WORKER === 'on',
      pollMs: raw.WEBHOOK_POLL_MS,
      leaseMs: raw.WEBHOOK_LEASE_MS,
      timeoutMs: raw.WEBHOOK_TIMEOUT_MS,
      backoffBaseMs: raw.WEBHOOK_BACKOFF_BASE_MS,
      backoffMaxMs: raw.WEBHOOK_BACKOFF_MAX_MS,
      maxAttempts: raw.WEBHOOK_MAX_ATTEMPTS,
      allowPrivateTargets: raw.WEBHOOK_ALLOW_PRIVATE_TARGETS === undefined ? undefined : raw.WEBHOOK_ALLOW_PRIVATE_TARGETS === 'true',
    },
  };
}

/**
 * Outside production a missing JWT_SECRET is generated once and kept under the
 * data directory, so sessions survive restarts without any set-up.
 */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not generated yet
  }
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o755 });
    const secret = randomBytes(48).toString('base64url');
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    return secret;
  } catch (error) {
    throw new ConfigError(`cannot write the generated JWT secret under DATA_DIR ${dataDir}: ${(error as Error).message}`);
  }
}

const UNITS = { kb: 1024, mb: 1024 * 1024 } as const;

/** `256kb`, `1mb` (the syntax the schema admits) in bytes. */
function bytesOf(limit: string): number {
  const [, amount, unit] = /^(\d+)(kb|mb)$/.exec(limit)!;
  return Number(amount) * UNITS[unit as keyof typeof UNITS];
}

/** `true`, `false`, or the proxies' addresses, subnets and names (`loopback`, `uniquelocal`) separated by commas. */
function parseTrustProxy(value: string | undefined): boolean | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return value;
}

import { z } from 'zod';

const postgresUrl = z
  .string()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be a postgres:// URL such as postgres://user:pass@host:5432/db');

const optionalUrl = (protocols: string[], example: string) =>
  z
    .string()
    .refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `must be a URL such as ${example}`)
    .optional();

const port = z.coerce.number().int().min(0).max(65535);
const atLeast = (min: number) => z.coerce.number().int().min(min).optional();
const seconds = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/** Every setting the desk reads from the environment, validated once at start-up. */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: port.default(3000),
    DATABASE_URL: postgresUrl.optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    EMBEDDED_PG_PORT: port.default(54329),
    REDIS_URL: optionalUrl(['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    PUBLIC_BASE_URL: optionalUrl(['http:', 'https:'], 'https://desk.example.org'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    REGISTRATION: z.enum(['open', 'invite']).optional(),
    DEMO_DATA: z.enum(['true', 'false']).optional(),
    TRUST_PROXY: z.string().optional(),
    ACCESS_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
    BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/, 'must look like 256kb or 1mb').default('1mb'),
    JSON_MAX_DEPTH: z.coerce.number().int().min(2).max(512).default(32),
    HEADERS_TIMEOUT_SECONDS: seconds(1, 600, 10),
    REQUEST_TIMEOUT_SECONDS: seconds(1, 3600, 30),
    KEEP_ALIVE_TIMEOUT_SECONDS: seconds(1, 600, 5),
    SHUTDOWN_DRAIN_SECONDS: seconds(0, 600, 10),
    EVENT_STREAMS_PER_MEMBER: z.coerce.number().int().min(1).max(1000).default(5),
    COLLAB_REDIS_PREFIX: z.string().regex(/^[\w:.-]{1,100}$/, 'must be letters, digits and : . _ -').default('claimdesk:collab'),
    WEBHOOK_WORKER: z.enum(['on', 'off']).default('on'),
    WEBHOOK_POLL_MS: atLeast(10),
    WEBHOOK_LEASE_MS: atLeast(100),
    WEBHOOK_TIMEOUT_MS: atLeast(100),
    WEBHOOK_BACKOFF_BASE_MS: atLeast(10),
    WEBHOOK_BACKOFF_MAX_MS: atLeast(10),
    WEBHOOK_MAX_ATTEMPTS: atLeast(1),
    WEBHOOK_ALLOW_PRIVATE_TARGETS: z.enum(['true', 'false']).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required in production' });
    }
    if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required in production' });
    }
    // The headers arrive within the request, so they cannot be given longer than the whole of it (Node refuses that too).
    if (env.HEADERS_TIMEOUT_SECONDS > env.REQUEST_TIMEOUT_SECONDS) {
      ctx.addIssue({ code: 'custom', path: ['HEADERS_TIMEOUT_SECONDS'], message: `must not exceed REQUEST_TIMEOUT_SECONDS (${env.REQUEST_TIMEOUT_SECONDS})` });
    }
  });

export type RawConfig = z.infer<typeof configSchema>;

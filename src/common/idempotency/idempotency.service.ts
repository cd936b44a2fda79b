import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import canonicalize from 'canonicalize';
import type { EntityManager } from 'typeorm';
import { AppError } from '../errors/app-error.js';

export interface IdempotentRequest {
  userId: string;
  /** Use case and its container, e.g. `ticket.create:<newsroomId>`. */
  scope: string;
  /** The client's Idempotency-Key header, if any. */
  key: string | undefined;
  body: unknown;
}

export type IdempotentOutcome<T> = { replayed: false; value: T } | { replayed: true; value: T };

/** Keys are honoured for a day: long enough for any client retry, short enough to keep the table small. */
export const IDEMPOTENCY_RETENTION_HOURS = 24;

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

export function requestHash(body: unknown): string {
  return createHash('sha256')
    .update(canonicalize(body ?? null) ?? 'null')
    .digest('hex');
}

/**
 * Makes a creating request safe to retry. The key row is inserted in the same
 * transaction as what it creates: a concurrent duplicate waits on the key's
 * unique index until the first commits (then replays it) or rolls back (then
 * runs itself). No "in progress" state can be left behind by a crash.
 */
@Injectable()
export class IdempotencyService {
  async run<T>(manager: EntityManager, request: IdempotentRequest, create: () => Promise<T>): Promise<IdempotentOutcome<T>> {
    if (request.key === undefined) return { replayed: false, value: await create() };
    if (!KEY_PATTERN.test(request.key)) {
      throw new AppError('validation_failed', 'Idempotency-Key must be 1-200 visible ASCII characters.');
    }
    const hash = requestHash(request.body);
    // A key older than the retention period (swept hourly) counts as new.
    const inserted = (await manager.query(
      `INSERT INTO idempotency_keys AS k (user_id, scope, key, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, scope, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, response_status = NULL, response_body = NULL, created_at = now()
         WHERE k.created_at < now() - make_interval(hours => $5)
       RETURNING key`,
      [request.userId, request.scope, request.key, hash, IDEMPOTENCY_RETENTION_HOURS],
    )) as unknown[];
    if (inserted.length === 0) {
      const [first] = (await manager.query(
        `SELECT request_hash, response_body FROM idempotency_keys WHERE user_id = $1 AND scope = $2 AND key = $3`,
        [request.userId, request.scope, request.key],
      )) as { request_hash: string; response_body: T | null }[];
      if (!first || first.response_body === null) {
        throw new AppError('idempotency_in_progress', 'A request with this Idempotency-Key is still being processed.');
      }
      if (first.request_hash !== hash) {
        throw new AppError('idempotency_key_reused', 'This Idempotency-Key was used with a different request body.');
      }
      return { replayed: true, value: first.response_body };
    }
    const value = await create();
    await manager.query(
      `UPDATE idempotency_keys SET response_status = 201, response_body = $4::jsonb WHERE user_id = $1 AND scope = $2 AND key = $3`,
      [request.userId, request.scope, request.key, JSON.stringify(value)],
    );
    return { replayed: false, value };
  }
}

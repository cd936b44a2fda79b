import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DomainEvents } from '../events/domain-events.js';
import { signAccessToken } from './access-token.js';
import type { AuthTokensDto } from './dto/auth.dto.js';
import { hashOpaqueToken, newOpaqueToken } from './opaque-token.js';
import { ACCESS_TOKEN_TTL_SECONDS } from './token-claims.js';

export const REFRESH_TOKEN_TTL_DAYS = 30;

/** The user fields a token pair is issued for. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  tokenVersion: number;
}

type RefreshOutcome =
  | { kind: 'ok'; tokens: AuthTokensDto }
  | { kind: 'reused'; userId: string; sessionId: string }
  | { kind: 'refused'; reason: string; userId?: string };

interface RotatedRow {
  session_id: string;
  revoked_at: Date | null;
  user_id: string;
  email: string;
  display_name: string;
  token_version: number;
}

/**
 * Sessions are families of single-use refresh tokens. Refreshing rotates the
 * token; presenting an already used one means it was copied, so the whole
 * family is revoked. Revocation takes effect at once for access tokens too,
 * because the access guard checks the session on every request.
 */
@Injectable()
export class SessionsService {
  private readonly logger = new Logger('Auth');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: DomainEvents,
  ) {}

  /** Opens a session inside the caller's transaction and issues its first token pair. */
  async open(manager: EntityManager, user: SessionUser): Promise<AuthTokensDto> {
    await this.prune(manager, user.id);
    const rows: { id: string }[] = await manager.query(`INSERT INTO auth_sessions (user_id) VALUES ($1) RETURNING id`, [user.id]);
    const sessionId = rows[0]!.id;
    return this.pair(user, sessionId, await this.addRefreshToken(manager, sessionId));
  }

  async refresh(refreshToken: string): Promise<AuthTokensDto> {
    const tokenHash = hashOpaqueToken(refreshToken);
    const outcome = await this.dataSource.transaction((manager) => this.rotate(manager, tokenHash));
    if (outcome.kind === 'ok') return outcome.tokens;
    if (outcome.kind === 'reused') {
      this.logger.warn({ userId: outcome.userId, sessionId: outcome.sessionId, route: 'POST /api/auth/refresh', reason: 'refresh token reused' }, 'session revoked');
      this.events.publish({ type: 'sessions.revoked', userId: outcome.userId, sessionId: outcome.sessionId });
      throw new AppError('invalid_token', 'This refresh token was already used; the session has been revoked. Sign in again.');
    }
    this.logger.warn({ userId: outcome.userId, route: 'POST /api/auth/refresh', reason: outcome.reason }, 'refresh refused');
    throw new AppError('invalid_token', 'The refresh token is invalid, expired or revoked. Sign in again.');
  }

  /** Ends one session (logout). */
  async revoke(userId: string, sessionId: string, reason: string): Promise<void> {
    await this.dataSource.query(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL`, [
      sessionId,
      userId,
      reason,
    ]);
    this.events.publish({ type: 'sessions.revoked', userId, sessionId });
  }

  /** Ends every session of a user at once and invalidates every access token already issued. */
  async revokeAll(userId: string, reason: string): Promise<void> {
    await this.dataSource.transaction((manager) => this.revokeAllWithin(manager, userId, reason));
    this.events.publish({ type: 'sessions.revoked', userId });
  }

  /** The same inside the caller's transaction; the caller publishes `sessions.revoked` after commit. */
  async revokeAllWithin(manager: EntityManager, userId: string, reason: string): Promise<number> {
    const rows: { token_version: number }[] = await manager.query(
      `WITH bumped AS (UPDATE users SET token_version = token_version + 1 WHERE id = $1 RETURNING token_version),
            revoked AS (UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL)
       SELECT token_version FROM bumped`,
      [userId, reason],
    );
    return rows[0]?.token_version ?? 0;
  }

  private async rotate(manager: EntityManager, tokenHash: string): Promise<RefreshOutcome> {
    // Concurrent refreshes with one token: the row lock lets exactly one through; the other sees it used.
    const rotated: RotatedRow[] = await manager.query(
      `WITH used AS (
         UPDATE refresh_tokens SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
          RETURNING session_id)
       SELECT s.id AS session_id, s.revoked_at, u.id AS user_id, u.email, u.display_name, u.token_version
         FROM used JOIN auth_sessions s ON s.id = used.session_id JOIN users u ON u.id = s.user_id`,
      [tokenHash],
    );
    const row = rotated[0];
    if (row) {
      if (row.revoked_at) return { kind: 'refused', reason: 'session revoked', userId: row.user_id };
      const user = { id: row.user_id, email: row.email, displayName: row.display_name, tokenVersion: row.token_version };
      return { kind: 'ok', tokens: this.pair(user, row.session_id, await this.addRefreshToken(manager, row.session_id)) };
    }
    const known: { session_id: string; used_at: Date | null; user_id: string }[] = await manager.query(
      `SELECT t.session_id, t.used_at, s.user_id FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id WHERE t.token_hash = $1`,
      [tokenHash],
    );
    const previous = known[0];
    if (!previous) return { kind: 'refused', reason: 'unknown refresh token' };
    if (!previous.used_at) return { kind: 'refused', reason: 'refresh token expired', userId: previous.user_id };
    await manager.query(
      `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'refresh_token_reused' WHERE id = $1 AND revoked_at IS NULL`,
      [previous.session_id],
    );
    return { kind: 'reused', userId: previous.user_id, sessionId: previous.session_id };
  }

  /**
   * Housekeeping on sign-in, bounded to one user: expired refresh tokens can
   * no longer be presented (so reuse detection no longer needs them), and
   * long-revoked sessions are only history.
   */
  private async prune(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `DELETE FROM refresh_tokens t USING auth_sessions s WHERE s.id = t.session_id AND s.user_id = $1 AND t.expires_at < now()`,
      [userId],
    );
    await manager.query(
      `DELETE FROM auth_sessions WHERE user_id = $1 AND revoked_at < now() - make_interval(days => $2)`,
      [userId, REFRESH_TOKEN_TTL_DAYS],
    );
  }

  private async addRefreshToken(manager: EntityManager, sessionId: string): Promise<string> {
    const token = newOpaqueToken();
    await manager.query(
      `INSERT INTO refresh_tokens (session_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))`,
      [sessionId, hashOpaqueToken(token), REFRESH_TOKEN_TTL_DAYS],
    );
    return token;
  }

  private pair(user: SessionUser, sessionId: string, refreshToken: string): AuthTokensDto {
    return {
      accessToken: signAccessToken(this.config.jwtSecret, { sub: user.id, sid: sessionId, ver: user.tokenVersion }),
      refreshToken,
      tokenType: 'Bearer',
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      user: { id: user.id, email: user.email, displayName: user.displayName },
    };
  }
}

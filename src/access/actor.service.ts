import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AccessClaims } from '../auth/token-claims.js';
import { preparedQuery } from '../database/prepared.js';
import type { MemberContext, UserContext } from './actor.js';
import { ActorCache } from './actor-cache.js';
import { isRole, type Role } from './roles.js';

export type ActorResolution =
  | { ok: true; user: UserContext; member?: MemberContext }
  | { ok: false; reason: 'unknown_user' | 'session_revoked' | 'token_version' };

interface ActorRow {
  token_version: number;
  session_live: boolean;
  newsroom_id: string | null;
  role: Role | null;
}

/**
 * Turns verified token claims into the acting user (and member of a newsroom
 * when a slug is given): the session must be live and the token generation
 * current, so logout and "revoke all" take effect at once. One round trip,
 * and none while the ActorCache holds an answer it knows to be current.
 */
@Injectable()
export class ActorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: ActorCache,
  ) {}

  /** `fresh` always asks the database (for decisions that outlive a request, such as opening a live connection). */
  async resolve(claims: AccessClaims, slug?: string, options: { fresh?: boolean } = {}): Promise<ActorResolution> {
    if (options.fresh) return this.read(claims, slug);
    const key = ActorCache.key(claims.sub, claims.sid, claims.ver, slug);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const generation = this.cache.begin();
    const resolution = await this.read(claims, slug);
    this.cache.set(key, claims.sub, resolution, generation);
    return resolution;
  }

  private async read(claims: AccessClaims, slug: string | undefined): Promise<ActorResolution> {
    // Prepared, so it is planned once per connection.
    const rows = await preparedQuery<ActorRow>(
      this.dataSource,
      'actor',
      `SELECT u.token_version,
              (s.id IS NOT NULL AND s.revoked_at IS NULL) AS session_live,
              n.id AS newsroom_id,
              m.role
         FROM users u
         LEFT JOIN auth_sessions s ON s.id = $2 AND s.user_id = u.id
         LEFT JOIN newsrooms n ON n.slug = $3
         LEFT JOIN memberships m ON m.newsroom_id = n.id AND m.user_id = u.id
        WHERE u.id = $1`,
      [claims.sub, claims.sid, slug ?? null],
    );
    const row = rows[0];
    if (!row) return { ok: false, reason: 'unknown_user' };
    if (!row.session_live) return { ok: false, reason: 'session_revoked' };
    if (row.token_version !== claims.ver) return { ok: false, reason: 'token_version' };
    const user: UserContext = { userId: claims.sub, sessionId: claims.sid };
    if (slug && row.newsroom_id && isRole(row.role)) {
      return { ok: true, user, member: { ...user, newsroomId: row.newsroom_id, slug, role: row.role } };
    }
    return { ok: true, user };
  }
}

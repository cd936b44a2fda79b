import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MemberContext } from '../access/actor.js';
import type { Role } from '../access/roles.js';
import { SessionsService } from '../auth/sessions.service.js';
import { AppError } from '../common/errors/app-error.js';
import { DomainEvents } from '../events/domain-events.js';
import type { MemberDto } from './dto/member.dto.js';
import { type MembershipChange, membershipChangeProblem } from './membership-rules.js';

interface MemberRow {
  user_id: string;
  email: string;
  display_name: string;
  role: Role;
  created_at: Date;
}

const toDto = (row: MemberRow): MemberDto => ({
  userId: row.user_id,
  email: row.email,
  displayName: row.display_name,
  role: row.role,
  joinedAt: row.created_at.toISOString(),
});

const MEMBER_COLUMNS = `m.user_id, u.email, u.display_name, m.role, m.created_at`;

@Injectable()
export class MembersService {
  private readonly logger = new Logger('Members');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly sessions: SessionsService,
  ) {}

  async list(member: MemberContext): Promise<MemberDto[]> {
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS} FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.newsroom_id = $1 ORDER BY u.display_name, u.email`,
      [member.newsroomId],
    );
    return rows.map(toDto);
  }

  async changeRole(member: MemberContext, userId: string, role: Role): Promise<MemberDto> {
    const row = await this.dataSource.transaction(async (manager) => {
      await this.checkChange(manager, member.newsroomId, userId, { kind: 'role', to: role });
      const rows: MemberRow[] = await manager.query(
        `WITH changed AS (
           UPDATE memberships SET role = $3, updated_at = now() WHERE newsroom_id = $1 AND user_id = $2
           RETURNING user_id, role, created_at)
         SELECT changed.user_id, u.email, u.display_name, changed.role, changed.created_at FROM changed JOIN users u ON u.id = changed.user_id`,
        [member.newsroomId, userId, role],
      );
      return rows[0]!;
    });
    this.events.publish({ type: 'membership.changed', newsroomId: member.newsroomId, userId, role });
    return toDto(row);
  }

  async remove(member: MemberContext, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.checkChange(manager, member.newsroomId, userId, { kind: 'remove' });
      await manager.query(`DELETE FROM memberships WHERE newsroom_id = $1 AND user_id = $2`, [member.newsroomId, userId]);
    });
    this.events.publish({ type: 'membership.changed', newsroomId: member.newsroomId, userId, role: null });
  }

  /** An admin ends every session of a member of their newsroom (a lost laptop, a departure). */
  async revokeSessions(member: MemberContext, userId: string): Promise<void> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM memberships WHERE newsroom_id = $1 AND user_id = $2`, [
      member.newsroomId,
      userId,
    ]);
    if (!rows.length) throw new AppError('not_found', 'Member not found');
    await this.sessions.revokeAll(userId, 'revoked_by_admin');
    this.logger.log({ userId, by: member.userId, newsroomId: member.newsroomId }, 'all sessions revoked by an admin');
  }

  /**
   * Locks the newsroom's admin rows and the target's, so two admins demoting
   * each other at once cannot leave the newsroom without one.
   */
  private async checkChange(manager: EntityManager, newsroomId: string, userId: string, change: MembershipChange): Promise<void> {
    const rows: { user_id: string; role: Role }[] = await manager.query(
      `SELECT user_id, role FROM memberships WHERE newsroom_id = $1 AND (role = 'admin' OR user_id = $2) ORDER BY user_id FOR UPDATE`,
      [newsroomId, userId],
    );
    const target = rows.find((row) => row.user_id === userId);
    if (!target) throw new AppError('not_found', 'Member not found');
    const admins = rows.filter((row) => row.role === 'admin').length;
    if (membershipChangeProblem(target.role, change, admins) === 'last_admin') {
      throw new AppError('last_admin', 'A newsroom needs at least one admin: make someone else admin first.');
    }
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MemberContext } from '../access/actor.js';
import type { Role } from '../access/roles.js';
import { hashOpaqueToken, newOpaqueToken } from '../auth/opaque-token.js';
import { AppError } from '../common/errors/app-error.js';
import { DomainEvents } from '../events/domain-events.js';
import { normalizeEmail } from '../users/email.js';
import type { NewsroomSummaryDto } from './dto/newsroom.dto.js';
import type { CreatedInvitationDto, CreateInvitationDto, InvitationDto } from './dto/invitation.dto.js';
import { acceptInvitation } from './invitation-acceptance.js';

export const INVITATION_TTL_DAYS = 7;

interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  created_at: Date;
  expires_at: Date;
}

const toDto = (row: InvitationRow): InvitationDto => ({
  id: row.id,
  email: row.email,
  role: row.role,
  createdAt: row.created_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
});

const COLUMNS = 'id, email, role, created_at, expires_at';

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
  ) {}

  /** A new invitation replaces any pending one for the same email; its token is returned only here. */
  async create(member: MemberContext, dto: CreateInvitationDto): Promise<CreatedInvitationDto> {
    const email = normalizeEmail(dto.email);
    const token = newOpaqueToken();
    const row = await this.dataSource.transaction(async (manager) => {
      const members: unknown[] = await manager.query(
        `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.newsroom_id = $1 AND u.email = $2`,
        [member.newsroomId, email],
      );
      if (members.length) throw new AppError('already_member', 'This person is already a member.');
      await manager.query(`DELETE FROM invitations WHERE newsroom_id = $1 AND email = $2 AND accepted_at IS NULL`, [member.newsroomId, email]);
      const rows: InvitationRow[] = await manager.query(
        `INSERT INTO invitations (newsroom_id, email, role, token_hash, invited_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6)) RETURNING ${COLUMNS}`,
        [member.newsroomId, email, dto.role, hashOpaqueToken(token), member.userId, INVITATION_TTL_DAYS],
      );
      return rows[0]!;
    });
    return { ...toDto(row), token };
  }

  async listPending(member: MemberContext): Promise<InvitationDto[]> {
    const rows: InvitationRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM invitations WHERE newsroom_id = $1 AND accepted_at IS NULL AND expires_at > now() ORDER BY created_at DESC`,
      [member.newsroomId],
    );
    return rows.map(toDto);
  }

  async revoke(member: MemberContext, invitationId: string): Promise<void> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH gone AS (DELETE FROM invitations WHERE id = $1 AND newsroom_id = $2 AND accepted_at IS NULL RETURNING id) SELECT id FROM gone`,
      [invitationId, member.newsroomId],
    );
    if (!rows.length) throw new AppError('not_found', 'Invitation not found');
  }

  /** A signed-in user accepts an invitation sent to their email. */
  async accept(userId: string, token: string): Promise<NewsroomSummaryDto> {
    const { joined, newsroom } = await this.dataSource.transaction(async (manager) => {
      const users: { email: string }[] = await manager.query(`SELECT email FROM users WHERE id = $1`, [userId]);
      const joined = await acceptInvitation(manager, token, { id: userId, email: users[0]?.email ?? '' });
      const newsrooms: { id: string; slug: string; name: string }[] = await manager.query(`SELECT id, slug, name FROM newsrooms WHERE id = $1`, [
        joined.newsroomId,
      ]);
      return { joined, newsroom: newsrooms[0]! };
    });
    this.events.publish({ type: 'membership.changed', newsroomId: joined.newsroomId, userId, role: joined.role });
    return { ...newsroom, role: joined.role };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MemberContext } from '../access/actor.js';
import type { Role } from '../access/roles.js';
import { AppError } from '../common/errors/app-error.js';
import { DomainEvents } from '../events/domain-events.js';
import type { CreateNewsroomDto, NewsroomDto, NewsroomSummaryDto, UpdateNewsroomDto } from './dto/newsroom.dto.js';
import { resolveSettings } from './newsroom-settings.js';
import { mergeSettings, removedRatingKeys, type SettingsUpdate, settingsProblems } from './settings-rules.js';

interface NewsroomRow {
  id: string;
  slug: string;
  name: string;
  settings: Record<string, unknown>;
  created_at: Date;
}

const toDto = (row: NewsroomRow, role: Role): NewsroomDto => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  role,
  settings: resolveSettings(row.settings),
  createdAt: row.created_at.toISOString(),
});

@Injectable()
export class NewsroomsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
  ) {}

  /** Creates a newsroom; its creator is its first admin. */
  async create(userId: string, dto: CreateNewsroomDto): Promise<NewsroomDto> {
    const row = await this.dataSource.transaction(async (manager) => {
      const rows: NewsroomRow[] = await manager.query(
        `INSERT INTO newsrooms (slug, name) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING
         RETURNING id, slug, name, settings, created_at`,
        [dto.slug, dto.name.trim()],
      );
      const created = rows[0];
      if (!created) throw new AppError('slug_taken', `The slug "${dto.slug}" is taken; choose another.`);
      await manager.query(`INSERT INTO memberships (newsroom_id, user_id, role) VALUES ($1, $2, 'admin')`, [created.id, userId]);
      return created;
    });
    this.events.publish({ type: 'membership.changed', newsroomId: row.id, userId, role: 'admin' });
    return toDto(row, 'admin');
  }

  listMine(userId: string): Promise<NewsroomSummaryDto[]> {
    return this.dataSource.query(
      `SELECT n.id, n.slug, n.name, m.role FROM memberships m JOIN newsrooms n ON n.id = m.newsroom_id
        WHERE m.user_id = $1 ORDER BY n.name, n.slug`,
      [userId],
    );
  }

  async get(member: MemberContext): Promise<NewsroomDto> {
    const rows: NewsroomRow[] = await this.dataSource.query(`SELECT id, slug, name, settings, created_at FROM newsrooms WHERE id = $1`, [
      member.newsroomId,
    ]);
    if (!rows[0]) throw new AppError('not_found', 'Newsroom not found');
    return toDto(rows[0], member.role);
  }

  /** Renames the newsroom and/or replaces parts of its settings (admins). */
  async update(member: MemberContext, dto: UpdateNewsroomDto): Promise<NewsroomDto> {
    const update: SettingsUpdate = dto.settings ?? {};
    const problems = settingsProblems(update);
    if (problems.length) {
      throw new AppError('validation_failed', problems.map((p) => `${p.field}: ${p.message}`).join('; '), { errors: problems });
    }
    const row = await this.dataSource.transaction(async (manager) => {
      const rows: NewsroomRow[] = await manager.query(
        `SELECT id, slug, name, settings, created_at FROM newsrooms WHERE id = $1 FOR UPDATE`,
        [member.newsroomId],
      );
      const current = rows[0];
      if (!current) throw new AppError('not_found', 'Newsroom not found');
      const removed = removedRatingKeys(resolveSettings(current.settings), update);
      if (removed.length) {
        const used: { rating: string }[] = await manager.query(
          `SELECT DISTINCT rating FROM tickets WHERE newsroom_id = $1 AND rating = ANY($2::text[])`,
          [member.newsroomId, removed],
        );
        if (used.length) {
          throw new AppError('state_conflict', `Tickets still use the ratings ${used.map((u) => `"${u.rating}"`).join(', ')}; keep them in the scale.`);
        }
      }
      const updated: NewsroomRow[] = await manager.query(
        `WITH changed AS (
           UPDATE newsrooms SET name = $2, settings = $3, updated_at = now() WHERE id = $1
           RETURNING id, slug, name, settings, created_at)
         SELECT * FROM changed`,
        [member.newsroomId, dto.name?.trim() ?? current.name, JSON.stringify(mergeSettings(current.settings, update))],
      );
      return updated[0]!;
    });
    return toDto(row, member.role);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MemberContext } from '../../access/actor.js';
import { AuditService } from '../../audit/audit.service.js';
import { AppError, notFound } from '../../common/errors/app-error.js';
import type { SourceReliability } from '../../evidence/evidence.entity.js';
import { staleVersion } from '../../tickets/expected-version.js';
import type { CreateOutletDto, OutletDto, TrackRecordDto, UpdateOutletDto } from '../dto/outlet.dto.js';
import { normaliseDomains } from './outlet-matcher.js';
import { isUuid } from '../../common/ids.js';

interface OutletRow {
  id: string;
  name: string;
  domains: string[];
  reliability: SourceReliability;
  note: string | null;
  version: number;
  updated_at: Date;
}

const COLUMNS = 'id, name, domains, reliability, note, version, updated_at';

/**
 * The host of an appearance URL inside SQL, the way `hostOf` reads it:
 * lower-case, no credentials, port or `www.`.
 */
const APPEARANCE_HOST = `regexp_replace(lower(substring(a->>'url' from '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/]*@)?([^/:?#]+)')), '^www\\.', '')`;

/**
 * The newsroom's register of outlets. The track record of an outlet is
 * computed on read from the newsroom's published, unretracted verdicts
 * whose claim appeared in it: an appearance on one of its domains or under
 * its name, or an article from it that a ticket came from.
 */
@Injectable()
export class OutletsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(member: MemberContext): Promise<OutletDto[]> {
    const rows = (await this.dataSource.query(`SELECT ${COLUMNS} FROM outlets WHERE newsroom_id = $1 ORDER BY lower(name)`, [member.newsroomId])) as OutletRow[];
    return this.withTrackRecords(member.newsroomId, rows);
  }

  async get(member: MemberContext, outletId: string): Promise<OutletDto> {
    const row = await this.load(this.dataSource.manager, member, outletId);
    return (await this.withTrackRecords(member.newsroomId, [row]))[0]!;
  }

  async create(member: MemberContext, input: CreateOutletDto): Promise<OutletDto> {
    const row = await this.dataSource.transaction(async (manager) => {
      const [created] = (await this.unique(
        manager.query(
          `INSERT INTO outlets (newsroom_id, name, domains, reliability, note, created_by, updated_by)
           VALUES ($1, $2, $3::text[], $4, $5, $6, $6) RETURNING ${COLUMNS}`,
          [member.newsroomId, input.name.trim(), normaliseDomains(input.domains ?? []), input.reliability ?? 'unknown', input.note ?? null, member.userId],
        ),
      )) as OutletRow[];
      await this.audit.append(manager, { newsroomId: member.newsroomId, actorId: member.userId, action: 'outlet.created', after: audited(created!) });
      return created!;
    });
    return (await this.withTrackRecords(member.newsroomId, [row]))[0]!;
  }

  async update(member: MemberContext, outletId: string, input: UpdateOutletDto, expected: number): Promise<OutletDto> {
    const row = await this.dataSource.transaction(async (manager) => {
      const current = await this.load(manager, member, outletId, true);
      if (current.version !== expected) throw staleVersion(current.version);
      const [updated] = (await this.unique(
        manager.query(
          `UPDATE outlets SET name = $3, domains = $4::text[], reliability = $5, note = $6, updated_by = $7, version = version + 1, updated_at = now()
            WHERE id = $1 AND newsroom_id = $2 RETURNING ${COLUMNS}`,
          [
            outletId,
            member.newsroomId,
            input.name?.trim() ?? current.name,
            input.domains ? normaliseDomains(input.domains) : current.domains,
            input.reliability ?? current.reliability,
            input.note === undefined ? current.note : input.note,
            member.userId,
          ],
        ),
      )) as [OutletRow[], number];
      const after = updated[0]!;
      await this.audit.append(manager, { newsroomId: member.newsroomId, actorId: member.userId, action: 'outlet.updated', before: audited(current), after: audited(after) });
      return after;
    });
    return (await this.withTrackRecords(member.newsroomId, [row]))[0]!;
  }

  async remove(member: MemberContext, outletId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.load(manager, member, outletId, true);
      await manager.query(`DELETE FROM outlets WHERE id = $1`, [outletId]);
      await this.audit.append(manager, { newsroomId: member.newsroomId, actorId: member.userId, action: 'outlet.removed', before: audited(current) });
    });
  }

  private async load(manager: EntityManager, member: MemberContext, outletId: string, lock = false): Promise<OutletRow> {
    if (!isUuid(outletId)) throw notFound('Outlet');
    const [row] = (await manager.query(`SELECT ${COLUMNS} FROM outlets WHERE id = $1 AND newsroom_id = $2 ${lock ? 'FOR UPDATE' : ''}`, [
      outletId,
      member.newsroomId,
    ])) as OutletRow[];
    if (!row) throw notFound('Outlet');
    return row;
  }

  private async unique<T>(query: Promise<T>): Promise<T> {
    try {
      return await query;
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('state_conflict', 'The register already has an outlet of this name.');
      throw error;
    }
  }

  private async withTrackRecords(newsroomId: string, rows: OutletRow[]): Promise<OutletDto[]> {
    if (rows.length === 0) return [];
    const counts = (await this.dataSource.query(
      `WITH published AS (
         SELECT t.id, t.appearances, pub.snapshot->'rating'->>'key' AS rating, pub.snapshot->'rating'->>'label' AS label
           FROM tickets t
           CROSS JOIN LATERAL (SELECT snapshot FROM publications p WHERE p.ticket_id = t.id ORDER BY p.version DESC LIMIT 1) pub
          WHERE t.newsroom_id = $1 AND NOT EXISTS (SELECT 1 FROM retractions r WHERE r.ticket_id = t.id)
       )
       SELECT o.id AS outlet_id, p.rating, p.label, count(DISTINCT p.id)::int AS count
         FROM outlets o
         JOIN published p ON
              EXISTS (SELECT 1 FROM jsonb_array_elements(p.appearances) a
                       WHERE lower(a->>'outlet') = lower(o.name)
                          OR EXISTS (SELECT 1 FROM unnest(o.domains) d WHERE ${APPEARANCE_HOST} = d OR ${APPEARANCE_HOST} LIKE '%.' || d))
           OR EXISTS (SELECT 1 FROM article_candidates c JOIN articles ar ON ar.id = c.article_id WHERE c.ticket_id = p.id AND ar.outlet_id = o.id)
        WHERE o.id = ANY($2::uuid[])
        GROUP BY o.id, p.rating, p.label`,
      [newsroomId, rows.map((row) => row.id)],
    )) as { outlet_id: string; rating: string; label: string; count: number }[];
    return rows.map((row) => {
      const ratings = counts.filter((count) => count.outlet_id === row.id).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
      const trackRecord: TrackRecordDto = {
        verdicts: ratings.reduce((sum, rating) => sum + rating.count, 0),
        ratings: ratings.map(({ rating, label, count }) => ({ rating, label, count })),
      };
      return { id: row.id, name: row.name, domains: row.domains, reliability: row.reliability, note: row.note, version: row.version, updatedAt: row.updated_at.toISOString(), trackRecord };
    });
  }
}

/** PostgreSQL's unique_violation, as TypeORM wraps it. */
function isUniqueViolation(error: unknown): boolean {
  const { code, driverError } = error as { code?: string; driverError?: { code?: string } };
  return code === '23505' || driverError?.code === '23505';
}

const audited = (row: OutletRow) => ({ outletId: row.id, name: row.name, domains: row.domains, reliability: row.reliability, note: row.note });

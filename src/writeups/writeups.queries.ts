import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MemberContext } from '../access/actor.js';
import { AppError } from '../common/errors/app-error.js';
import type { WriteupDto, WriteupQueryDto, WriteupVersionListDto } from './dto/writeup.dto.js';
import { WriteupsService } from './writeups.service.js';
import { isUuid } from '../common/ids.js';

/** HTTP reads of a write-up, scoped to the member's newsroom (another newsroom's ticket is simply not found). */
@Injectable()
export class WriteupsQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writeups: WriteupsService,
  ) {}

  async read(member: MemberContext, ticketId: string, query: WriteupQueryDto): Promise<WriteupDto> {
    await this.assertTicket(member, ticketId);
    if (query.version !== undefined) {
      const kept = await this.writeups.version(ticketId, query.version);
      return { text: kept.text, json: kept.json, updatedAt: kept.createdAt, version: kept.version, reason: kept.reason };
    }
    const current = await this.writeups.current(ticketId);
    return { text: current.text, json: current.json, updatedAt: current.updatedAt, ...(current.truncated ? { truncated: true as const } : {}) };
  }

  async versions(member: MemberContext, ticketId: string): Promise<WriteupVersionListDto> {
    await this.assertTicket(member, ticketId);
    return { items: await this.writeups.versions(ticketId) };
  }

  private async assertTicket(member: MemberContext, ticketId: string): Promise<void> {
    if (!isUuid(ticketId)) throw new AppError('not_found', 'Ticket not found');
    const rows = (await this.dataSource.query(`SELECT 1 FROM tickets WHERE id = $1 AND newsroom_id = $2`, [ticketId, member.newsroomId])) as unknown[];
    if (rows.length === 0) throw new AppError('not_found', 'Ticket not found');
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { EvidenceDto } from './evidence.dto.js';
import { EVIDENCE_COLUMNS, type EvidenceRow, toEvidence } from './evidence-row.js';

@Injectable()
export class EvidenceQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Current (not removed) evidence of a ticket, oldest first. */
  async list(newsroomId: string, ticketId: string): Promise<EvidenceDto[]> {
    const rows: EvidenceRow[] = await this.dataSource.query(
      `SELECT ${EVIDENCE_COLUMNS} FROM evidence WHERE ticket_id = $1 AND newsroom_id = $2 AND removed_at IS NULL ORDER BY created_at, id`,
      [ticketId, newsroomId],
    );
    return rows.map(toEvidence);
  }
}

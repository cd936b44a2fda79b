import { ApiProperty } from '@nestjs/swagger';
import { EvidenceDto } from '../../evidence/evidence.dto.js';
import { AuditEntryDto } from '../../audit/dto.js';
import { OutletSummaryDto } from '../../intake/dto/outlet.dto.js';
import { TICKET_PRIORITIES, TICKET_STATUSES, type TicketPriority, type TicketStatus } from '../ticket-status.js';
import { AppearanceDto } from './ticket-input.dto.js';

export class TicketDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Short number within the newsroom (#42)' }) number!: number;
  @ApiProperty() claim!: string;
  @ApiProperty({ type: String, nullable: true }) claimant!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2016-12-11' }) claimDate!: string | null;
  @ApiProperty({ type: [AppearanceDto] }) appearances!: AppearanceDto[];
  @ApiProperty({ type: String, nullable: true }) language!: string | null;
  @ApiProperty({ enum: TICKET_PRIORITIES }) priority!: TicketPriority;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) dueAt!: string | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ enum: TICKET_STATUSES }) status!: TicketStatus;
  @ApiProperty({ description: 'Send it back as If-Match (or `version`) with every write' }) version!: number;
  @ApiProperty({ type: String, nullable: true, description: "Verdict rating key from the newsroom's scale" }) rating!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Verdict summary' }) summary!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) ratingSetBy!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) ratingSetAt!: string | null;
  @ApiProperty({ format: 'uuid' }) createdBy!: string;
  @ApiProperty({ format: 'uuid' }) updatedBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class QueueItemDto extends TicketDto {
  @ApiProperty({ type: [String], description: 'User ids of the assignees' }) assigneeIds!: string[];
}

export class TicketPageDto {
  @ApiProperty({ type: [QueueItemDto] }) items!: QueueItemDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last' })
  nextCursor!: string | null;
}

export class AssigneeDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ['researcher', 'reviewer'] }) role!: 'researcher' | 'reviewer';
  @ApiProperty({ format: 'uuid' }) assignedBy!: string;
  @ApiProperty({ format: 'date-time' }) assignedAt!: string;
}

export class TicketDetailDto extends TicketDto {
  @ApiProperty({ type: [AssigneeDto] }) assignees!: AssigneeDto[];
  @ApiProperty({ type: [EvidenceDto], description: 'Current evidence (removed items are in the history)' }) evidence!: EvidenceDto[];
  @ApiProperty({ type: [AuditEntryDto] }) history!: AuditEntryDto[];
  @ApiProperty({ type: [OutletSummaryDto], description: "The register's outlets where the claim appeared (by appearance domain or outlet name)" })
  outlets!: OutletSummaryDto[];
}

export class SimilarTicketDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() number!: number;
  @ApiProperty() claim!: string;
  @ApiProperty({ enum: TICKET_STATUSES }) status!: TicketStatus;
  @ApiProperty({ type: String, nullable: true }) rating!: string | null;
  @ApiProperty({ description: '0..1; higher is closer' }) score!: number;
  @ApiProperty({ description: 'The desk reads both as one claim' }) sameClaim!: boolean;
  @ApiProperty({ description: 'What the two share, or what sets them apart' }) reason!: string;
}

export class SimilarTicketsDto {
  @ApiProperty({ type: [SimilarTicketDto] }) items!: SimilarTicketDto[];
}

import { ApiProperty } from '@nestjs/swagger';

export class AuditEntryDto {
  @ApiProperty({ description: 'Position in the newsroom chain' })
  seq!: number;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  ticketId!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Null when the desk itself acted' })
  actorId!: string | null;

  @ApiProperty({ example: 'ticket.transitioned' })
  action!: string;

  @ApiProperty({ description: 'Changed fields before the change', nullable: true, type: 'object', additionalProperties: true })
  before!: unknown;

  @ApiProperty({ description: 'Changed fields after the change', nullable: true, type: 'object', additionalProperties: true })
  after!: unknown;

  @ApiProperty({ format: 'date-time' })
  at!: string;
}

export class TicketHistoryDto {
  @ApiProperty({ type: [AuditEntryDto] })
  items!: AuditEntryDto[];
}

export class ChainVerificationDto {
  @ApiProperty()
  ok!: boolean;

  @ApiProperty({ description: 'Entries checked' })
  entries!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Sequence number of the first entry that fails, or null' })
  firstBrokenEntry!: number | null;
}

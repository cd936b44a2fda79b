import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { ROLES, type Role } from '../../access/roles.js';
import { TICKET_STATUSES, type TicketStatus } from '../../tickets/ticket-status.js';
import type { SignoffDecision } from '../signoff-policy.js';

export class CreateSignoffDto {
  @ApiProperty({ enum: ['approve', 'request_changes'] })
  @IsIn(['approve', 'request_changes'])
  decision!: SignoffDecision;

  @ApiPropertyOptional({ maxLength: 4000, description: 'Internal note; never published.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;

  @ApiPropertyOptional({ description: 'The ticket version the member reviewed; 409 if it changed since.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({ description: 'The content hash the member reviewed (from GET .../signoffs); 409 if the content changed since.' })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/)
  contentHash?: string;
}

export class SignoffDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ enum: ['approve', 'request_changes'] }) decision!: SignoffDecision;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ description: 'SHA-256 of the content signed off' }) contentHash!: string;
  @ApiProperty({ description: 'True once the content changed (or the ticket was reopened): no longer counted' }) stale!: boolean;
  @ApiProperty({ description: 'Counted towards the policy right now' }) counted!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class MissingApprovalDto {
  @ApiProperty({ enum: ROLES, description: 'Approvals by this role or higher' }) role!: Role;
  @ApiProperty() required!: number;
  @ApiProperty() counted!: number;
}

export class PolicyStatusDto {
  @ApiProperty() met!: boolean;
  @ApiProperty({ type: [MissingApprovalDto] }) missing!: MissingApprovalDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'What the content lacks before anyone can approve it (no rating or summary, an empty write-up); null when it is complete',
  })
  incomplete!: string | null;
  @ApiProperty({ description: 'What is missing, in words; empty when met' }) description!: string;
}

export class SignoffListDto {
  @ApiProperty({ type: [SignoffDto] }) items!: SignoffDto[];
  @ApiProperty({ description: 'Hash of the current rating, summary and write-up' }) contentHash!: string;
  @ApiProperty({ enum: TICKET_STATUSES }) status!: TicketStatus;
  @ApiProperty() version!: number;
  @ApiProperty({ type: PolicyStatusDto }) policy!: PolicyStatusDto;
}

export class SignoffResultDto {
  @ApiProperty({ type: SignoffDto }) signoff!: SignoffDto;
  @ApiProperty({ enum: TICKET_STATUSES, description: 'The ticket status after this sign-off' }) status!: TicketStatus;
  @ApiProperty() version!: number;
  @ApiProperty({ type: PolicyStatusDto }) policy!: PolicyStatusDto;
}

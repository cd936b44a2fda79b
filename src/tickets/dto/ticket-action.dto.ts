import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { TICKET_STATUSES, type TicketStatus } from '../ticket-status.js';

export class TransitionDto {
  @ApiProperty({ enum: TICKET_STATUSES, description: 'The state to move to' })
  @IsIn(TICKET_STATUSES)
  to!: TicketStatus;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ description: 'The version you read (or send If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export const ASSIGNEE_ROLES = ['researcher', 'reviewer'] as const;

export class AssignDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId!: string;

  @ApiProperty({ enum: ASSIGNEE_ROLES })
  @IsIn(ASSIGNEE_ROLES)
  role!: (typeof ASSIGNEE_ROLES)[number];

  @ApiPropertyOptional({ description: 'The version you read (or send If-Match); one of the two is required' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class UnassignDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId!: string;

  @ApiPropertyOptional({ description: 'The version you read (or send If-Match); one of the two is required' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class TakeDto {
  @ApiPropertyOptional({ description: 'The version you read (or send If-Match); one of the two is required' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

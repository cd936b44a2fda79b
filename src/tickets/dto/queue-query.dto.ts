import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { QUEUE_SORTS, type QueueSort } from '../ticket-queue.sql.js';
import { TICKET_STATUSES, type TicketStatus } from '../ticket-status.js';

const list = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : String(value).split(','))
    .map((item) => String(item).trim())
    .filter(Boolean);

export class QueueQueryDto {
  @ApiPropertyOptional({ description: 'One status, or several separated by commas', example: 'researching,drafting' })
  @IsOptional()
  @Transform(list)
  @IsIn(TICKET_STATUSES, { each: true })
  status?: TicketStatus[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Tickets assigned to this user' })
  @IsOptional()
  @IsUUID()
  assignee?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only tickets assigned to me' })
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  tag?: string;

  @ApiPropertyOptional({ maxLength: 64, description: 'Verdict rating key' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  rating?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Due strictly before this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueBefore?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Full-text search over claim, claimant and verdict summary (web search syntax)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: QUEUE_SORTS, default: 'updated' })
  @IsOptional()
  @IsIn(QUEUE_SORTS)
  sort?: QueueSort;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

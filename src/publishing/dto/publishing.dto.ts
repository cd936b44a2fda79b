import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { TICKET_STATUSES, type TicketStatus } from '../../tickets/ticket-status.js';

export class PublishDto {
  @ApiProperty({ required: false, description: 'The ticket version the editor saw; 409 if it changed since.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class CorrectionDto {
  @ApiProperty({ minLength: 3, maxLength: 2000, description: 'Public note: what is being corrected. Shown in the changelog of the next version.' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  note!: string;
}

export class RetractDto {
  @ApiProperty({ minLength: 3, maxLength: 2000, description: 'Public reason, shown on the page and in the feeds.' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason!: string;
}

export class PublicationResultDto {
  @ApiProperty({ format: 'uuid', description: 'Public id of the verdict (the ticket id)' }) id!: string;
  @ApiProperty() publicationVersion!: number;
  @ApiProperty() url!: string;
  @ApiProperty() contentHash!: string;
  @ApiProperty({ enum: TICKET_STATUSES }) status!: TicketStatus;
  @ApiProperty({ description: 'Ticket version after the change' }) version!: number;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

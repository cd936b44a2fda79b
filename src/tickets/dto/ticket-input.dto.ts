import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { TICKET_PRIORITIES, type TicketPriority } from '../ticket-status.js';

/** http(s) only: no javascript:, data: or file: links ever reach a page. */
export const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
const BCP47 = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export class AppearanceDto {
  @ApiProperty({ example: 'https://news.example.org/2016/12/11/story' })
  @IsUrl(HTTP_URL, { message: 'url must be an http(s) URL' })
  @MaxLength(2048)
  url!: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  outlet?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  publishedAt?: string;
}

/** Fields shared by creation and update. */
class TicketFieldsDto {
  @ApiPropertyOptional({ type: String, maxLength: 300, nullable: true, description: 'Person or organisation that made the claim' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  claimant?: string | null;

  @ApiPropertyOptional({ type: String, example: '2016-12-11', nullable: true })
  @IsOptional()
  @Matches(DATE_ONLY, { message: 'claimDate must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true })
  claimDate?: string | null;

  @ApiPropertyOptional({ type: [AppearanceDto], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AppearanceDto)
  appearances?: AppearanceDto[];

  @ApiPropertyOptional({ type: String, example: 'en', description: 'BCP 47 language tag', nullable: true })
  @IsOptional()
  @Matches(BCP47, { message: 'language must be a BCP 47 tag, e.g. en or pt-BR' })
  @MaxLength(35)
  language?: string | null;

  @ApiPropertyOptional({ enum: TICKET_PRIORITIES })
  @IsOptional()
  @IsIn(TICKET_PRIORITIES)
  priority?: TicketPriority;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueAt?: string | null;

  @ApiPropertyOptional({ type: [String], maxItems: 20, example: ['elections'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  tags?: string[];
}

export class CreateTicketDto extends TicketFieldsDto {
  @ApiProperty({ minLength: 1, maxLength: 1000, example: 'The city council doubled its budget in 2024.' })
  @IsString()
  @Length(1, 1000)
  claim!: string;
}

export class UpdateTicketDto extends TicketFieldsDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 1000 })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  claim?: string;

  @ApiPropertyOptional({ description: 'The version you read (or send If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

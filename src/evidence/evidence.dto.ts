import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, MaxLength, Min } from 'class-validator';
import { HTTP_URL } from '../tickets/dto/ticket-input.dto.js';
import { EVIDENCE_STANCES, type EvidenceStance, SOURCE_RELIABILITIES, type SourceReliability } from './evidence.entity.js';

export const CAPTURED_TEXT_MAX = 100_000;

class EvidenceFieldsDto {
  @ApiPropertyOptional({ type: String, maxLength: 500, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  title?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  publisher?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 5000, nullable: true, description: 'The passage that matters' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  quote?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 5000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string | null;

  @ApiPropertyOptional({ enum: EVIDENCE_STANCES })
  @IsOptional()
  @IsIn(EVIDENCE_STANCES)
  stance?: EvidenceStance;

  @ApiPropertyOptional({ enum: SOURCE_RELIABILITIES })
  @IsOptional()
  @IsIn(SOURCE_RELIABILITIES)
  sourceReliability?: SourceReliability;

  @ApiPropertyOptional({ type: String, maxLength: CAPTURED_TEXT_MAX, nullable: true, description: 'Page text as captured; its SHA-256 and capture time are recorded' })
  @IsOptional()
  @IsString()
  @MaxLength(CAPTURED_TEXT_MAX)
  capturedText?: string | null;
}

export class CreateEvidenceDto extends EvidenceFieldsDto {
  @ApiProperty({ example: 'https://wire.example.org/2017/03/02/report', maxLength: 2048 })
  @IsUrl(HTTP_URL, { message: 'url must be an http(s) URL' })
  @MaxLength(2048)
  url!: string;
}

export class UpdateEvidenceDto extends EvidenceFieldsDto {
  @ApiPropertyOptional({ maxLength: 2048 })
  @IsOptional()
  @IsUrl(HTTP_URL, { message: 'url must be an http(s) URL' })
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({ description: "The evidence item's version you read (or send If-Match)" })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class RemoveEvidenceDto {
  @ApiPropertyOptional({ description: "The evidence item's version you read (or send If-Match)" })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class EvidenceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) ticketId!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) publisher!: string | null;
  @ApiProperty({ type: String, nullable: true }) quote!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ enum: EVIDENCE_STANCES }) stance!: EvidenceStance;
  @ApiProperty({ enum: SOURCE_RELIABILITIES }) sourceReliability!: SourceReliability;
  @ApiProperty({ type: String, nullable: true }) capturedText!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 (hex) of capturedText' }) capturedSha256!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) capturedAt!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'uuid' }) createdBy!: string;
  @ApiProperty({ format: 'uuid' }) updatedBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class EvidenceListDto {
  @ApiProperty({ type: [EvidenceDto] }) items!: EvidenceDto[];
}

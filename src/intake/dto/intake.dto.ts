import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, Max, Min, IsString, IsUrl, IsUUID, Length, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { HTTP_URL } from '../../tickets/dto/ticket-input.dto.js';
import { TICKET_STATUSES, type TicketStatus } from '../../tickets/ticket-status.js';
import { OutletSummaryDto } from './outlet.dto.js';

/** Received text above this many characters is refused with 413: a long feature is ~60,000, and every sentence of what is taken is scored while the request waits. */
export const INTAKE_MAX_CHARS = 200_000;
const LANGUAGE = /^[a-z]{2,3}$/;

export class SubmitArticleDto {
  @ApiProperty({ description: `The article: plain text, or HTML that the desk reduces to text. At most ${INTAKE_MAX_CHARS} characters (413 above).`, minLength: 1 })
  @IsString()
  // The length limit answers 413 in the service (the body limit bounds what reaches it).
  @MinLength(1, { message: 'text must not be empty' })
  text!: string;

  @ApiPropertyOptional({ enum: ['auto', 'text', 'html'], default: 'auto', description: "'auto' reads the text as HTML when it looks like markup" })
  @IsOptional()
  @IsIn(['auto', 'text', 'html'])
  format?: 'auto' | 'text' | 'html';

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ example: 'https://news.example.org/2016/12/11/story' })
  @IsOptional()
  @IsUrl(HTTP_URL, { message: 'url must be an http(s) URL' })
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'The outlet as you know it; the register is matched from the URL or this name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  outlet?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  publishedAt?: string;

  @ApiPropertyOptional({ example: 'en', description: 'ISO 639-1 code; detected when absent' })
  @IsOptional()
  @Matches(LANGUAGE, { message: 'language must be an ISO 639 code such as en or fr' })
  language?: string;
}

export class ScoreReasonDto {
  @ApiProperty({ example: 'number' }) code!: string;
  @ApiProperty({ example: 'a number: "4,000"' }) label!: string;
  @ApiProperty({ description: 'Positive raises the score, negative lowers it' }) weight!: number;
}

export class DroppedBlockDto {
  @ApiProperty() text!: string;
  @ApiProperty({ example: 'share' }) reason!: string;
  @ApiProperty({ description: 'Why it was dropped, in words' }) detail!: string;
}

export class ClaimMatchDto {
  @ApiProperty({ format: 'uuid' }) ticketId!: string;
  @ApiProperty() number!: number;
  @ApiProperty() claim!: string;
  @ApiProperty({ enum: TICKET_STATUSES }) status!: TicketStatus;
  @ApiProperty({ type: String, nullable: true }) rating!: string | null;
  @ApiProperty({ description: '0..1' }) score!: number;
  @ApiProperty({ description: 'The desk reads both as one claim' }) sameClaim!: boolean;
  @ApiProperty({ example: 'shares palmyra, isis, a capture (3 of 4); same figure 4000' }) reason!: string;
}

export class FactCheckMatchDto {
  @ApiProperty({ description: 'Public verdict id (the ticket id)', format: 'uuid' }) id!: string;
  @ApiProperty() newsroom!: string;
  @ApiProperty() newsroomName!: string;
  @ApiProperty({ description: 'The claim as published' }) claim!: string;
  @ApiProperty({ description: 'Rating label as published' }) rating!: string;
  @ApiProperty() url!: string;
  @ApiProperty() retracted!: boolean;
  @ApiProperty() score!: number;
  @ApiProperty() sameClaim!: boolean;
  @ApiProperty() reason!: string;
}

export class CandidateDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: '1 is the most check-worthy' }) rank!: number;
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'Offset of the sentence in the cleaned text (UTF-16 code units)' }) start!: number;
  @ApiProperty() end!: number;
  @ApiProperty({ description: 'Check-worthiness, 0..1' }) score!: number;
  @ApiProperty({ type: [ScoreReasonDto] }) reasons!: ScoreReasonDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Who the sentence attributes the claim to' }) claimant!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The ticket this candidate became or joined' }) ticketId!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: "That ticket's number in the newsroom" }) ticketNumber!: number | null;
  @ApiProperty({ type: [ClaimMatchDto], description: "The newsroom's tickets that look like the same claim, best first" }) matches!: ClaimMatchDto[];
  @ApiProperty({ type: [FactCheckMatchDto], description: 'Public verdicts of every newsroom on this desk about this claim' }) factChecks!: FactCheckMatchDto[];
}

export class ArticleSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'As submitted' }) outletName!: string | null;
  @ApiProperty({ type: OutletSummaryDto, nullable: true, description: "The register's outlet, when one matched" }) outlet!: OutletSummaryDto | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) publishedAt!: string | null;
  @ApiProperty({ example: 'en', description: "ISO 639-1, 'und' when unknown" }) language!: string;
  @ApiProperty({ enum: ['given', 'detected'] }) languageSource!: string;
  @ApiProperty({ description: 'SHA-256 (hex) of the text as received' }) receivedSha256!: string;
  @ApiProperty({ format: 'uuid' }) submittedBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'Candidates proposed' }) candidateCount!: number;
  @ApiProperty({ description: 'Candidates acted on (ticket created or joined)' }) actedCount!: number;
}

export class ArticleDto extends ArticleSummaryDto {
  @ApiProperty({ enum: ['text', 'html'] }) format!: string;
  @ApiProperty({ description: 'The cleaned text that candidate offsets point into' }) text!: string;
  @ApiProperty({ type: [DroppedBlockDto], description: 'What cleaning removed, and why' }) dropped!: DroppedBlockDto[];
  @ApiProperty({ type: [CandidateDto], description: 'Check-worthy sentences, best first' }) candidates!: CandidateDto[];
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'An earlier article of this newsroom with exactly the same received text' })
  duplicateOf!: string | null;
}

export class ArticlePageDto {
  @ApiProperty({ type: [ArticleSummaryDto] }) items!: ArticleSummaryDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last' }) nextCursor!: string | null;
}

export class ArticleListQueryDto {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class CandidateActionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'candidateId must be a UUID' })
  candidateId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Add the article as an appearance of this ticket; without it, a new ticket is created from the candidate' })
  @IsOptional()
  @IsUUID('all', { message: 'ticketId must be a UUID' })
  ticketId?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 1000, description: 'The claim as the new ticket states it (default: the sentence)' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  claim?: string;

  @ApiPropertyOptional({ type: String, maxLength: 300, nullable: true, description: 'Default: the claimant the desk found' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  claimant?: string | null;
}

export class ArticleActionsDto {
  @ApiProperty({ type: [CandidateActionDto], minItems: 1, maxItems: 50 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CandidateActionDto)
  actions!: CandidateActionDto[];
}

export class ActionResultDto {
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty({ format: 'uuid' }) ticketId!: string;
  @ApiProperty({ description: 'Number of the ticket in the newsroom' }) ticketNumber!: number;
  @ApiProperty({ description: 'true: a new ticket; false: the article joined an existing ticket' }) created!: boolean;
}

export class ArticleActionsResultDto {
  @ApiProperty({ type: [ActionResultDto] }) results!: ActionResultDto[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class PublicRatingDto {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @ApiProperty() description!: string;
  @ApiProperty() ratingValue!: number;
  @ApiProperty() bestRating!: number;
  @ApiProperty() worstRating!: number;
  @ApiProperty() alternateName!: string;
}

class PublicAppearanceDto {
  @ApiProperty() url!: string;
  @ApiPropertyOptional() outlet?: string;
  @ApiPropertyOptional() title?: string;
  @ApiPropertyOptional() publishedAt?: string;
}

class PublicApprovalDto {
  @ApiProperty() name!: string;
  @ApiProperty() role!: string;
  @ApiProperty({ format: 'date-time' }) signedAt!: string;
}

class PublicPublisherDto {
  @ApiProperty() name!: string;
  @ApiPropertyOptional() url?: string;
  @ApiPropertyOptional() logoUrl?: string;
}

class ChangelogEntryDto {
  @ApiProperty() version!: number;
  @ApiProperty() note!: string;
  @ApiProperty({ format: 'date-time' }) date!: string;
}

class RetractionDto {
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) retractedAt!: string;
}

class PublicEvidenceDto {
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
}

/** A published verdict as `GET /public/:slug/verdicts` lists it. */
export class PublicVerdictSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ description: 'Current publication version' }) version!: number;
  @ApiProperty() number!: number;
  @ApiProperty({ format: 'date-time' }) firstPublishedAt!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ format: 'date-time', description: 'Latest version or retraction' }) updatedAt!: string;
  @ApiProperty() claim!: string;
  @ApiProperty({ type: String, nullable: true }) claimant!: string | null;
  @ApiProperty({ type: String, nullable: true }) claimDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) language!: string | null;
  @ApiProperty({ type: [PublicAppearanceDto] }) appearances!: PublicAppearanceDto[];
  @ApiProperty({ type: PublicRatingDto }) rating!: PublicRatingDto;
  @ApiProperty() summary!: string;
  @ApiProperty({ description: 'SHA-256 of the approved rating, summary and write-up' }) contentHash!: string;
  @ApiProperty({ type: [PublicApprovalDto] }) approvals!: PublicApprovalDto[];
  @ApiProperty({ type: PublicPublisherDto }) publisher!: PublicPublisherDto;
  @ApiProperty({ type: [ChangelogEntryDto] }) changelog!: ChangelogEntryDto[];
  @ApiProperty({ type: RetractionDto, nullable: true }) retraction!: RetractionDto | null;
}

/** One published verdict in full (`Accept: application/json`). */
export class PublicVerdictDto extends PublicVerdictSummaryDto {
  @ApiProperty({ description: 'The write-up, as sanitised HTML' }) writeupHtml!: string;
  @ApiProperty({ type: [PublicEvidenceDto] }) evidence!: PublicEvidenceDto[];
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'schema.org ClaimReview; null once retracted' })
  claimReview!: Record<string, unknown> | null;
}

export class PublicVerdictListDto {
  @ApiProperty({ type: [PublicVerdictSummaryDto] }) items!: PublicVerdictSummaryDto[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, MaxLength, Min } from 'class-validator';
import { SOURCE_RELIABILITIES, type SourceReliability } from '../../evidence/evidence.entity.js';

/** A host name such as `news.example.org` (no scheme, no path). */
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/i;

class OutletFieldsDto {
  @ApiPropertyOptional({ type: [String], maxItems: 20, example: ['news.example.org'], description: 'Web domains; a subdomain matches its domain, www. is ignored' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(DOMAIN, { each: true, message: 'each domain must be a host name such as news.example.org' })
  domains?: string[];

  @ApiPropertyOptional({ enum: SOURCE_RELIABILITIES })
  @IsOptional()
  @IsIn(SOURCE_RELIABILITIES)
  reliability?: SourceReliability;

  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true, description: 'Why the label: the record behind it' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class CreateOutletDto extends OutletFieldsDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Example Wire' })
  @IsString()
  @Length(1, 200)
  name!: string;
}

export class UpdateOutletDto extends OutletFieldsDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ description: 'The version you read (or send If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class OutletSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: SOURCE_RELIABILITIES }) reliability!: SourceReliability;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class RatingCountDto {
  @ApiProperty({ description: "Rating key on the newsroom's scale" }) rating!: string;
  @ApiProperty() label!: string;
  @ApiProperty() count!: number;
}

export class TrackRecordDto {
  @ApiProperty({ description: "Published verdicts on claims that appeared in this outlet" }) verdicts!: number;
  @ApiProperty({ type: [RatingCountDto], description: 'How those claims were rated, most frequent first' }) ratings!: RatingCountDto[];
}

export class OutletDto extends OutletSummaryDto {
  @ApiProperty({ type: [String] }) domains!: string[];
  @ApiProperty() version!: number;
  @ApiProperty({ type: TrackRecordDto }) trackRecord!: TrackRecordDto;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class OutletListDto {
  @ApiProperty({ type: [OutletDto] }) items!: OutletDto[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const finite = { allowNaN: false, allowInfinity: false };
const webUrl = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

export class ClaimReviewRatingDto {
  @ApiProperty({ example: 1 })
  @IsNumber(finite)
  ratingValue!: number;

  @ApiProperty({ example: 5 })
  @IsNumber(finite)
  bestRating!: number;

  @ApiProperty({ example: 1 })
  @IsNumber(finite)
  worstRating!: number;

  @ApiProperty({ example: 'False', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  alternateName!: string;
}

export class RatingDefinitionDto {
  @ApiProperty({ example: 'false', description: 'Stable key stored on verdicts', pattern: '^[a-z0-9][a-z0-9-]{0,39}$' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'key must be lower-case letters, digits and dashes (at most 40)' })
  key!: string;

  @ApiProperty({ example: 'False', maxLength: 60 })
  @IsString()
  @Length(1, 60)
  label!: string;

  @ApiProperty({ example: 'The claim is not accurate.', maxLength: 500 })
  @IsString()
  @MaxLength(500)
  description!: string;

  @ApiProperty({ type: ClaimReviewRatingDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimReviewRatingDto)
  claimReview!: ClaimReviewRatingDto;
}

export class SignoffRequirementsDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 5, description: 'Approvals needed from reviewers or higher' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(5)
  reviewer?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 5, description: 'Approvals needed from editors or higher' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(5)
  editor?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 5, description: 'Approvals needed from admins' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(5)
  admin?: number;
}

export class SignoffPolicyDto {
  @ApiProperty({ type: SignoffRequirementsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SignoffRequirementsDto)
  required!: SignoffRequirementsDto;

  @ApiPropertyOptional({ description: 'Approvals from whoever set the current rating do not count (default true)' })
  @IsOptional()
  @IsBoolean()
  excludeRatingSetter?: boolean;
}

export class PublisherDto {
  @ApiPropertyOptional({ example: 'Demo Desk', maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ example: 'https://desk.example.org' })
  @IsOptional()
  @IsUrl(webUrl)
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ example: 'https://desk.example.org/logo.png' })
  @IsOptional()
  @IsUrl(webUrl)
  @MaxLength(2000)
  logoUrl?: string;
}

/** Each part given replaces the stored one whole. */
export class SettingsUpdateDto {
  @ApiPropertyOptional({ type: [RatingDefinitionDto], minItems: 2, maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RatingDefinitionDto)
  ratingScale?: RatingDefinitionDto[];

  @ApiPropertyOptional({ type: SignoffPolicyDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SignoffPolicyDto)
  signoffPolicy?: SignoffPolicyDto;

  @ApiPropertyOptional({ type: PublisherDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PublisherDto)
  publisher?: PublisherDto;

  @ApiPropertyOptional({ description: 'Researchers may take a new ticket themselves: assign themselves and start research (default true)' })
  @IsOptional()
  @IsBoolean()
  selfAssignment?: boolean;
}

export class SettingsDto {
  @ApiProperty({ type: [RatingDefinitionDto] })
  ratingScale!: RatingDefinitionDto[];

  @ApiProperty({ type: SignoffPolicyDto })
  signoffPolicy!: SignoffPolicyDto;

  @ApiProperty({ type: PublisherDto })
  publisher!: PublisherDto;

  @ApiProperty({ description: 'Researchers may take a new ticket themselves: assign themselves and start research' })
  selfAssignment!: boolean;
}

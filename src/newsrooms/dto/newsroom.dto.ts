import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { ROLES, type Role } from '../../access/roles.js';
import { SLUG_PATTERN } from '../slug.js';
import { SettingsDto, SettingsUpdateDto } from './settings.dto.js';

export class CreateNewsroomDto {
  @ApiProperty({ example: 'Demo Desk', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ example: 'demo', description: 'Identifies the newsroom in URLs; cannot be changed later', pattern: SLUG_PATTERN.source })
  @Matches(SLUG_PATTERN, { message: 'slug must be 2 to 40 lower-case letters, digits or inner dashes' })
  slug!: string;
}

export class UpdateNewsroomDto {
  @ApiPropertyOptional({ example: 'Demo Desk', maxLength: 100 })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ type: SettingsUpdateDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SettingsUpdateDto)
  settings?: SettingsUpdateDto;
}

export class NewsroomSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'demo' })
  slug!: string;

  @ApiProperty({ example: 'Demo Desk' })
  name!: string;

  @ApiProperty({ enum: ROLES, description: 'Your role in this newsroom' })
  role!: Role;
}

export class NewsroomDto extends NewsroomSummaryDto {
  @ApiProperty({ type: SettingsDto })
  settings!: SettingsDto;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

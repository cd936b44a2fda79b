import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { VERSION_REASONS, type VersionReason } from '../writeup-version.entity.js';

export class WriteupQueryDto {
  @ApiProperty({ required: false, minimum: 1, description: 'A kept version instead of the current write-up' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version?: number;
}


export class WriteupDto {
  @ApiProperty({ description: 'Canonical plain text: one line per text block' })
  text!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'ProseMirror JSON (TipTap StarterKit vocabulary)' })
  json!: object;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Last change (current write-up) or when the version was kept' })
  updatedAt!: Date | null;

  @ApiProperty({ required: false, type: 'integer', description: 'Present when a kept version was asked for' })
  version?: number;

  @ApiProperty({ required: false, enum: VERSION_REASONS })
  reason?: VersionReason;

  @ApiProperty({
    required: false,
    enum: [true],
    description: 'Present (true) when the stored write-up nests deeper or holds more nodes than the desk reads (written before updates were checked): the JSON and text stop there. Restore a kept version or clear it.',
  })
  truncated?: true;
}

export class WriteupVersionDto {
  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({ enum: VERSION_REASONS })
  reason!: VersionReason;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;
}

export class WriteupVersionListDto {
  @ApiProperty({ type: [WriteupVersionDto] })
  items!: WriteupVersionDto[];
}

export class RestoreWriteupDto {
  @ApiProperty({ required: false, minimum: 1, description: 'The ticket version you read (or send If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version?: number;
}

export class WriteupRestoredDto {
  @ApiProperty({ type: 'integer', description: "The ticket's new version" })
  version!: number;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The kept version the write-up now holds, or null when it was cleared' })
  restoredFrom!: number | null;

  @ApiProperty({ description: 'Canonical plain text of the write-up now' })
  text!: string;

  @ApiProperty({ required: false, enum: [true], description: 'Present when the kept version was cut at the limits' })
  truncated?: true;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Min } from 'class-validator';

export class SetVerdictDto {
  @ApiProperty({ example: 'mostly-false', description: "A key of the newsroom's rating scale" })
  @IsString()
  @Length(1, 64)
  rating!: string;

  @ApiProperty({ minLength: 1, maxLength: 2000, description: 'The short public text of the verdict' })
  @IsString()
  @Length(1, 2000)
  summary!: string;

  @ApiPropertyOptional({ description: 'The ticket version you read (or send If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class FieldErrorDto {
  @ApiProperty({ example: 'email' })
  field!: string;

  @ApiProperty({ example: 'email must be an email' })
  message!: string;
}

/** RFC 9457 problem document, as every error of the API is rendered. */
export class ProblemDto {
  @ApiProperty({ example: 'urn:claimdesk:problem:version_conflict' })
  type!: string;

  @ApiProperty({ example: 'Someone else changed this first' })
  title!: string;

  @ApiProperty({ example: 409 })
  status!: number;

  @ApiPropertyOptional()
  detail?: string;

  @ApiPropertyOptional({ example: '/api/newsrooms/desk/tickets/2f0c...' })
  instance?: string;

  @ApiProperty({ description: 'Stable machine-readable error code', example: 'version_conflict' })
  code!: string;

  @ApiPropertyOptional({ description: 'Correlation id, also in the X-Request-Id header' })
  requestId?: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];
}

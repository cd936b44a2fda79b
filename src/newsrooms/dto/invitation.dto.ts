import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, MaxLength } from 'class-validator';
import { ROLES, type Role } from '../../access/roles.js';

export class CreateInvitationDto {
  @ApiProperty({ example: 'new.colleague@example.org' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The token from the invitation' })
  @IsString()
  @MaxLength(200)
  token!: string;
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'new.colleague@example.org' })
  email!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}

export class CreatedInvitationDto extends InvitationDto {
  @ApiProperty({ description: 'Shown only now: give it to the invitee, who registers with it (or accepts it when signed in). Single use.' })
  token!: string;
}

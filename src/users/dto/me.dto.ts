import { ApiProperty } from '@nestjs/swagger';
import { ACTIONS, type Action } from '../../access/permissions.js';
import { ROLES, type Role } from '../../access/roles.js';
import { UserDto } from '../../auth/dto/auth.dto.js';

export type Permission = 'any' | 'assigned' | 'none';

export class MyNewsroomDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'demo' })
  slug!: string;

  @ApiProperty({ example: 'Demo Desk' })
  name!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({
    description: 'What this role may do: on any ticket, only on tickets assigned to the member, or not at all',
    type: 'object',
    properties: Object.fromEntries(ACTIONS.map((action) => [action, { type: 'string', enum: ['any', 'assigned', 'none'] }])),
  })
  permissions!: Record<Action, Permission>;
}

export class MeDto {
  @ApiProperty({ type: UserDto })
  user!: UserDto;

  @ApiProperty({ type: [MyNewsroomDto] })
  newsrooms!: MyNewsroomDto[];
}

import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser } from '../access/access.decorator.js';
import type { UserContext } from '../access/actor.js';
import { AuthService } from '../auth/auth.service.js';
import { AuthTokensDto, ChangePasswordDto } from '../auth/dto/auth.dto.js';
import { MeDto } from './dto/me.dto.js';
import { MeService } from './me.service.js';

@ApiTags('me')
@Controller('api/me')
export class MeController {
  constructor(
    private readonly me: MeService,
    private readonly auth: AuthService,
  ) {}

  @Get()
  @Access.user()
  @ApiOperation({ summary: 'The signed-in user, their newsrooms, role and what each role may do' })
  @ApiOkResponse({ type: MeDto })
  get(@CurrentUser() user: UserContext): Promise<MeDto> {
    return this.me.me(user.userId);
  }

  @Post('password')
  @HttpCode(200)
  @Access.user()
  @ApiOperation({ summary: 'Change the password; every session ends and this call returns a fresh token pair' })
  @ApiOkResponse({ type: AuthTokensDto })
  @ApiResponse({ status: 401, description: 'The current password is wrong' })
  @ApiResponse({ status: 429, description: 'Too many wrong current passwords; see Retry-After' })
  changePassword(@CurrentUser() user: UserContext, @Body() dto: ChangePasswordDto, @Ip() address: string): Promise<AuthTokensDto> {
    return this.auth.changePassword(user.userId, dto, address);
  }
}

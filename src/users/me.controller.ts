import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  changePassword(@CurrentUser() user: UserContext, @Body() dto: ChangePasswordDto): Promise<AuthTokensDto> {
    return this.auth.changePassword(user.userId, dto);
  }
}

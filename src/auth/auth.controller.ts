import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Access, CurrentUser } from '../access/access.decorator.js';
import type { UserContext } from '../access/actor.js';
import { AuthService } from './auth.service.js';
import { AuthTokensDto, LoginDto, RefreshDto, RegisterDto } from './dto/auth.dto.js';
import { LocalAuthGuard } from './local-auth.guard.js';
import type { SessionUser } from './sessions.service.js';
import { SessionsService } from './sessions.service.js';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  @Post('register')
  @Access.public()
  @ApiOperation({ summary: 'Create an account (open registration, or with an invitation token when REGISTRATION=invite)' })
  @ApiCreatedResponse({ type: AuthTokensDto })
  @ApiResponse({ status: 403, description: 'Registration is by invitation only' })
  @ApiResponse({ status: 409, description: 'The email is taken' })
  register(@Body() dto: RegisterDto): Promise<AuthTokensDto> {
    return this.auth.register(dto);
  }

  @Post('login')
  @HttpCode(200)
  @Access.public()
  @UseGuards(LocalAuthGuard)
  @ApiOperation({ summary: 'Sign in with email and password' })
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: AuthTokensDto })
  @ApiResponse({ status: 401, description: 'Wrong email or password (the answer does not say which)' })
  @ApiResponse({ status: 429, description: 'Too many failed attempts for this account or address; see Retry-After' })
  login(@Req() request: FastifyRequest & { user: SessionUser }): Promise<AuthTokensDto> {
    return this.auth.login(request.user);
  }

  @Post('refresh')
  @HttpCode(200)
  @Access.public()
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair; a reused token revokes its whole session' })
  @ApiOkResponse({ type: AuthTokensDto })
  @ApiResponse({ status: 401, description: 'Unknown, expired, revoked or reused refresh token' })
  refresh(@Body() dto: RefreshDto): Promise<AuthTokensDto> {
    return this.sessions.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @Access.user()
  @ApiOperation({ summary: 'End this session: its access and refresh tokens stop working at once' })
  @ApiNoContentResponse()
  logout(@CurrentUser() user: UserContext): Promise<void> {
    return this.sessions.revoke(user.userId, user.sessionId, 'logout');
  }
}

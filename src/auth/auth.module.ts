import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LocalStrategy } from './local.strategy.js';
import { LoginThrottle } from './login-throttle.js';
import { SessionsService } from './sessions.service.js';

@Module({
  imports: [PassportModule],
  controllers: [AuthController],
  providers: [AuthService, SessionsService, LocalStrategy, { provide: LoginThrottle, useFactory: () => new LoginThrottle() }],
  exports: [AuthService, SessionsService],
})
export class AuthModule {}

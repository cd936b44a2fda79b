import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { JwtStrategy } from '../auth/jwt.strategy.js';
import { AccessGuard } from './access.guard.js';
import { ActorService } from './actor.service.js';

@Global()
@Module({
  imports: [PassportModule],
  providers: [JwtStrategy, ActorService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [ActorService],
})
export class AccessModule {}

import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard.js';
import { ActorCache } from './actor-cache.js';
import { ActorService } from './actor.service.js';

@Global()
@Module({
  providers: [ActorCache, ActorService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [ActorService],
})
export class AccessModule {}

import { Module } from '@nestjs/common';
import { TicketsModule } from '../tickets/tickets.module.js';
import { CollabAuthService } from './collab-auth.service.js';
import { CollabConnections } from './collab-connections.js';
import { COLLAB_LIMITS, DEFAULT_COLLAB_LIMITS } from './collab-limits.js';
import { CollabServer } from './collab-server.js';
import { CollabGateway } from './collab.gateway.js';
import { Compactor } from './compactor.js';
import { UpdateLog } from './update-log.js';
import { WriteupRestoreService } from './writeup-restore.service.js';
import { WriteupStore } from './writeup-store.js';
import { WriteupVersioning } from './writeup-versioning.js';
import { WriteupsController } from './writeups.controller.js';
import { WriteupsQueries } from './writeups.queries.js';
import { WriteupsService } from './writeups.service.js';

/** The write-up: live co-editing at `/collab`, its durable log, versions and HTTP reads. */
@Module({
  // Versions are kept through the tickets module's transition hooks.
  imports: [TicketsModule],
  controllers: [WriteupsController],
  providers: [
    { provide: COLLAB_LIMITS, useValue: DEFAULT_COLLAB_LIMITS },
    CollabAuthService,
    CollabConnections,
    CollabServer,
    CollabGateway,
    Compactor,
    UpdateLog,
    WriteupStore,
    WriteupsService,
    WriteupsQueries,
    WriteupVersioning,
    WriteupRestoreService,
  ],
  exports: [WriteupsService],
})
export class WriteupsModule {}

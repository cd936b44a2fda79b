import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { AuditQueries } from './audit.queries.js';
import { AuditService } from './audit.service.js';

/** Global: every module that changes a ticket appends to the history in its own transaction. */
@Global()
@Module({ controllers: [AuditController], providers: [AuditService, AuditQueries], exports: [AuditService] })
export class AuditModule {}

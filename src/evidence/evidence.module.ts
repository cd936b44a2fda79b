import { Module } from '@nestjs/common';
import { TicketStore } from '../tickets/ticket-store.js';
import { EvidenceController } from './evidence.controller.js';
import { EvidenceQueries } from './evidence.queries.js';
import { EvidenceService } from './evidence.service.js';

@Module({
  controllers: [EvidenceController],
  providers: [EvidenceService, EvidenceQueries, TicketStore],
  exports: [EvidenceQueries],
})
export class EvidenceModule {}

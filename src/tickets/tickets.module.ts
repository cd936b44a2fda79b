import { Module, type OnModuleInit } from '@nestjs/common';
import { EvidenceModule } from '../evidence/evidence.module.js';
import { MatchingModule } from '../intake/matching/matching.module.js';
import { TicketAssignmentService } from './ticket-assignment.service.js';
import { TicketEventStream } from './ticket-event-stream.js';
import { TicketEventsController } from './ticket-events.controller.js';
import { assertLifecycleConsistent } from './ticket-lifecycle.js';
import { TicketQueriesService } from './ticket-queries.service.js';
import { TicketStore } from './ticket-store.js';
import { TicketTransitionsService } from './ticket-transitions.service.js';
import { TicketWriterService } from './ticket-writer.service.js';
import { TransitionHooks } from './transition-hooks.js';
import { TicketsController } from './tickets.controller.js';

@Module({
  imports: [EvidenceModule, MatchingModule],
  controllers: [TicketsController, TicketEventsController],
  providers: [TicketStore, TicketWriterService, TicketTransitionsService, TicketAssignmentService, TicketQueriesService, TicketEventStream, TransitionHooks],
  // Sign-off and publishing apply their transitions through TicketTransitionsService.applyTransition.
  // Other modules' in-transaction work on every move registers with TransitionHooks.
  exports: [TicketStore, TicketTransitionsService, TransitionHooks, TicketWriterService],
})
export class TicketsModule implements OnModuleInit {
  onModuleInit(): void {
    assertLifecycleConsistent();
  }
}

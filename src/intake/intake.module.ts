import { Module } from '@nestjs/common';
import { TicketsModule } from '../tickets/tickets.module.js';
import { IntakeActionsService } from './intake-actions.service.js';
import { IntakeController } from './intake.controller.js';
import { IntakeService } from './intake.service.js';
import { MatchingModule } from './matching/matching.module.js';
import { OutletsController } from './outlets/outlets.controller.js';
import { OutletsService } from './outlets/outlets.service.js';

/** The front door: articles in, check-worthy claims out, matched with what the desk already has; and the register of outlets. */
@Module({
  imports: [TicketsModule, MatchingModule],
  controllers: [IntakeController, OutletsController],
  providers: [IntakeService, IntakeActionsService, OutletsService],
})
export class IntakeModule {}

import { Module } from '@nestjs/common';
import { TicketStore } from '../tickets/ticket-store.js';
import { VerdictController } from './verdict.controller.js';
import { VerdictService } from './verdict.service.js';

@Module({ controllers: [VerdictController], providers: [VerdictService, TicketStore] })
export class VerdictsModule {}

import { Module } from '@nestjs/common';
import { TicketsModule } from '../tickets/tickets.module.js';
import { WriteupsModule } from '../writeups/writeups.module.js';
import { WriteupsService } from '../writeups/writeups.service.js';
import { SignedContentService } from './signed-content.service.js';
import { SignoffWithdrawal } from './signoff-withdrawal.js';
import { SignoffsController } from './signoffs.controller.js';
import { SignoffsService } from './signoffs.service.js';
import { WRITEUP_SOURCE, type WriteupSource } from './writeup-source.js';

@Module({
  imports: [WriteupsModule, TicketsModule],
  controllers: [SignoffsController],
  providers: [
    {
      provide: WRITEUP_SOURCE,
      useFactory: (writeups: WriteupsService): WriteupSource => ({
        current: async (_manager, ticketId) => {
          const { json, text } = await writeups.current(ticketId);
          return { json, text };
        },
        renderHtml: (json) => writeups.renderHtml(json),
      }),
      inject: [WriteupsService],
    },
    SignedContentService,
    SignoffsService,
    SignoffWithdrawal,
  ],
  exports: [SignedContentService, TicketsModule],
})
export class SignoffsModule {}

import { Module } from '@nestjs/common';
import { SignoffsModule } from '../signoffs/signoffs.module.js';
import { PublicController } from './public.controller.js';
import { PublicVerdictsService } from './public-verdicts.service.js';
import { PublishingController } from './publishing.controller.js';
import { PublishingService } from './publishing.service.js';

@Module({
  imports: [SignoffsModule],
  controllers: [PublishingController, PublicController],
  providers: [PublishingService, PublicVerdictsService],
})
export class PublishingModule {}

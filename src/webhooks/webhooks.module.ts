import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { TransitionWebhooks } from './transition-webhooks.js';
import { WebhookDispatcher } from './webhook-dispatcher.js';
import { WebhookEndpointsService } from './webhook-endpoints.service.js';
import { WebhookOutbox } from './webhook-outbox.js';
import { WEBHOOK_SETTINGS, webhookSettings } from './webhook-settings.js';
import { WebhooksController } from './webhooks.controller.js';

/** Global so any module can write events into the outbox inside its own transactions. */
@Global()
@Module({
  imports: [TicketsModule],
  controllers: [WebhooksController],
  providers: [
    { provide: WEBHOOK_SETTINGS, useFactory: (config: AppConfig) => webhookSettings(config), inject: [APP_CONFIG] },
    WebhookOutbox,
    WebhookDispatcher,
    WebhookEndpointsService,
    TransitionWebhooks,
  ],
  exports: [WebhookOutbox],
})
export class WebhooksModule {}

import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AccessModule } from './access/access.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { IdempotencyModule } from './common/idempotency/idempotency.module.js';
import { ProblemFilter } from './common/errors/problem.filter.js';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source.js';
import { EventsModule } from './events/events.module.js';
import { HealthModule } from './health/health.module.js';
import { IntakeModule } from './intake/intake.module.js';
import { loggerOptions } from './logging.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { WriteupsModule } from './writeups/writeups.module.js';
import { NewsroomsModule } from './newsrooms/newsrooms.module.js';
import { TicketsModule } from './tickets/tickets.module.js';
import { UsersModule } from './users/users.module.js';
import { VerdictsModule } from './verdicts/verdicts.module.js';
import { PublishingModule } from './publishing/publishing.module.js';
import { SignoffsModule } from './signoffs/signoffs.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl),
          // Start-up fails fast with a clear message; recovery after start is the pool's job.
          retryAttempts: 0,
        }),
        MetricsModule,
        EventsModule,
        AccessModule,
        AuthModule,
        UsersModule,
        NewsroomsModule,
        HealthModule,
        AuditModule,
        IdempotencyModule,
        TicketsModule,
        VerdictsModule,
        WriteupsModule,
        WebhooksModule,
        SignoffsModule,
        PublishingModule,
        IntakeModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
    };
  }
}

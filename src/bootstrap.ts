import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { WsAdapter } from '@nestjs/platform-ws';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { createValidationPipe } from './common/errors/validation.js';
import type { AppConfig } from './config/config.js';
import { runMigrationsLocked } from './database/migrate.js';
import { seedDemo } from './demo/demo.js';
import { MetricsService } from './metrics/metrics.service.js';
import { requestObserver } from './request-observer.js';
import { mountOpenApi } from './openapi.js';

export interface DeskOptions {
  config: AppConfig;
  databaseUrl: string;
}

/**
 * Builds the whole application (HTTP API, public pages, live editing) and
 * brings its database schema up to date. `main.ts` and the tests both start
 * the desk through here, so they run the same thing.
 */
export async function createDesk({ config, databaseUrl }: DeskOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl }), {
    bufferLogs: true,
    bodyParser: false,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'extended');
  app.use(requestObserver(app.get(MetricsService)));
  app.use(helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false }));
  app.useBodyParser('json', { limit: config.bodyLimit, type: ['application/json', 'application/*+json'] });
  app.useGlobalPipes(createValidationPipe());
  // Live editing speaks a binary protocol: binary frames are never JSON events, so they skip the adapter's parser.
  app.useWebSocketAdapter(new WsAdapter(app, { messageParser: (data) => (typeof data === 'string' ? parseJsonEvent(data) : undefined) }));

  await runMigrationsLocked(app.get(DataSource));
  if (config.demoData) await seedDemo(app, config);
  mountOpenApi(app);
  return app;
}

function parseJsonEvent(text: string): { event: string; data: unknown } | undefined {
  try {
    const message = JSON.parse(text) as { event?: unknown; data?: unknown };
    return typeof message?.event === 'string' ? { event: message.event, data: message.data } : undefined;
  } catch {
    return undefined;
  }
}

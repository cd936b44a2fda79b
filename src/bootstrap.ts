import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { WsAdapter } from '@nestjs/platform-ws';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { createValidationPipe } from './common/errors/validation.js';
import type { AppConfig } from './config/config.js';
import { runMigrationsLocked } from './database/migrate.js';
import { seedDemo } from './demo/demo.js';
import { MetricsService } from './metrics/metrics.service.js';
import { acceptJsonBodies, drainOnClose, httpServerOptions, refuseUnstorableText, refuseWhileClosing } from './http-server.js';
import { mountOpenApi } from './openapi.js';
import { revalidateAnswers } from './publishing/public-revalidation.js';
import { observeRequests } from './request-observer.js';
import { serveWebClient } from './web/web-client.js';

export interface DeskOptions {
  config: AppConfig;
  databaseUrl: string;
}

/**
 * Builds the whole application (HTTP API, public pages, live editing) and
 * brings its database schema up to date. `main.ts` and the tests both start
 * the desk through here, so they run the same thing.
 */
export async function createDesk({ config, databaseUrl }: DeskOptions): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot({ config, databaseUrl }), new FastifyAdapter(httpServerOptions(config)), {
    bufferLogs: true,
    bodyParser: false,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  // helmet's headers but the Content-Security-Policy, which each kind of page sets for itself.
  app.useSecurityHeaders({ contentSecurityPolicy: false });
  const server = app.getHttpAdapter().getInstance();
  acceptJsonBodies(server, config.jsonMaxDepth);
  observeRequests(server, app.get(MetricsService));
  refuseWhileClosing(server);
  drainOnClose(server, config.http.shutdownDrainMs);
  refuseUnstorableText(server);
  serveWebClient(server);
  revalidateAnswers(server);
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

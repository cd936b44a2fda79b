/** The real desk, configured as in production, for a benchmark's child process. */
import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createDesk } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/config.js';

export async function startBenchDesk(secret: string, logLevel: 'info' | 'error'): Promise<{ app: NestFastifyApplication; port: number }> {
  const databaseUrl = process.env.BENCH_DATABASE_URL!;
  const config = loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    DATA_DIR: process.env.BENCH_DATA_DIR!,
    JWT_SECRET: secret,
    DEMO_DATA: 'false',
    LOG_LEVEL: logLevel,
  });
  const app = await createDesk({ config, databaseUrl });
  await app.listen(0, '127.0.0.1');
  return { app, port: (app.getHttpServer().address() as { port: number }).port };
}

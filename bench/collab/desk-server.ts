/** Child process: the real desk (createDesk, durable write path) against the bench database. */
import 'reflect-metadata';
import { createDesk } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config/config.js';
import { UpdateLog } from '../../src/writeups/update-log.js';
import { answerParent, BENCH_SECRET, type ServerMessage } from './shared.js';

const databaseUrl = process.env.BENCH_DATABASE_URL!;
const config = loadConfig({
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: '0',
  DATABASE_URL: databaseUrl,
  DATA_DIR: process.env.BENCH_DATA_DIR!,
  JWT_SECRET: BENCH_SECRET,
  DEMO_DATA: 'false',
  LOG_LEVEL: 'error',
});
const app = await createDesk({ config, databaseUrl });
await app.listen(0, '127.0.0.1');
const log = app.get(UpdateLog);
answerParent(
  () => ({ ...log.stats }),
  () => app.close(),
);
process.send!({ type: 'ready', port: (app.getHttpServer().address() as { port: number }).port } satisfies ServerMessage);

/** Child process: the real desk, as `npm start` builds it, against the bench database. */
import 'reflect-metadata';
import { createDesk } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config/config.js';
import { BENCH_SECRET } from './shared.js';

const databaseUrl = process.env.BENCH_DATABASE_URL!;
const config = loadConfig({
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: '0',
  DATABASE_URL: databaseUrl,
  DATA_DIR: process.env.BENCH_DATA_DIR!,
  JWT_SECRET: BENCH_SECRET,
  DEMO_DATA: 'false',
  LOG_LEVEL: 'info',
});
const app = await createDesk({ config, databaseUrl });
await app.listen(0, '127.0.0.1');
process.send!({ port: (app.getHttpServer().address() as { port: number }).port });
process.on('message', () => void app.close().then(() => process.exit(0)));
// The orchestrator is gone (crashed, killed): do not outlive it.
process.on('disconnect', () => process.exit(1));

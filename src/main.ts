import 'reflect-metadata';
import pg from 'pg';
import { createDesk } from './bootstrap.js';
import { type AppConfig, ConfigError, loadConfig } from './config/config.js';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './database/embedded-postgres.js';

/**
 * `npm start`: validate the configuration, start an embedded PostgreSQL unless
 * DATABASE_URL is set, migrate, listen, and shut down cleanly on SIGTERM/SIGINT.
 * A bad configuration ends with one line saying what is wrong.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedPostgres | undefined;
  const stopEmbedded = () => embedded?.stop().catch(() => undefined);
  try {
    if (!config.databaseUrl) {
      embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, database: 'claimdesk' });
    }
    const databaseUrl = config.databaseUrl ?? embedded!.url;
    await assertReachable(databaseUrl);
    const app = await createDesk({ config, databaseUrl });
    await listen(app, config);
    announce(config, embedded);

    let shuttingDown = false;
    const shutdown = async (signal: string) => {
      if (shuttingDown) process.exit(1); // a second signal: stop waiting
      shuttingDown = true;
      console.log(`claimdesk: ${signal} received, finishing in-flight work (requests get up to ${config.http.shutdownDrainMs / 1000} s)`);
      // Each step of shutdown is bounded (the HTTP drain, the live-editing flush); should one hang regardless, this bounds the whole.
      const backstop = setTimeout(() => {
        console.error(`claimdesk: shutdown did not finish within ${SHUTDOWN_MARGIN_MS / 1000} s after the drain time; exiting`);
        process.exit(1);
      }, config.http.shutdownDrainMs + SHUTDOWN_MARGIN_MS);
      backstop.unref();
      await app.close();
      await stopEmbedded();
      process.exit(0);
    };
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    process.on('SIGINT', () => void shutdown('SIGINT'));
  } catch (error) {
    await stopEmbedded();
    throw error;
  }
}

/** How long shutdown may take beyond the HTTP drain time (flushing live edits, stopping PostgreSQL) before the process gives up waiting. */
const SHUTDOWN_MARGIN_MS = 30_000;

async function assertReachable(url: string): Promise<void> {
  const where = describeDatabase(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new ConfigError(`cannot reach PostgreSQL at ${where}: ${(error as Error).message || (error as { code?: string }).code}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function listen(app: Awaited<ReturnType<typeof createDesk>>, config: AppConfig): Promise<void> {
  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    await app.close().catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new ConfigError(`port ${config.port} is already in use; stop the other server or set PORT`);
    }
    if ((error as NodeJS.ErrnoException).code === 'EACCES') {
      throw new ConfigError(`not allowed to listen on port ${config.port}; choose a port above 1023 with PORT`);
    }
    throw error;
  }
}

function announce(config: AppConfig, embedded: EmbeddedPostgres | undefined): void {
  const database = embedded ? `embedded PostgreSQL (data in ${config.dataDir})` : describeDatabase(config.databaseUrl!);
  console.log(`claimdesk: listening on ${config.publicBaseUrl} (API docs at ${config.publicBaseUrl}/api/docs), database: ${database}`);
}

function describeDatabase(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : `failed to start: ${(error as Error)?.message ?? String(error)}`;
  console.error(`claimdesk: ${message}`);
  process.exit(1);
});

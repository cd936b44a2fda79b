/**
 * Regenerates the web client's copy of the OpenAPI document and its types:
 *
 *   npm run openapi:write            # writes client/src/api/openapi.json and schema.d.ts
 *   npm run openapi:write -- --check # exits 1 when the committed files are stale
 *
 * starts the real desk (on a throwaway embedded PostgreSQL, or on the database
 * named by --database <url>) and takes the document it serves. It runs in a
 * plain Node process on purpose: some decorators document themselves only
 * where Node can require() ES modules, as in production.
 */
import 'reflect-metadata';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDesk } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/config.js';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { freePort } from '../tests/support/free-port.js';
import { OPENAPI_JSON, OPENAPI_TYPES, renderDocument, renderTypes } from './openapi-artifacts.js';

const args = process.argv.slice(2);
const check = args.includes('--check');
const databaseArg = args.indexOf('--database');
const root = join(import.meta.dirname, '..');
const dir = await mkdtemp(join(tmpdir(), 'claimdesk-openapi-'));
// PostgreSQL runs as its own user when we are root: it must reach its directory.
await chmod(dir, 0o755);
let pg: EmbeddedPostgres | undefined;
let stale: string[] = [];
try {
  const databaseUrl = databaseArg >= 0 ? args[databaseArg + 1]! : (pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: await freePort(), database: 'openapi', fast: true })).url;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: join(dir, 'data'),
    JWT_SECRET: 'openapi-generation-secret-long-enough-for-hs256',
    DEMO_DATA: 'false',
  });
  const app = await createDesk({ config, databaseUrl });
  try {
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    const document = (await (await fetch(`http://127.0.0.1:${port}/api/openapi.json`)).json()) as { paths: object };
    const files = [
      [OPENAPI_JSON, renderDocument(document)],
      [OPENAPI_TYPES, await renderTypes(document)],
    ] as const;
    if (check) {
      stale = [];
      for (const [file, text] of files) if ((await readFile(join(root, file), 'utf8').catch(() => '')) !== text) stale.push(file);
    } else {
      for (const [file, text] of files) await writeFile(join(root, file), text);
      console.log(`wrote ${OPENAPI_JSON} and ${OPENAPI_TYPES} (${Object.keys(document.paths).length} paths)`);
    }
  } finally {
    await app.close();
  }
} finally {
  await pg?.stop();
  await rm(dir, { recursive: true, force: true });
}
if (stale.length > 0) {
  console.error(`out of date: ${stale.join(', ')}; run \`npm run openapi:write\` and commit the result`);
  process.exitCode = 1;
} else if (check) {
  console.log('the web client’s OpenAPI document and types are up to date');
}

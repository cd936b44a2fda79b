/**
 * Regenerates the web client's copy of the OpenAPI document and its types:
 *
 *   npm run openapi:write
 *
 * builds the real desk on a throwaway embedded PostgreSQL (the document comes
 * from the controllers), writes client/src/api/openapi.json and schema.d.ts.
 */
import 'reflect-metadata';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDesk } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/config.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { buildOpenApiDocument } from '../src/openapi.js';
import { freePort } from '../tests/support/free-port.js';
import { OPENAPI_JSON, OPENAPI_TYPES, renderDocument, renderTypes } from './openapi-artifacts.js';

const root = join(import.meta.dirname, '..');
const dir = await mkdtemp(join(tmpdir(), 'claimdesk-openapi-'));
// PostgreSQL runs as its own user when we are root: it must reach its directory.
await chmod(dir, 0o755);
const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: await freePort(), database: 'openapi', fast: true });
try {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: join(dir, 'data'),
    JWT_SECRET: 'openapi-generation-secret-long-enough-for-hs256',
    DEMO_DATA: 'false',
  });
  const app = await createDesk({ config, databaseUrl: pg.url });
  try {
    await app.init();
    const document = buildOpenApiDocument(app);
    await writeFile(join(root, OPENAPI_JSON), renderDocument(document));
    await writeFile(join(root, OPENAPI_TYPES), await renderTypes(document));
    console.log(`wrote ${OPENAPI_JSON} and ${OPENAPI_TYPES} (${Object.keys(document.paths).length} paths)`);
  } finally {
    await app.close();
  }
} finally {
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OPENAPI_JSON, OPENAPI_TYPES, renderDocument, renderTypes } from '../../../scripts/openapi-artifacts.js';
import { startDesk, type TestDesk } from '../../support/desk.js';

const root = join(import.meta.dirname, '..', '..', '..');
const STALE = 'the web client is built against an outdated API description: run `npm run openapi:write` and commit the result';

describe('the web client’s copy of the OpenAPI document', () => {
  let desk: TestDesk;
  let served: object;
  beforeAll(async () => {
    desk = await startDesk();
    served = (await (await fetch(`${desk.baseUrl}/api/openapi.json`)).json()) as object;
  });
  afterAll(() => desk.close());

  it('is the document the desk serves', async () => {
    const committed = await readFile(join(root, OPENAPI_JSON), 'utf8');
    expect({ fresh: committed === renderDocument(served), hint: STALE }).toEqual({ fresh: true, hint: STALE });
  });

  it('has types generated from that document', async () => {
    const committed = await readFile(join(root, OPENAPI_TYPES), 'utf8');
    expect({ fresh: committed === (await renderTypes(served)), hint: STALE }).toEqual({ fresh: true, hint: STALE });
  });
});

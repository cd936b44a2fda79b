import openapiTS, { astToString } from 'openapi-typescript';

/**
 * The two committed artefacts of the OpenAPI document: the JSON itself and the
 * TypeScript types the web client is built against. `npm run openapi:write`
 * writes them; the freshness test compares them with what the desk serves.
 */
export const OPENAPI_JSON = 'client/src/api/openapi.json';
export const OPENAPI_TYPES = 'client/src/api/schema.d.ts';

export function renderDocument(document: object): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

export async function renderTypes(document: object): Promise<string> {
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)) as Parameters<typeof openapiTS>[0]);
  return `/* Generated from the desk's OpenAPI document by \`npm run openapi:write\`. Do not edit. */\n${astToString(ast)}`;
}

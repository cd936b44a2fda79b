import http from 'node:http';
import fc from 'fast-check';
import { hostileValue, jsonText, type JsonSchema, mutatedValueOf, RawJson, type SchemaContext, valueOf } from './schema-arbitraries.js';

/** Who sends a request: a member of each role, someone outside the newsroom, nobody, or a forged credential. */
export const CALLERS = ['viewer', 'researcher', 'reviewer', 'editor', 'admin', 'outsider', 'anonymous', 'forged'] as const;
export type Caller = (typeof CALLERS)[number];

export interface Operation {
  method: string;
  /** OpenAPI template, e.g. /api/newsrooms/{slug}/tickets/{id} */
  path: string;
  parameters: { name: string; in: string; required?: boolean; schema?: JsonSchema }[];
  body?: JsonSchema;
  /** The operation ends the caller's session (logout, password change): it gets a throwaway account's token. */
  endsSession: boolean;
}

export interface FuzzRequest {
  operation: string;
  method: string;
  /** Already percent-encoded, query included. */
  url: string;
  caller: Caller;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Operation['parameters']; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
  components: { schemas: Record<string, JsonSchema> };
}

const SESSION_ENDING = new Set(['POST /api/auth/logout', 'POST /api/me/password']);

/** Every operation of the document, with what the fuzzer needs of it. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      parameters: operation.parameters ?? [],
      body: operation.requestBody ? Object.values(operation.requestBody.content)[0]?.schema : undefined,
      endsSession: SESSION_ENDING.has(`${method.toUpperCase()} ${path}`),
    })),
  );
}

/** Path segments that are not what any route expects, already encoded as a client would put them on the wire. */
const HOSTILE_SEGMENTS = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '00000000-0000-4000-8000-000000000000',
  'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
  '00000000-0000-4000-8000-0000000000000',
  '00000000-0000-4000-8000-00000000000g',
  '0',
  '-1',
  '99999999999999999999',
  '1e3',
  '%00',
  'a%00b',
  '%C3%28',
  '%ED%A0%80',
  '%EF%BF%BF',
  '%01%1F%7F',
  '%E2%80%AE',
  '%2E%2E',
  '..',
  '%2F',
  '%',
  '%zz',
  'x'.repeat(99),
  'x'.repeat(101),
  'x'.repeat(5_000),
  encodeURIComponent('ñandú'),
  encodeURIComponent('\u{1F600}'),
  '__proto__',
  'constructor',
];

const HOSTILE_QUERIES = [
  '%',
  '%zz=1',
  'a=%00',
  '__proto__[polluted]=1',
  'constructor[prototype][polluted]=1',
  `${'a['.repeat(200)}]=1`,
  'cursor=%00',
  'limit=1e400',
  `q=${'x'.repeat(5_000)}`,
  'status=',
  'status=new&status=drafting&status[]=x',
  `${Array.from({ length: 300 }, (_, i) => `k${i}=${i}`).join('&')}`,
];

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/problem+json',
  'application/merge-patch+json',
  'application/json; charset=latin1',
  'application/json; charset=',
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'application/xml',
  '*/*',
  'application/json;;;',
  'garbage',
  '',
];

const wholeBodies = fc.constantFrom(
  '',
  '{',
  'null',
  '"a string"',
  '12',
  '[]',
  '{"a":1,"a":2}',
  '{"__proto__":{"polluted":true}}',
  '['.repeat(2_000) + ']'.repeat(2_000),
  '{"a":'.repeat(2_000) + '1' + '}'.repeat(2_000),
  `{"x":"${'y'.repeat(300_000)}"}`,
  '{"\u0000":"\u0000"}',
  '{"a":"\\u0000"}',
  'a=1&b=2',
);

const binaryBodies = fc.constantFrom(Buffer.from([0xff, 0xfe, 0x7b, 0x7d]), Buffer.from('{"a":"\xff"}', 'latin1'), Buffer.from([0x7b, 0x00, 0x7d]), Buffer.alloc(0));

export interface FuzzPools {
  /** Path parameter name → real values (the newsroom's slug, ticket, evidence, member, invitation, webhook ids). */
  params: Record<string, readonly string[]>;
  /** Query parameter name → values worth trying beyond the schema (real cursors). */
  query: Record<string, readonly string[]>;
  schema: SchemaContext;
}

const segmentOf = (real: readonly string[]): fc.Arbitrary<string> =>
  real.length
    ? fc.oneof({ arbitrary: fc.constantFrom(...real).map(encodeURIComponent), weight: 8 }, { arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS), weight: 1 })
    : fc.constantFrom(...HOSTILE_SEGMENTS);

/** Percent-encodes like encodeURIComponent, but sends a lone surrogate as its (invalid) three UTF-8-style bytes instead of throwing. */
export function encodeLoosely(text: string): string {
  let encoded = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    encoded +=
      code >= 0xd800 && code <= 0xdfff ? [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('') : encodeURIComponent(char);
  }
  return encoded;
}

const queryValue = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(queryValue) : [encodeLoosely(typeof value === 'string' ? value : value instanceof RawJson ? value.text : JSON.stringify(value) ?? '')];

/** Requests for one operation: valid-looking ones and hostile ones, from every kind of caller. */
export function requestsFor(operation: Operation, pools: FuzzPools): fc.Arbitrary<FuzzRequest> {
  const pathParams = operation.parameters.filter((p) => p.in === 'path');
  const queryParams = operation.parameters.filter((p) => p.in === 'query');
  const headerParams = operation.parameters.filter((p) => p.in === 'header');

  const path = fc
    .tuple(...pathParams.map((p) => segmentOf(pools.params[p.name] ?? [])))
    .map((segments) => pathParams.reduce((url, p, index) => url.replace(`{${p.name}}`, segments[index]!), operation.path));

  const queryPairs = fc.tuple(
    ...queryParams.map((p) =>
      // mostly absent or valid, so that most lists get past validation to the query
      fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 6 },
        { arbitrary: valueOf(p.schema ?? {}, pools.schema, p.name), weight: 4 },
        { arbitrary: fc.constantFrom(...(pools.query[p.name] ?? ['']), ''), weight: 1 },
        { arbitrary: hostileValue, weight: 1 },
      ).map((value) => (value === undefined ? [] : queryValue(value).map((encoded) => `${p.name}=${encoded}`))),
    ),
  );
  const query = fc
    .oneof({ arbitrary: queryPairs.map((pairs) => withinUrlBudget(pairs.flat()).join('&')), weight: 6 }, { arbitrary: fc.constantFrom(...HOSTILE_QUERIES), weight: 1 })
    .map((text) => (text ? `?${text}` : ''));

  const headers = fc.record({
    'content-type': fc.oneof({ arbitrary: fc.constant('application/json'), weight: 12 }, { arbitrary: fc.constantFrom(...CONTENT_TYPES), weight: 2 }),
    ...Object.fromEntries(headerParams.map((p) => [p.name.toLowerCase(), fc.option(headerValue(p.name, pools), { freq: 3 })])),
  });

  const body: fc.Arbitrary<Buffer | undefined> = operation.body
    ? fc.oneof(
        { arbitrary: mutatedValueOf(operation.body, pools.schema).map((value) => Buffer.from(jsonText(value))), weight: 12 },
        { arbitrary: wholeBodies.map((text) => Buffer.from(text)), weight: 2 },
        { arbitrary: binaryBodies, weight: 1 },
        { arbitrary: fc.constant(undefined), weight: 1 },
      )
    : fc.oneof({ arbitrary: fc.constant(undefined), weight: 8 }, { arbitrary: wholeBodies.map((text) => Buffer.from(text)), weight: 1 });

  // members more often than the rest: most 5xx hide behind the guard
  const caller = fc.oneof({ arbitrary: fc.constantFrom(...CALLERS.slice(0, 5)), weight: 5 }, { arbitrary: fc.constantFrom(...CALLERS.slice(5)), weight: 1 });
  return fc.record({ path, query, caller, headers, body }).map(({ path, query, caller, headers, body }) => {
    const sent = Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    // GET and DELETE without a body carry no content type, like real clients
    if (body === undefined || operation.method === 'GET') delete sent['content-type'];
    return {
      operation: `${operation.method} ${operation.path}`,
      method: operation.method,
      url: path + query,
      caller,
      headers: sent,
      body: operation.method === 'GET' ? undefined : body,
    };
  });
}

/**
 * Query pairs up to about 32 KB of URL: some requests pass Node's 16 KB
 * header limit (refused before Fastify routes them, which must still be a
 * problem document on a closed connection), without every long value doing so.
 */
function withinUrlBudget(pairs: string[], budget = 32_000): string[] {
  const kept: string[] = [];
  let length = 0;
  for (const pair of pairs) {
    const cut = pair.slice(0, budget - length);
    // never end inside a percent escape
    const whole = cut.replace(/%[0-9A-Fa-f]?$/, '');
    if (!whole) break;
    kept.push(whole);
    length += whole.length + 1;
  }
  return kept;
}

/** Header values a sender can put on the wire (Node refuses control characters before sending). */
function headerValue(name: string, pools: FuzzPools): fc.Arbitrary<string> {
  const odd = ['', ' ', '\t', 'x'.repeat(201), 'x'.repeat(2_000), 'x'.repeat(20_000), '\u00e9t\u00e9', 'a b', '"', '*', '-1', '0', 'null', '99999999999999999999', '1e400', 'W/"-1"', 'W/"abc"', '"3", "4"', 'W/'];
  const real = name.toLowerCase() === 'if-match' ? (pools.query.version ?? []).flatMap((v) => [v, `"${v}"`, `W/"${v}"`]) : [];
  const good = name.toLowerCase() === 'idempotency-key' ? fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 40 }).filter((s) => /^[\x21-\x7e]+$/.test(s))) : fc.constantFrom(...(real.length ? real : ['1']));
  return fc.oneof({ arbitrary: good, weight: 3 }, { arbitrary: fc.constantFrom(...odd), weight: 2 });
}

/** What each kept-alive connection answered last: a connection dropped under a request is explained by the answer before it. */
const lastAnswerOn = new WeakMap<object, string>();

export interface FuzzResult {
  request: FuzzRequest;
  status: number;
  contentType: string;
  sample: string;
  error?: string;
}

/**
 * Sends a request as bytes on the wire (no URL normalisation, no body
 * re-encoding) and reads at most the start of the answer; a stream
 * (text/event-stream) is closed once its headers are in.
 */
export function send(agent: http.Agent, baseUrl: string, request: FuzzRequest, authorization: string | undefined, timeoutMs: number): Promise<FuzzResult> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { ...request.headers, accept: 'application/json' };
    if (authorization) headers.authorization = authorization;
    if (request.body) headers['content-length'] = request.body.length;
    let settled = false;
    const done = (result: Omit<FuzzResult, 'request'>) => {
      if (settled) return;
      settled = true;
      resolve({ request, ...result });
    };
    let outgoing: http.ClientRequest;
    try {
      outgoing = http.request({ agent, hostname, port, method: request.method, path: request.url, headers, timeout: timeoutMs });
    } catch (error) {
      // The sender refused it (a header Node will not put on the wire): not the desk's answer, nothing to check.
      done({ status: 0, contentType: '', sample: '', error: `not sent: ${(error as Error).message}` });
      return;
    }
    let socket: import('node:net').Socket | undefined;
    outgoing.on('socket', (opened) => (socket = opened));
    outgoing.on('response', (response) => {
      if (socket) lastAnswerOn.set(socket, `${response.statusCode} to ${request.method} ${request.url.slice(0, 60)}`);
      const contentType = String(response.headers['content-type'] ?? '');
      const chunks: Buffer[] = [];
      let size = 0;
      if (contentType.startsWith('text/event-stream')) {
        done({ status: response.statusCode ?? 0, contentType, sample: '(stream)' });
        response.destroy();
        return;
      }
      response.on('data', (chunk: Buffer) => {
        if (size < 400) chunks.push(chunk);
        size += chunk.length;
      });
      response.on('end', () => done({ status: response.statusCode ?? 0, contentType, sample: Buffer.concat(chunks).toString('utf8').slice(0, 300) }));
      response.on('error', (error) => done({ status: response.statusCode ?? 0, contentType, sample: '', error: error.message }));
    });
    outgoing.on('timeout', () => {
      done({ status: 0, contentType: '', sample: '', error: `no answer within ${timeoutMs} ms` });
      outgoing.destroy();
    });
    outgoing.on('error', (error) => {
      const previous = socket && lastAnswerOn.get(socket);
      done({ status: 0, contentType: '', sample: '', error: `connection: ${error.message}${previous ? ` (this connection last answered ${previous})` : ''}` });
    });
    outgoing.end(request.body);
  });
}

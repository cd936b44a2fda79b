import fc from 'fast-check';

/** The part of OpenAPI 3's JSON Schema dialect the desk's document uses. */
export interface JsonSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
}

export interface SchemaContext {
  /** `components.schemas` of the document, for `$ref`. */
  schemas: Record<string, JsonSchema>;
  /** Values worth trying for a property of this name (real ids, versions, rating keys), mixed with generated ones. */
  hints: Record<string, readonly unknown[]>;
}

/**
 * A JSON text fragment sent exactly as written: what `JSON.stringify` cannot
 * produce (numbers beyond a double, 2,000-deep nesting built as text, a
 * `__proto__` key).
 */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON text of a value that may contain `RawJson` fragments. */
export function jsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : jsonText(item))).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${jsonText(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const DEPTH = 2_000;

/** Hostile scalars and shapes: what a careless client, a fuzzer or an attacker sends in place of any value. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    'nul\u0000inside',
    '\u0000',
    'lone \ud800 high',
    '\udc00 lone low',
    'controls \u0001\u0008\u000b\u001b\u007f\u0085',
    'bidi \u202e txet',
    '\ufeffbom',
    '',
    ' ',
    'x'.repeat(10_000),
    '\u{1F600}'.repeat(3_000),
    '../../etc/passwd',
    "'; DROP TABLE tickets; --",
    '%00',
    '<script>alert(1)</script>',
    'not-a-uuid',
    '00000000-0000-0000-0000-000000000000',
    '2024-02-30T25:61:61Z',
    '-1',
    '1e309',
  ),
  fc.constantFrom<unknown>(null, true, false, 0, -1, -0, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, -1e308, Number.MIN_VALUE, [], {}, [[]], [null], { '': '' }),
  fc.constantFrom(
    new RawJson('1e400'),
    new RawJson('-1e400'),
    new RawJson('123456789012345678901234567890'),
    new RawJson('"\\ud800"'),
    new RawJson('"\\u0000"'),
    new RawJson('{"__proto__":{"polluted":true,"isAdmin":true,"role":"admin"}}'),
    new RawJson('{"constructor":{"prototype":{"polluted":true}}}'),
    new RawJson('['.repeat(DEPTH) + ']'.repeat(DEPTH)),
    new RawJson('{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH)),
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const DAY = 86_400_000;
const stringOf = (schema: JsonSchema): fc.Arbitrary<unknown> => {
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'date-time':
      return fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString());
    case 'date':
      return fc.integer({ min: -30_000, max: 60_000 }).map((days) => new Date(days * DAY).toISOString().slice(0, 10));
    case 'email':
      return fc.emailAddress();
    case 'uri':
    case 'url':
      return fc.webUrl();
    default: {
      const minLength = schema.minLength ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 80));
      return fc.oneof(fc.string({ minLength, maxLength }), fc.string({ unit: 'grapheme', minLength, maxLength }), fc.webUrl(), fc.uuid());
    }
  }
};

/**
 * Values shaped by a schema: mostly what it allows (so requests get past
 * validation and reach services), with the document's examples and the
 * context's hints mixed in.
 */
export function valueOf(schema: JsonSchema, context: SchemaContext, name?: string, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) {
    const target = context.schemas[schema.$ref.replace('#/components/schemas/', '')];
    if (!target) throw new Error(`unresolved ${schema.$ref}`);
    return valueOf(target, context, name, depth);
  }
  if (schema.allOf) return valueOf(Object.assign({}, ...schema.allOf.map((part) => resolve(part, context))) as JsonSchema, context, name, depth);
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return fc.oneof(...variants.map((variant) => valueOf(variant, context, name, depth)));

  const generated = plainValueOf(schema, context, depth);
  const known = [...(name ? (context.hints[name] ?? []) : []), ...(schema.example === undefined ? [] : [schema.example])];
  const withKnown = known.length ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 3 }, { arbitrary: generated, weight: 1 }) : generated;
  return schema.nullable ? fc.oneof({ arbitrary: withKnown, weight: 5 }, { arbitrary: fc.constant(null), weight: 1 }) : withKnown;
}

function plainValueOf(schema: JsonSchema, context: SchemaContext, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return stringOf(schema);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000 });
    case 'number':
      return fc.oneof(fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: schema.minimum, max: schema.maximum }));
    case 'boolean':
      return fc.boolean();
    case 'array':
      if (depth > 4) return fc.constant([]);
      return fc.array(valueOf(schema.items ?? {}, context, undefined, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 6) });
    case 'object':
    case undefined:
      if (!schema.properties) return schema.type ? fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }) : fc.jsonValue({ maxDepth: 2 });
      if (depth > 4) return fc.constant({});
      return fc.record(
        Object.fromEntries(Object.entries(schema.properties).map(([key, property]) => [key, valueOf(property, context, key, depth + 1)])),
        { requiredKeys: (schema.required ?? []).filter((key) => key in schema.properties!) },
      );
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function resolve(schema: JsonSchema, context: SchemaContext): JsonSchema {
  return schema.$ref ? resolve(context.schemas[schema.$ref.replace('#/components/schemas/', '')] ?? {}, context) : schema;
}

/** A valid-looking value with one hostile twist: a field replaced, an unexpected key, or the whole value swapped. */
export function mutatedValueOf(schema: JsonSchema, context: SchemaContext): fc.Arbitrary<unknown> {
  const valid = valueOf(schema, context);
  const keys = Object.keys(resolve(schema, context).properties ?? {});
  const withField = (value: unknown, key: string, replacement: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.defineProperty({ ...value }, key, { value: replacement, enumerable: true }) : replacement;
  return fc.oneof(
    { arbitrary: valid, weight: 10 },
    ...(keys.length ? [{ arbitrary: fc.tuple(valid, fc.constantFrom(...keys), hostileValue).map(([value, key, bad]) => withField(value, key, bad)), weight: 6 }] : []),
    {
      arbitrary: fc
        .tuple(valid, fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'id', 'newsroomId', 'role', ''), hostileValue)
        .map(([value, key, bad]) => withField(value, key, bad)),
      weight: 2,
    },
    { arbitrary: hostileValue, weight: 2 },
  );
}

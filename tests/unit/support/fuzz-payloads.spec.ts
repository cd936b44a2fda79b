import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { encodeLoosely } from '../../support/http-fuzz.js';
import { jsonText, mutatedValueOf, RawJson, valueOf } from '../../support/schema-arbitraries.js';

/** The HTTP fuzz is only as hostile as its payloads: these check that they reach the wire as claimed. */
describe('fuzz payloads', () => {
  it('keeps a __proto__ key and raw fragments in the JSON text, where JSON.stringify would drop or rewrite them', () => {
    const body = Object.defineProperty({ name: 'x' }, '__proto__', { value: new RawJson('{"polluted":true}'), enumerable: true });
    expect(jsonText(body)).toBe('{"name":"x","__proto__":{"polluted":true}}');
    expect(jsonText([new RawJson('1e400'), undefined, 'a\u0000'])).toBe('[1e400,null,"a\\u0000"]');
    expect(JSON.parse(jsonText({ deep: new RawJson('['.repeat(5) + ']'.repeat(5)) }))).toEqual({ deep: [[[[[]]]]] });
  });

  it('percent-encodes a lone surrogate as its three bytes instead of throwing', () => {
    expect(() => encodeURIComponent('a\ud800')).toThrow(URIError);
    expect(encodeLoosely('a\ud800 \u{1F600}')).toBe('a%ED%A0%80%20%F0%9F%98%80');
  });

  it('generates schema-valid values most of the time, and hostile ones too', () => {
    const context = { schemas: { Role: { type: 'string', enum: ['viewer', 'admin'] } }, hints: { version: [3] } };
    const schema = { type: 'object', properties: { email: { type: 'string', format: 'email' }, role: { $ref: '#/components/schemas/Role' }, version: { type: 'number' } }, required: ['email', 'role'] };
    const valid = fc.sample(valueOf(schema, context), { seed: 1, numRuns: 200 }) as Record<string, unknown>[];
    expect(valid.every((value) => typeof value.email === 'string' && ['viewer', 'admin'].includes(value.role as string))).toBe(true);
    expect(valid.some((value) => value.version === 3)).toBe(true);
    const mutated = fc.sample(mutatedValueOf(schema, context), { seed: 1, numRuns: 400 }).map(jsonText);
    expect(mutated.filter((text) => !text.startsWith('{"email"')).length).toBeGreaterThan(20);
    expect(mutated.some((text) => text.includes('"__proto__"') || text.includes('"constructor"'))).toBe(true);
  });
});

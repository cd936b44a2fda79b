import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { contentHash } from '../../../src/signoffs/content-hash.js';

describe('content hash', () => {
  const base = { rating: 'false', summary: 'No.', writeup: { json: { type: 'doc', content: [{ type: 'paragraph' }] }, text: 'Because.' } };

  it('is SHA-256 over the canonical JSON of rating, summary and write-up', () => {
    const canonical = '{"rating":"false","summary":"No.","writeup":{"json":{"content":[{"type":"paragraph"}],"type":"doc"},"text":"Because."}}';
    expect(contentHash(base)).toBe(createHash('sha256').update(canonical).digest('hex'));
  });

  it('does not depend on key order', () => {
    const reordered = { writeup: { text: 'Because.', json: { content: [{ type: 'paragraph' }], type: 'doc' } }, summary: 'No.', rating: 'false' };
    expect(contentHash(reordered)).toBe(contentHash(base));
  });

  it('changes with any of rating, summary or write-up', () => {
    const hashes = new Set([
      contentHash(base),
      contentHash({ ...base, rating: 'true' }),
      contentHash({ ...base, summary: 'No!' }),
      contentHash({ ...base, writeup: { ...base.writeup, text: 'Because!' } }),
      contentHash({ ...base, writeup: { ...base.writeup, json: { type: 'doc', content: [] } } }),
      contentHash({ ...base, writeup: null }),
      contentHash({ ...base, rating: null }),
    ]);
    expect(hashes.size).toBe(7);
  });

  it('is 64 lower-case hex digits', () => {
    expect(contentHash({ rating: null, summary: null, writeup: null })).toMatch(/^[0-9a-f]{64}$/);
  });
});

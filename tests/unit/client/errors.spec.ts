import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { hasMessage, humanMessage } from '../../../client/src/api/errors.js';

// Every code the server can answer with, read from its single list.
const source = readFileSync(join(import.meta.dirname, '../../../src/common/errors/error-codes.ts'), 'utf8');
const union = source.slice(source.indexOf('export type ErrorCode'), source.indexOf(';', source.indexOf('export type ErrorCode')));
const SERVER_CODES = [...union.matchAll(/\| '([a-z_]+)'/g)].map((m) => m[1]!);

describe('API errors in words a journalist understands', () => {
  it('explains a version conflict without jargon', () => {
    expect(humanMessage('version_conflict', 'expected version 3, found 4')).toBe(
      'Someone else changed this ticket while you were editing. Reload to see their changes.',
    );
  });

  it('keeps the server’s specific reason where it says what to do', () => {
    expect(humanMessage('invalid_transition', 'a ticket in state "new" cannot submit')).toBe(
      'This ticket cannot move to that step from where it is now. A ticket in state "new" cannot submit.',
    );
  });

  it('knows the server’s codes', () => {
    expect(SERVER_CODES).toEqual(expect.arrayContaining(['version_conflict', 'forbidden', 'not_found']));
  });

  it.each(SERVER_CODES)('has its own sentence for %s, showing no code', (code) => {
    expect(hasMessage(code)).toBe(true);
    const message = humanMessage(code);
    expect(message).toMatch(/^[A-Z].*[.!?]$/);
    expect(message).not.toContain('_');
  });

  it('falls back to the server’s detail, as a sentence, for a code it does not know', () => {
    expect(humanMessage('brand_new_code', 'the moon is not available')).toBe('The moon is not available.');
    expect(humanMessage('brand_new_code')).toBe('Something went wrong. Try again.');
  });
});

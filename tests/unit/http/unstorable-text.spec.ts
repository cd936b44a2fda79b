import { describe, expect, it } from '@jest/globals';
import { invalidInputState } from '../../../src/common/errors/database-errors.js';
import { toAppError } from '../../../src/common/errors/problem.filter.js';
import { findUnstorableText, unstorableReason } from '../../../src/common/input/unstorable-text.js';

describe('unstorableReason', () => {
  it('refuses NUL and lone surrogates everywhere, and accepts surrogate pairs', () => {
    for (const part of ['path', 'query', 'body'] as const) {
      expect(unstorableReason('a\u0000b', part)).toMatch(/NUL/);
      expect(unstorableReason('a\ud800b', part)).toMatch(/surrogate/);
      expect(unstorableReason('\udfff', part)).toMatch(/surrogate/);
      expect(unstorableReason('end \ud83d', part)).toMatch(/surrogate/);
      expect(unstorableReason('café 😀 ☃', part)).toBeUndefined();
    }
  });

  it('lets tab and line breaks through in bodies only, and no other control in either', () => {
    expect(unstorableReason('one\r\ntwo\tthree', 'body')).toBeUndefined();
    expect(unstorableReason('one\ntwo', 'query')).toMatch(/line breaks/);
    expect(unstorableReason('one\ttwo', 'path')).toMatch(/control/);
    for (const control of ['\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f']) {
      expect(unstorableReason(`x${control}y`, 'body')).toMatch(/control/);
      expect(unstorableReason(`x${control}y`, 'query')).toMatch(/control/);
    }
    expect(unstorableReason('x\u007fy', 'query')).toMatch(/control/);
    expect(unstorableReason('x\u007fy', 'body')).toBeUndefined();
  });
});

describe('findUnstorableText', () => {
  it('names the first offending field by its path, keys included', () => {
    expect(findUnstorableText({ claim: 'fine', appearances: [{ url: 'x' }, { outlet: 'bad\u0000' }] }, 'body')).toEqual({
      field: 'appearances.1.outlet',
      message: expect.stringMatching(/^appearances\.1\.outlet must not contain NUL/),
    });
    expect(findUnstorableText({ settings: { 'k\ud800': 1 } }, 'body')).toEqual({ field: 'settings.k\ud800', message: expect.stringMatching(/^the name of/) });
    expect(findUnstorableText('\u0000', 'body')).toEqual({ field: 'body', message: expect.any(String) });
    expect(findUnstorableText({ n: 1, ok: true, none: null, list: ['a', 'b'] }, 'body')).toBeUndefined();
    expect(findUnstorableText(undefined, 'body')).toBeUndefined();
  });
});

describe('values PostgreSQL refuses as data', () => {
  const driverError = (code: string) => Object.assign(new Error('refused'), { code, driverError: { code } });

  it('are the fault of the request (400), except faults of computing', () => {
    for (const code of ['22021', '22P05', '22P02', '22007', '22008', '22001']) {
      expect(invalidInputState(driverError(code))).toBe(code);
      expect(toAppError(driverError(code)).code).toBe('validation_failed');
    }
    expect(invalidInputState({ message: 'wrapped', cause: { code: '22P02' } })).toBe('22P02');
    for (const code of ['22012', '23505', '42P01', '57P01']) expect(invalidInputState(driverError(code))).toBeUndefined();
    expect(toAppError(driverError('22012')).code).toBe('internal_error');
    expect(toAppError(driverError('42P01')).code).toBe('internal_error');
  });
});

import { describe, expect, it } from '@jest/globals';
import { exceedsJsonDepth } from '../../../src/common/input/json-depth.js';

describe('exceedsJsonDepth', () => {
  it.each([
    ['1', 0, false],
    ['[]', 1, false],
    ['[[]]', 1, true],
    ['{"a":[{"b":[]}]}', 4, false],
    ['{"a":[{"b":[]}]}', 3, true],
    // siblings do not add up: depth is how deep, not how many
    ['[[1],[2],[3],{"a":1}]', 2, false],
  ])('%s with at most %i levels: %s', (text, max, expected) => {
    expect(exceedsJsonDepth(text, max)).toBe(expected);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(exceedsJsonDepth('["[[[[{{{{", "\\"[[[[", "\\\\", "{"]', 1)).toBe(false);
    // after an escaped backslash the quote does close the string, so the next bracket counts
    expect(exceedsJsonDepth('["\\\\", [1]]', 1)).toBe(true);
    // three backslashes: an escaped backslash, then an escaped quote, so the string goes on
    expect(exceedsJsonDepth('["\\\\\\"[[", 1]', 1)).toBe(false);
    // an unterminated string is left to JSON.parse to refuse
    expect(exceedsJsonDepth('["[[[[', 1)).toBe(false);
  });

  it('scans a million opening brackets without recursing and in linear time', () => {
    const text = '['.repeat(1_000_000);
    const started = performance.now();
    expect(exceedsJsonDepth(text, 32)).toBe(true);
    const balanced = `[${'"x",'.repeat(250_000)}1]`;
    expect(exceedsJsonDepth(balanced, 32)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

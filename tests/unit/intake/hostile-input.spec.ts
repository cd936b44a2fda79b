import { describe, expect, it } from '@jest/globals';
import { analyseArticle, type ArticleInput } from '../../../src/intake/analysis/analyse-article.js';

/**
 * Generous: a megabyte takes 0.1-1 s here, several times that when the two
 * cores are shared by other test runs; a quadratic path would take minutes.
 */
const LIMIT_MS = 6_000;

function timed(input: ArticleInput) {
  const started = performance.now();
  const result = analyseArticle(input);
  return { result, ms: performance.now() - started };
}

describe('hostile input', () => {
  const MB = 1_000_000;
  const cases: [string, ArticleInput][] = [
    ['a megabyte of one letter', { text: 'a'.repeat(MB) }],
    ['a megabyte of full stops', { text: '.'.repeat(MB) }],
    ['a megabyte of mixed punctuation', { text: '!?.,;:"“”«»()'.repeat(MB / 13) }],
    ['a megabyte of spaces and newlines', { text: ' \n'.repeat(MB / 2) }],
    ['many tiny sentences in one paragraph', { text: 'Go. '.repeat(MB / 16) }],
    ['deeply nested tags', { text: `${'<div><span>'.repeat(50_000)}deep text.${'</span></div>'.repeat(50_000)}`, format: 'html' }],
    ['nested furniture boxes', { text: `${'<div class="share">'.repeat(20_000)}x${'</div>'.repeat(20_000)}`, format: 'html' }],
    ['an unclosed comment', { text: `<p>Start.</p><!--${'x'.repeat(MB)}`, format: 'html' }],
    ['an unclosed tag with endless attributes', { text: `<p ${'a="b" '.repeat(100_000)}`, format: 'html' }],
    ['many opening quotes', { text: `He said “${'word “'.repeat(100_000)}.` }],
    ['a long run of digits and separators', { text: `${'1,'.repeat(200_000)}1 people.` }],
    ['control characters', { text: '\u0000\u0001\u0002\u001f'.repeat(MB / 4) }],
  ];
  it.each(cases)('%s: finishes quickly with a clean result', (_name, input) => {
    const { result, ms } = timed(input);
    expect(ms).toBeLessThan(LIMIT_MS);
    // eslint-disable-next-line no-control-regex -- asserting that none survived
    expect(result.text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]|<\/?[a-z]/);
    expect(result.candidates).toHaveLength(result.sentences.length);
    expect(result.sentences.every((s) => s.end > s.start)).toBe(true);
    expect(result.candidates.every((c) => c.score >= 0 && c.score <= 1)).toBe(true);
  });

  it('keeps the text of deeply nested tags and drops pure punctuation', () => {
    expect(analyseArticle({ text: `${'<div>'.repeat(10_000)}deep text.${'</div>'.repeat(10_000)}`, format: 'html' }).text).toBe('deep text.');
    const punctuation = analyseArticle({ text: '.'.repeat(10_000) });
    expect(punctuation.text).toBe('');
    expect(punctuation.dropped[0].reason).toBe('markup');
  });

  it('does not throw on a non-string text', () => {
    expect(analyseArticle({ text: undefined as unknown as string }).text).toBe('');
  });
});

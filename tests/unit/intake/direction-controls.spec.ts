import { describe, expect, it } from '@jest/globals';
import { analyseArticle } from '../../../src/intake/analysis/analyse-article.js';

describe('invisible direction controls', () => {
  it('are removed, so a sentence is shown in the order it is stored, matched and published', () => {
    const { text, candidates } = analyseArticle({ text: 'The ministry said \u202eTSIL\u202c that 12 villages were evacuated. \u2067Isolated\u2069 text stays readable.' });
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('TSIL that 12 villages');
    for (const candidate of candidates) expect(candidate.text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('keep the marks that only nudge neutral characters, and mixed scripts as they are', () => {
    const { text } = analyseArticle({ text: 'قال المتحدث\u200f إن 300 مقاتل قتلوا. Министр заявил, что 4 000 военных прибыли.' });
    expect(text).toContain('\u200f');
    expect(text).toContain('Министр заявил');
  });
});

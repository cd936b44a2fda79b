import { describe, expect, it } from '@jest/globals';
import { claimTerms } from '../../../src/intake/analysis/analyse-article.js';

describe('claimTerms', () => {
  it('folds the spellings of one actor to one term, but not the verb "is" or the pronoun "us"', () => {
    const forms = ['IS fighters took the town', 'ISIS fighters took the town', 'ISIL fighters took the town', 'Islamic State fighters took the town', 'Daesh fighters took the town'];
    const termSets = forms.map((f) => claimTerms(f, 'en').terms);
    for (const terms of termSets) expect(terms).toEqual(termSets[0]);
    expect(termSets[0]).toContain('islamic_state');
    expect(claimTerms('It is clear to us', 'en').terms).toEqual(['clear']);
  });

  it('folds US, U.S. and United States', () => {
    for (const text of ['US troops', 'U.S. troops', 'United States troops']) expect(claimTerms(text, 'en').terms).toEqual(['united_states', 'troop']);
  });

  it('stems, lower-cases and drops function words', () => {
    expect(claimTerms('The fighters were killed in the strikes', 'en').terms).toEqual(['fighter', 'kill', 'strike']);
  });

  it('folds accents where harmless', () => {
    expect(claimTerms('élections', 'fr').terms).toEqual(claimTerms('elections', 'fr').terms);
    expect(claimTerms('élections', 'fr').terms.join(' ')).not.toMatch(/[^a-z ]/);
    expect(claimTerms('Zerstörung', 'de').terms).toEqual(claimTerms('Zerstorung', 'de').terms);
  });

  it('normalises figures: 4,000 / 4 000 / 4000, decimals, multipliers and spelled-out cardinals', () => {
    expect(claimTerms('4,000 fighters', 'en').numbers).toEqual(['4000']);
    expect(claimTerms('4 000 combattants', 'fr').numbers).toEqual(['4000']);
    expect(claimTerms('4000 fighters and 300 more', 'en').numbers).toEqual(['4000', '300']);
    expect(claimTerms('4.000 Kämpfer', 'de').numbers).toEqual(['4000']);
    expect(claimTerms('growth of 3.5 per cent', 'en').numbers).toEqual(['3.5']);
    expect(claimTerms('un taux de 3,5 %', 'fr').numbers).toEqual(['3.5']);
    expect(claimTerms('1.5 million people', 'en').numbers).toEqual(['1500000']);
    expect(claimTerms('nine months ago', 'en').numbers).toEqual(['9']);
    expect(claimTerms('٣٠٠ مقاتل', 'ar').numbers).toEqual(['300']);
  });

  it('reads numbers written in words as they are composed', () => {
    expect(claimTerms('Four thousand soldiers arrived', 'en')).toEqual({ terms: ['soldier', 'arriv'], numbers: ['4000'] });
    expect(claimTerms('4 thousand soldiers arrived', 'en').numbers).toEqual(['4000']);
    expect(claimTerms('two hundred and fifty people', 'en').numbers).toEqual(['250']);
    expect(claimTerms('one of the men, a dog and a cat', 'en').numbers).toEqual([]);
    expect(claimTerms('mille deux cents hectares', 'fr').numbers).toEqual(claimTerms('1 200 hectares', 'fr').numbers);
    expect(claimTerms('dreiundzwanzig Verletzte', 'de').numbers).toEqual(['23']);
    expect(claimTerms('doscientos cincuenta', 'es').numbers).toEqual(['250']);
    expect(claimTerms('48 тысячами взрослых', 'ru').numbers).toEqual(['48000']);
    expect(claimTerms('двадцать три человека', 'ru').numbers).toEqual(['23']);
  });
});

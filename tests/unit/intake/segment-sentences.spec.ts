import { describe, expect, it } from '@jest/globals';
import { analyse, sentenceTexts } from './build.js';

const split = (text: string, language: string) => sentenceTexts(analyse(text, { language }));

describe('sentence segmentation', () => {
  it('does not end sentences at English abbreviations, titles and initials', () => {
    expect(split('The U.S. Army said so. Dr. Smith agreed with Mr. Jones at St. Paul. Gen. Miller left.', 'en')).toEqual([
      'The U.S. Army said so.',
      'Dr. Smith agreed with Mr. Jones at St. Paul.',
      'Gen. Miller left.',
    ]);
    expect(split('J. R. Smith won the vote. No. 5 was closed.', 'en')).toEqual(['J. R. Smith won the vote.', 'No. 5 was closed.']);
  });

  it('still ends a sentence at an abbreviation when a new sentence starts after it', () => {
    expect(split('He moved to the U.S. The next day he left.', 'en')).toEqual(['He moved to the U.S.', 'The next day he left.']);
  });

  it('keeps decimals and thousands whole', () => {
    expect(split('Prices rose 3.5 per cent to 4,000 units. Sales fell.', 'en')).toEqual(['Prices rose 3.5 per cent to 4,000 units.', 'Sales fell.']);
  });

  it('keeps closing quotes with their sentence and a question inside a sentence', () => {
    expect(split('He said “no.” Then he left. She asked, "Why?" and ran.', 'en')).toEqual(['He said “no.”', 'Then he left.', 'She asked, "Why?" and ran.']);
  });

  it('ends a sentence at every line break between paragraphs, with or without a full stop', () => {
    expect(split('First item without a stop\n\nSecond item\n\nA closing line.', 'en')).toEqual(['First item without a stop', 'Second item', 'A closing line.']);
  });

  it('handles French, German and Spanish abbreviations and German ordinal dates', () => {
    expect(split('M. Dupont l’a dit. Mme Durand aussi.', 'fr')).toEqual(['M. Dupont l’a dit.', 'Mme Durand aussi.']);
    expect(split('Das ist z. B. wahr. Dr. Müller sagte es am 3. März. Das war gut.', 'de')).toEqual(['Das ist z. B. wahr.', 'Dr. Müller sagte es am 3. März.', 'Das war gut.']);
    expect(split('El Sr. García dijo que sí. EE. UU. no respondió.', 'es')).toEqual(['El Sr. García dijo que sí.', 'EE. UU. no respondió.']);
  });

  it('splits Russian and Arabic text, including the Arabic question mark and full stop', () => {
    expect(split('Министр заявил, что мост откроют. В 2016 г. цены выросли.', 'ru')).toEqual(['Министр заявил, что мост откроют.', 'В 2016 г. цены выросли.']);
    expect(split('قال الوزير إن الجسر سيعاد فتحه. هل هذا صحيح؟ نعم۔ انتهى.', 'ar')).toEqual(['قال الوزير إن الجسر سيعاد فتحه.', 'هل هذا صحيح؟', 'نعم۔', 'انتهى.']);
  });

  it('gives offsets into the cleaned text', () => {
    const result = analyse('Title line\n\nOne sentence here. Another one.');
    expect(result.sentences).toEqual([
      { start: 0, end: 10 },
      { start: 12, end: 30 },
      { start: 31, end: 43 },
    ]);
  });
});

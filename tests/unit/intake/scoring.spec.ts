import { describe, expect, it } from '@jest/globals';
import type { ReasonCode } from '../../../src/intake/analysis/analyse-article.js';
import { analyse, candidateWith, codes } from './build.js';

describe('check-worthiness scoring', () => {
  const cues: [ReasonCode, string][] = [
    ['number', 'The port handled 4,000 containers.'],
    ['date', 'The port reopened on 14 March 2019 after the storm.'],
    ['attribution', 'The harbour was closed, according to the coastguard.'],
    ['named_actor', 'The harbour authority closed the northern basin yesterday.'],
    ['comparison', 'Traffic through the port was higher than in any other year.'],
    ['causal', 'The storm caused damage to the northern pier and its cranes.'],
    ['statistic', 'Unemployment in the district stood at 7% last spring.'],
    ['quote', 'The mayor called it “a turning point for the whole city” on the radio.'],
    ['question', 'Who will pay for the repairs to the pier this year?'],
    ['opinion', 'I think the new pier is a shameful waste of public money.'],
    ['first_person', 'We walked along the old pier before it closed for repairs.'],
    ['hedge', 'The pier might reopen before the summer holidays begin.'],
    ['short', 'It rained.'],
    ['boilerplate', 'Click here to read more stories about the harbour.'],
  ];
  it.each(cues)('finds %s in "%s" with a readable label', (code, sentence) => {
    const [candidate] = analyse(sentence).candidates;
    const reason = candidate.reasons.find((r) => r.code === code);
    expect(reason).toBeDefined();
    expect(reason!.label.length).toBeGreaterThan(5);
    expect(Math.sign(reason!.weight)).toBe(['question', 'opinion', 'first_person', 'hedge', 'short', 'boilerplate'].includes(code) ? -1 : 1);
  });

  it('labels figures as written', () => {
    const [candidate] = analyse('Officials counted 4,000 fighters near the city on Friday.').candidates;
    expect(candidate.reasons.find((r) => r.code === 'number')?.label).toBe('a number: "4,000"');
  });

  it('marks a title line as a headline', () => {
    const result = analyse('Harbour traffic doubles after the new lock opens\n\nThe harbour authority said 420 ships passed the lock.');
    expect(codes(candidateWith(result, 'Harbour traffic doubles'))).toContain('headline');
  });

  it('ranks factual claims above opinions, questions and boilerplate, highest first with ties in document order', () => {
    const text = [
      'I think this is all quite sad, honestly.',
      'Is anyone surprised by this?',
      'Click here to subscribe to our newsletter.',
      'The health ministry said 1,250 people were treated for smoke inhalation on Sunday, more than twice the number in 2019.',
      'Police arrested three men in Leeds on Tuesday, according to a statement from West Yorkshire Police.',
    ].join('\n\n');
    const result = analyse(text);
    const order = result.candidates.map((c) => c.text.slice(0, 12));
    expect(order.slice(0, 2)).toEqual(['The health m', 'Police arres']);
    for (const low of result.candidates.slice(2)) expect(low.score).toBeLessThan(0.3);
    for (let i = 1; i < result.candidates.length; i++) expect(result.candidates[i - 1].score).toBeGreaterThanOrEqual(result.candidates[i].score);
    expect(result.candidates.every((c) => c.score >= 0 && c.score <= 1)).toBe(true);
  });

  it('is deterministic', () => {
    const text = 'The council said 3,000 homes lost power on Monday. Repairs may take a week.';
    expect(analyse(text)).toEqual(analyse(text));
  });

  it('scores with the cues of each intake language', () => {
    const samples: [string, string][] = [
      ['fr', 'Selon le ministère, 300 soldats ont été tués mardi.'],
      ['es', 'Según el ministerio, 300 soldados murieron el martes.'],
      ['de', 'Laut dem Ministerium wurden am Dienstag 300 Soldaten getötet.'],
      ['ru', 'По словам министерства, во вторник были убиты 300 солдат.'],
      ['ar', 'وفقا للوزارة، قتل 300 جندي يوم الثلاثاء.'],
    ];
    for (const [language, sentence] of samples) {
      const [candidate] = analyse(sentence, { language }).candidates;
      expect(codes(candidate)).toEqual(expect.arrayContaining(['number', 'attribution', 'date', 'causal']));
      expect(candidate.score).toBeGreaterThan(0.8);
    }
  });
});

describe('claimant extraction', () => {
  const claimantOf = (sentence: string, language = 'en') => analyse(sentence, { language }).candidates[0].claimant;
  const cases: [string, string | null][] = [
    ['Thousands of fighters entered the city, according to Russian military sources who say the defences collapsed.', 'Russian military sources'],
    ['Thousands of fighters entered the city, the Russian defence ministry said.', 'the Russian defence ministry'],
    ['Jane Example, the US defense secretary, announced that 200 more troops would be sent.', 'Jane Example'],
    ['A Russian military source says the convoy left on Friday.', 'A Russian military source'],
    ['“The army has dissolved,” Khatib said.', 'Khatib'],
    ['The bridge is safe, said the city engineer Maria Rossi.', 'the city engineer Maria Rossi'],
    ['Earlier on Thursday, the state news agency said the road had reopened.', 'the state news agency'],
    ['Omar Haddad, director of the port authority said traffic was rising.', 'Omar Haddad'],
    ['The group, which monitors the region, said shelling continued overnight.', 'The group'],
    ['The announcement came after the Kremlin said the operation was over.', 'the Kremlin'],
    ['Many prisoners were reported to have been tortured in the jail.', null],
    ['A spokesman for the port, speaking by telephone, denied the figures.', 'A spokesman for the port'],
    ['The doctors welcomed the study but said the sample was small.', null],
    ['It plans to build a new pier, a project it says will cost £3m.', null],
    ['The harbour reopened on Monday after repairs to the pier.', null],
  ];
  it.each(cases)('%s → %j', (sentence, expected) => {
    expect(claimantOf(sentence)).toBe(expected);
  });

  it('finds claimants in French, Spanish, German, Russian and Arabic', () => {
    expect(claimantOf('Le ministre de la Défense a déclaré que les troupes étaient parties.', 'fr')).toBe('Le ministre de la Défense');
    expect(claimantOf('Según el Observatorio Sirio, los combates continúan.', 'es')).toBe('el Observatorio Sirio');
    expect(claimantOf('Die Brücke sei sicher, sagte der Bürgermeister.', 'de')).toBe('der Bürgermeister');
    expect(claimantOf('Nach Angaben der Polizei waren 180 Fahrgäste im Zug.', 'de')).toBe('Polizei');
    expect(claimantOf('Un homme a été arrêté lundi, a indiqué le parquet.', 'fr')).toBe('le parquet');
    expect(claimantOf('Plusieurs témoins affirment que le feu est parti d’une ligne électrique.', 'fr')).toBe('Plusieurs témoins');
    expect(claimantOf('По словам губернатора, мост откроют в мае.', 'ru')).toBe('губернатора');
    expect(claimantOf('قال المتحدث باسم الجيش إن القوات انسحبت.', 'ar')).toBe('المتحدث باسم الجيش');
  });

  it('carries a named claimant to a "he said" in the next two sentences, not further', () => {
    const result = analyse('Omar Haddad said traffic rose by 12% last year. Most of it came from new routes, he added.');
    expect(candidateWith(result, 'he added').claimant).toBe('Omar Haddad');
    const far = analyse('Omar Haddad said traffic rose by 12% last year. The port opened in 1901. Its cranes are new. Ships wait a day. It is busy, he added.');
    expect(candidateWith(far, 'he added').claimant).toBeNull();
  });
});

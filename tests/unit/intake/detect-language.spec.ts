import { describe, expect, it } from '@jest/globals';
import { analyseArticle, INTAKE_LANGUAGES } from '../../../src/intake/analysis/analyse-article.js';
import { detectLanguage } from '../../../src/intake/analysis/detect-language.js';

describe('language detection', () => {
  const samples: [string, string][] = [
    ['en', 'The minister said the bridge would reopen next week after repairs.'],
    ['fr', 'Le ministre a déclaré que le pont rouvrirait la semaine prochaine.'],
    ['es', 'El ministro dijo que el puente volvería a abrir la próxima semana.'],
    ['de', 'Der Minister sagte, die Brücke werde nächste Woche wieder geöffnet.'],
    ['ru', 'Министр заявил, что мост откроют на следующей неделе.'],
    ['ar', 'قال الوزير إن الجسر سيعاد فتحه الأسبوع المقبل.'],
  ];
  it.each(samples)('detects %s from one sentence', (code, text) => {
    const guess = detectLanguage(text);
    expect(guess).toMatchObject({ code, source: 'detected' });
    expect(guess.confidence).toBeGreaterThan(0.5);
  });

  it('has cue tables for the six intake languages', () => {
    expect([...INTAKE_LANGUAGES].sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'ru']);
  });

  it.each([[''], ['   '], ['asdkjh qwe zxcmnb'], ['12345 !!! ???'], ['Turnout fell.']])('says und when unsure: %j', (text) => {
    expect(detectLanguage(text)).toEqual({ code: 'und', confidence: 0, source: 'detected' });
  });

  it('lets the caller’s language win', () => {
    const result = analyseArticle({ text: 'The minister said the bridge would reopen next week.', language: 'fr-CA' });
    expect(result.language).toEqual({ code: 'fr', confidence: 1, source: 'given' });
  });
});

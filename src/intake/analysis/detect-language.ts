import { eld } from 'eld/small';
import { cueTables } from './languages/index.js';
import { tokenize } from './tokens.js';
import type { LanguageGuess } from './types.js';

/**
 * Offline language detection: eld's n-gram model (its "small" database:
 * accurate on sentence-length text, about 0.1 ms for an article), checked on
 * short or doubtful texts by counting the function words of the languages
 * the desk has cue tables for. Unsure means 'und', never a guess.
 */

/** Enough text to decide; more only costs time. */
const SAMPLE = 3_000;
const LETTER = /\p{L}/gu;

const FUNCTION_WORDS = new Map(cueTables().map((t) => [t.code, new Set(t.stopWords)]));

/** Counts each intake language's function words among the first words of the text. */
function functionWordVote(text: string): { code: string; hits: number; runnerUp: number } | null {
  const counts = new Map<string, number>();
  for (const token of tokenize(text.slice(0, 2_000)).slice(0, 300)) {
    for (const [code, words] of FUNCTION_WORDS) if (words.has(token.lower)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  return { code: ranked[0][0], hits: ranked[0][1], runnerUp: ranked[1]?.[1] ?? 0 };
}

const UNSURE: LanguageGuess = { code: 'und', confidence: 0, source: 'detected' };

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters < 3) return UNSURE;
  const vote = functionWordVote(sample);
  // two or three words with no function word in them: n-grams alone are a guess
  if (letters < 25 && vote === null) return UNSURE;
  const result = eld.detect(sample);
  const scores = Object.values(result.getScores()).sort((a, b) => b - a);
  const voteIsClear = vote !== null && vote.hits >= 2 && vote.hits >= 2 * vote.runnerUp;
  if (result.language && result.isReliable()) {
    const margin = (scores[0] ?? 0) - (scores[1] ?? 0);
    // a short text that eld places outside the table languages while their function words clearly say otherwise
    if (voteIsClear && vote.code !== result.language && letters < 60) return { code: vote.code, confidence: 0.5, source: 'detected' };
    return { code: result.language, confidence: Math.round(Math.min(0.99, 0.5 + margin * 2.5) * 100) / 100, source: 'detected' };
  }
  if (voteIsClear) return { code: vote.code, confidence: 0.4, source: 'detected' };
  return UNSURE;
}

/** A word of a sentence with its offsets in that sentence. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Letters, combining marks and digits; everything else (punctuation, apostrophes, hyphens) separates words. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Lower-case word sequences of a phrase written in a cue table ("d'après" → ["d", "après"]). */
export function phraseWords(phrase: string): string[] {
  const star = phrase.endsWith('*');
  const words = (star ? phrase.slice(0, -1) : phrase).toLowerCase().match(WORD) ?? [];
  if (star && words.length > 0) words[words.length - 1] += '*';
  return words;
}

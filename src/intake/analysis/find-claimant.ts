import type { CompiledCues } from './languages/index.js';
import type { PhraseHit } from './phrase-set.js';
import type { Token } from './tokens.js';

export interface Attribution {
  /** The words that attribute: "according to", "said". */
  cue: string;
  /** Who, as written in the sentence ("the Russian defence ministry"); a pronoun when the sentence says only "he". */
  claimant: string | null;
}

/** Words that continue a German noun phrase after a noun ("Ministerium des Innern", "Polizei und Feuerwehr"). */
const GERMAN_NOUN_LINKS = new Set(['der', 'des', 'von', 'vom', 'und']);
/** A claimant is a noun phrase, not a clause. */
const MAX_CLAIMANT_WORDS = 12;
/** Characters that end a clause when looking left from a speech verb: quotes, colons, semicolons, dashes. */
const LEFT_STOP = new Set(['“', '”', '"', '«', '»', '„', ';', ':', '—']);
/** Characters that end a claimant phrase to the right of its cue. */
const RIGHT_STOP = /[,.;:!?()“”"«»„—[\]]/;

/** Tokens that lie inside the character range [start, end). */
function tokensWithin(tokens: readonly Token[], start: number, end: number): Token[] {
  return tokens.filter((t) => t.start >= start && t.end <= end);
}

/** The phrase as written between its first and last token, keeping a closing bracket it opened. */
function phraseText(text: string, words: readonly Token[]): string {
  const first = words[0];
  const last = words[words.length - 1];
  let end = last.end;
  const inner = text.slice(first.start, end);
  if (inner.includes('(') && !inner.includes(')') && text[end] === ')') end++;
  return text.slice(first.start, end);
}

function acceptable(words: readonly Token[], cues: CompiledCues): boolean {
  if (words.length === 0 || words.length > MAX_CLAIMANT_WORDS) return false;
  if (words.length === 1 && cues.pronouns.has(words[0].lower)) return true;
  // a clause ("is the capital of …") is not a claimant
  if (words.some((w) => cues.passiveMarkers.has(w.lower))) return false;
  return words.some((w) => !cues.stopWords.has(w.lower) && !cues.numberWords.has(w.lower) && !/^\p{N}/u.test(w.text));
}

/** Leading conjunctions ("and he") and, for Arabic, the attached preposition ("للبنك" → "البنك") are not part of the claimant. */
function trimFront(words: Token[], cues: CompiledCues): Token[] {
  let i = 0;
  while (i < words.length - 1 && (cues.conjunctions.has(words[i].lower) || cues.clauseWords.has(words[i].lower))) i++;
  return words.slice(i);
}

/** The noun phrase starting at `from`: up to a punctuation mark, a clause word or a figure. */
function phraseAfter(text: string, tokens: readonly Token[], from: number, cues: CompiledCues): string | null {
  // "según ha prometido el presidente", "según anunció su presidente": the speaker follows the verb
  while (from < tokens.length - 1 && (cues.auxiliaries.has(tokens[from].lower) || cues.attributionVerbs.matchAt(tokens, from)?.last === from)) from++;
  const words: Token[] = [];
  for (let i = from; i < tokens.length && words.length <= MAX_CLAIMANT_WORDS; i++) {
    const token = tokens[i];
    const gap = text.slice(i === from ? token.start : tokens[i - 1].end, token.start);
    if (RIGHT_STOP.test(gap)) break;
    if (words.length > 0 && (cues.clauseWords.has(token.lower) || /^\p{N}/u.test(token.text))) break;
    // German capitalises nouns: after a noun, a lower-case word is the verb ("nach Angaben der Polizei befanden sich")
    if (cues.code === 'de' && /^\p{Ll}/u.test(token.text) && words.some((w) => /^\p{Lu}/u.test(w.text)) && !GERMAN_NOUN_LINKS.has(token.lower)) break;
    words.push(token);
  }
  let trimmed = trimFront(words, cues);
  if (trimmed.length > 0 && cues.code === 'ar' && /^لل/.test(trimmed[0].text)) {
    const [first, ...rest] = trimmed;
    return acceptable(trimmed, cues) ? `ال${first.text.slice(2)}${rest.length ? ' ' + phraseText(text, rest) : ''}` : null;
  }
  trimmed = trimmed.slice(0, MAX_CLAIMANT_WORDS);
  return acceptable(trimmed, cues) ? phraseText(text, trimmed) : null;
}

/** Where the clause holding a speech verb at `verbStart` begins: after a quote, colon or dash, or a comma-quote ",’". */
function clauseStart(text: string, verbStart: number): number {
  for (let i = verbStart - 1; i >= 0 && i >= verbStart - 400; i--) {
    const c = text[i];
    if (LEFT_STOP.has(c)) return i + 1;
    if ((c === '’' || c === "'") && i > 0 && /[,.!?]/.test(text[i - 1])) return i + 1;
  }
  return Math.max(0, verbStart - 400);
}

function opensAppositive(segment: Token[], cues: CompiledCues): boolean {
  if (segment.length === 0) return false;
  if (cues.appositiveOpeners.matchAt(segment, 0)) return true;
  // "director of the observatory": a role word, written in lower case, heading the segment
  return /^\p{Ll}/u.test(segment[0].text) && cues.roles.matchAt(segment, 0) !== null;
}

/** The subject of a speech verb, or, when the verb opens its clause ("…,” said X), the phrase after it. */
function subjectOf(text: string, tokens: readonly Token[], hit: PhraseHit, cues: CompiledCues): string | null {
  const verbStart = tokens[hit.first].start;
  const start = clauseStart(text, verbStart);
  let left = tokensWithin(tokens, start, verbStart);
  while (left.length > 0 && cues.auxiliaries.has(left[left.length - 1].lower)) left = left.slice(0, -1);
  const leftEnd = left.length > 0 ? left[left.length - 1].end : start;
  const before = text.slice(start, leftEnd);
  const after = text.slice(leftEnd, verbStart);
  const comma = after.includes(',');
  // comma-separated segments of the words before the verb
  const segments: Token[][] = [];
  let cursor = start;
  for (const piece of before.split(',')) {
    const segEnd = cursor + piece.length;
    const words = tokensWithin(tokens, cursor, segEnd);
    if (words.length > 0) segments.push(words);
    cursor = segEnd + 1;
  }
  let chosen = segments[segments.length - 1];
  const verb = tokens[hit.first].lower;
  const mayInvert = cues.invertingVerbs === null || cues.invertingVerbs.has(verb);
  if (segments.length === 0 || comma) {
    if (comma && segments.length > 1 && (opensAppositive(chosen, cues) || !mayInvert)) {
      // "X, the governor of Homs, confirmed"; "A spokesman, speaking by telephone, denied"
      chosen = segments[segments.length - 2];
    } else if (!mayInvert) {
      return null;
    } else {
      // the verb opens its clause: "…,” said X", "…, a indiqué le parquet"; at the very start only in verb-first languages
      if (segments.length === 0 && start === 0 && !cues.verbFirst) return null;
      return phraseAfter(text, tokens, hit.last + 1, cues);
    }
  } else if (segments.length > 1 && /^\p{Ll}/u.test(chosen[0].text) && cues.roles.matchAt(chosen, 0)) {
    chosen = segments[segments.length - 2]; // "X, director of the observatory said"
  }
  // the subject starts after the last clause word: "The announcement came after the Kremlin" → "the Kremlin"
  let from = 0;
  for (let i = chosen.length - 2; i >= 0; i--) {
    if (cues.clauseWords.has(chosen[i].lower)) {
      from = i + 1;
      break;
    }
  }
  let words = trimFront(chosen.slice(from), cues);
  const last = words[words.length - 1];
  // "welcomed the study but said": the subject is shared with an earlier verb we cannot see
  if (!last || cues.conjunctions.has(last.lower)) return null;
  // "a programme it says": the pronoun is the subject
  if (words.length > 1 && cues.pronouns.has(last.lower)) words = [last];
  // "dass die Verantwortlichen von selbst die Wahrheit sagen": a German subject ends after its noun
  if (cues.code === 'de') {
    const cut = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w.text) && words.slice(0, i).some((p) => /^\p{Lu}/u.test(p.text)) && !GERMAN_NOUN_LINKS.has(w.lower));
    if (cut > 0) words = words.slice(0, cut);
  }
  while (words.length > 1 && cues.stopWords.has(words[words.length - 1].lower)) words = words.slice(0, -1);
  return acceptable(words, cues) ? phraseText(text, words) : null;
}

/**
 * Finds who a sentence attributes its statement to: "according to X",
 * "X said", "…,” said X", "X, the defence secretary, announced", and the
 * equivalents in the cue tables. Returns null when nothing is attributed.
 */
export function findAttribution(text: string, tokens: readonly Token[], cues: CompiledCues): Attribution | null {
  const before = cues.attributionBefore.findFirst(tokens);
  if (before) return { cue: before.phrase, claimant: phraseAfter(text, tokens, before.last + 1, cues) };
  const after = cues.attributionAfter.findFirst(tokens);
  if (after) {
    const words = trimFront(tokensWithin(tokens, clauseStart(text, tokens[after.first].start), tokens[after.first].start), cues);
    return { cue: after.phrase, claimant: acceptable(words, cues) ? phraseText(text, words.slice(-MAX_CLAIMANT_WORDS)) : null };
  }
  for (const hit of cues.attributionVerbs.findAll(tokens)) {
    const previous = tokens[hit.first - 1];
    if (previous && cues.passiveMarkers.has(previous.lower) && hit.first === hit.last) continue; // "were reported to"
    const claimant = subjectOf(text, tokens, hit, cues);
    if (claimant) return { cue: hit.phrase, claimant };
  }
  return null;
}

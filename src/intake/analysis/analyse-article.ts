import { cleanLines, type Line } from './clean-blocks.js';
import { detectLanguage } from './detect-language.js';
import { htmlToPieces, looksLikeHtml, type Piece } from './html-to-text.js';
import { cuesFor } from './languages/index.js';
import { logicalLines, normaliseLine, stripControls } from './normalise-text.js';
import { scoreSentence } from './score-sentence.js';
import { segmentParagraph } from './segment-sentences.js';
import { tokenize } from './tokens.js';
import type { ArticleAnalysis, ArticleInput, Candidate, LanguageGuess, SentenceSpan } from './types.js';

export type {
  ArticleAnalysis,
  ArticleInput,
  Candidate,
  DroppedBlock,
  DropReason,
  LanguageGuess,
  ReasonCode,
  ScoreReason,
  SentenceSpan,
} from './types.js';
export { INTAKE_LANGUAGES } from './languages/index.js';
export { claimTerms } from './claim-terms.js';

/** Cues are read from this much of a sentence: a hostile megabyte-long "sentence" costs no more than a long real one. */
const MAX_SCORED_CHARS = 3_000;
/** A one-sentence paragraph without final punctuation and at most this many words is a title line. */
const HEADLINE_WORDS = 20;
const FINAL_PUNCTUATION = /[.!?…:;"”’»)؟۔]$/u;

function toLines(input: ArticleInput): Line[] {
  const raw = typeof input.text === 'string' ? input.text : '';
  const format = input.format ?? 'auto';
  const html = format === 'html' || (format === 'auto' && looksLikeHtml(raw));
  const pieces: Piece[] = html ? htmlToPieces(stripControls(raw)) : [{ text: raw }];
  const lines: Line[] = [];
  for (const piece of pieces) {
    if ('dropped' in piece) lines.push({ ...piece.dropped, text: normaliseLine(stripControls(piece.dropped.text)) });
    else for (const line of logicalLines(piece.text)) lines.push(line);
  }
  return lines;
}

function languageOf(input: ArticleInput, text: string): LanguageGuess {
  const given = input.language?.trim().toLowerCase().split(/[-_]/)[0];
  if (given && /^[a-z]{2,3}$/.test(given)) return { code: given, confidence: 1, source: 'given' };
  return detectLanguage(text);
}

function isPronoun(word: string, pronouns: ReadonlySet<string>): boolean {
  return pronouns.has(word.toLowerCase());
}

/**
 * The intake pipeline: HTML or text in; cleaned text, what was removed and
 * why, the language, every sentence, and every sentence scored for
 * check-worthiness with readable reasons and its claimant. Pure: no I/O,
 * no clock, no randomness.
 */
export function analyseArticle(input: ArticleInput): ArticleAnalysis {
  const { paragraphs, dropped } = cleanLines(toLines(input));
  const text = paragraphs.join('\n\n');
  const language = languageOf(input, text);
  const cues = cuesFor(language.code);
  const title = input.title ? normaliseLine(stripControls(input.title)).toLowerCase() : null;

  const sentences: SentenceSpan[] = [];
  const headlines = new Set<number>();
  let offset = 0;
  for (const paragraph of paragraphs) {
    const spans = segmentParagraph(paragraph, offset, language.code, cues);
    const words = paragraph.split(' ').length;
    const titleLine = spans.length === 1 && !FINAL_PUNCTUATION.test(paragraph) && words <= HEADLINE_WORDS;
    if (titleLine || (title !== null && paragraph.toLowerCase() === title)) for (const span of spans) headlines.add(span.start);
    sentences.push(...spans);
    offset += paragraph.length + 2;
  }

  // a pronoun stands for a claimant named in one of the two sentences before it, never further back
  let lastClaimant: { name: string; sentence: number } | null = null;
  const candidates: Candidate[] = sentences.map(({ start, end }, index) => {
    const sentence = text.slice(start, end);
    const scored = sentence.length > MAX_SCORED_CHARS ? sentence.slice(0, MAX_SCORED_CHARS) : sentence;
    const result = scoreSentence(scored, tokenize(scored), cues, { headline: headlines.has(start) });
    let claimant = result.attribution?.claimant ?? null;
    if (claimant !== null && isPronoun(claimant, cues.pronouns)) {
      claimant = lastClaimant !== null && index - lastClaimant.sentence <= 2 ? lastClaimant.name : null;
    } else if (claimant !== null) lastClaimant = { name: claimant, sentence: index };
    return { text: sentence, start, end, score: result.score, reasons: result.reasons, claimant };
  });
  const ranked = candidates.map((c, index) => ({ c, index })).sort((a, b) => b.c.score - a.c.score || a.index - b.index);
  return { text, dropped, language, sentences, candidates: ranked.map((r) => r.c) };
}

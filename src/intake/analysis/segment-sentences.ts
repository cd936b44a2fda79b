import type { CompiledCues } from './languages/index.js';
import type { SentenceSpan } from './types.js';

/**
 * Intl.Segmenter's sentence iterator slows down more than linearly on long
 * strings (about 200 ms for 3,000 sentences in one string, 6 ms in paragraphs),
 * so long paragraphs are cut near sentence ends before segmenting.
 */
const CHUNK = 600;
const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  const key = /^[a-z]{2,3}$/.test(language) && language !== 'und' ? language : 'en';
  let found = segmenters.get(key);
  if (!found) {
    found = new Intl.Segmenter(key, { granularity: 'sentence' });
    segmenters.set(key, found);
  }
  return found;
}

/** Cut points for a long paragraph: after a sentence end and a space near each CHUNK, else at a space, else anywhere. */
function chunkEnds(text: string): number[] {
  const ends: number[] = [];
  let from = 0;
  while (text.length - from > CHUNK) {
    const window = text.slice(from + CHUNK / 2, from + CHUNK);
    let cut = -1;
    for (let i = window.length - 2; i >= 0 && cut < 0; i--) {
      const c = window[i];
      if ((c === '.' || c === '!' || c === '?' || c === '؟') && window[i + 1] === ' ') cut = i + 2;
    }
    if (cut < 0) cut = window.lastIndexOf(' ') + 1;
    const end = cut > 0 ? from + CHUNK / 2 + cut : from + CHUNK;
    ends.push(end);
    from = end;
  }
  ends.push(text.length);
  return ends;
}

const TRAILING_WORD = /([\p{L}\p{M}]+(?:\.[\p{L}\p{M}]+)*)\.["'”’»)\]]*$/u;
const LEADING_WORD = /^[\s"'“‘«„([]*([\p{L}\p{M}\p{N}]+)/u;
const ORDINAL_BEFORE = /(?:^|\s)\d{1,2}\.$/;

function startsLowerOrDigit(text: string): boolean {
  return /^[\s"'“‘«„([]*[\p{Ll}\p{N}]/u.test(text);
}

/** Should the sentence ending in `tail` (its last characters) run on into `right`? The fixes for what ICU gets wrong. */
function runsOn(tail: string, right: string, cues: CompiledCues): boolean {
  if (!/[\p{L}\p{N}]/u.test(right)) return true; // a run of punctuation after a sentence
  if (/^\([^()]{0,200}\)[.,;]?$/.test(right)) return true; // a parenthetical source line: "(Agency, 12 May)"
  if (startsLowerOrDigit(right)) return true; // "“Why?” and ran", "No. 5"
  if (!tail.endsWith('.') && !/\.["'”’»)\]]+$/.test(tail)) return false;
  const next = LEADING_WORD.exec(right)?.[1]?.toLowerCase() ?? '';
  if (ORDINAL_BEFORE.test(tail) && cues.months.has(next)) return true; // "am 3. März"
  // abbreviations are short words: skip the regex for an ordinary long last word
  if (tail.length - tail.lastIndexOf(' ') > 14) return false;
  const word = TRAILING_WORD.exec(tail)?.[1];
  // a closing quote after the full stop ends the sentence: “… said no.” Then
  if (!word || !tail.endsWith('.')) return false;
  const lower = word.toLowerCase();
  if (cues.nameTitles.has(lower)) return true; // "Dr. Smith", "Gen. Miller", "M. Dupont"
  const nextIsFunctionWord = cues.stopWords.has(next);
  if (/^\p{Lu}$/u.test(word)) return !nextIsFunctionWord; // an initial: "J. R. Smith", but "plan B. The"
  if (cues.abbreviations.has(lower)) return !nextIsFunctionWord; // "U.S. Army", but "the U.S. The next day"
  return false;
}

/**
 * Sentences of one paragraph, as offsets into the whole text (`offset` is
 * where the paragraph starts). ICU finds the candidates; abbreviations,
 * initials, ordinals and stray punctuation are then glued back on.
 */
export function segmentParagraph(paragraph: string, offset: number, language: string, cues: CompiledCues): SentenceSpan[] {
  const raw: SentenceSpan[] = [];
  let from = 0;
  for (const end of chunkEnds(paragraph)) {
    const chunk = paragraph.slice(from, end);
    for (const { index, segment } of segmenter(language).segment(chunk)) {
      const lead = segment.length - segment.trimStart().length;
      const body = segment.trim();
      if (body.length > 0) raw.push({ start: from + index + lead, end: from + index + lead + body.length });
    }
    from = end;
  }
  const merged: SentenceSpan[] = [];
  for (const span of raw) {
    const last = merged[merged.length - 1];
    const left = last ? paragraph.slice(Math.max(last.start, last.end - 48), last.end) : '';
    if (last && runsOn(left, paragraph.slice(span.start, span.end), cues)) last.end = span.end;
    else merged.push({ ...span });
  }
  return merged.map((s) => ({ start: s.start + offset, end: s.end + offset }));
}

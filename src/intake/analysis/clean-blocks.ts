import { FURNITURE_RULES, type FurnitureRule } from './furniture-rules.js';
import { fieldLine } from './metadata-line.js';
import type { DropReason, DroppedBlock } from './types.js';

/** A logical line of the document, or a block the HTML reduction already removed. */
export type Line = string | DroppedBlock;

interface Entry {
  text: string;
  drop: DroppedBlock | null;
  /** Furniture sentences cut out of a paragraph that stays ("Did you like it? Become a member for 3 euros."). */
  cut: DroppedBlock[];
  rule: FurnitureRule | null;
  /** Removed before cleaning (HTML markup or furniture). */
  early: boolean;
}

export interface CleanResult {
  paragraphs: string[];
  dropped: DroppedBlock[];
}

/** Lines this close to the end count as the tail, where bios and notices sit. */
const TAIL_LINES = 4;
const HAS_WORD = /[\p{L}\p{N}]/u;
const ENDS_SENTENCE = /[.!?…"”’»)؟۔]$/u;
const ABOUT_NAME = /^[Aa]bout ((?:[\p{Lu}][\p{L}'’-]{1,30}\s?){1,4})/u;

function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Long, finished prose that nobody would mistake for furniture. */
function storyLike(text: string): boolean {
  const sentences = (text.match(/[.!?]["”’»)]?\s/g) ?? []).length + (ENDS_SENTENCE.test(text) ? 1 : 0);
  return wordCount(text) >= 40 && sentences >= 2 && !text.includes('?') && !/\b(?:I|my|me)\b/.test(text);
}

/** Case and trailing punctuation aside, the same line. (Unicode-class regexes here cost a quarter of the whole analysis.) */
function repeatKey(text: string): string {
  return text.toLowerCase().replace(/[\s.!?:;,"'”’»)]+$/, '');
}

function drop(entry: Entry, reason: DropReason, detail: string): void {
  entry.drop = { text: entry.text, reason, detail };
}

/**
 * Case-insensitive Unicode regexes are slow to scan (each position tries every
 * case variant); the same pattern without the flag, run on the lower-cased
 * line, matches the same lines several times faster.
 */
const CASELESS = FURNITURE_RULES.map((rule) =>
  rule.pattern.flags.includes('i') ? new RegExp(rule.pattern.source, rule.pattern.flags.replace('i', '')) : null,
);

function matchRule(text: string, index: number, total: number): FurnitureRule | null {
  if (!HAS_WORD.test(text)) return null;
  const words = wordCount(text);
  let lower: string | null = null;
  for (let r = 0; r < FURNITURE_RULES.length; r++) {
    const rule = FURNITURE_RULES[r];
    if (words > rule.maxWords || (rule.tailOnly && index < total - TAIL_LINES)) continue;
    const caseless = CASELESS[r];
    if (caseless ? caseless.test((lower ??= text.toLowerCase())) : rule.pattern.test(text)) return rule;
  }
  return null;
}

/** Only short paragraphs mix furniture into prose; a long one is not searched sentence by sentence. */
const MAX_MIXED_CHARS = 1_500;
const ROUGH_SENTENCE_BREAK = /(?<=[.!?…]["”’»“)]?)\s+(?=[\p{Lu}¿¡"“„«‘])/u;

/** Furniture sentences glued to a paragraph ("311 comments. Top comment: …") are cut out; the rest stays. */
function cutFurnitureSentences(entry: Entry, index: number, total: number): void {
  if (entry.text.length > MAX_MIXED_CHARS) return;
  const sentences = entry.text.split(ROUGH_SENTENCE_BREAK);
  if (sentences.length < 2) return;
  const kept: string[] = [];
  for (const sentence of sentences) {
    const rule = matchRule(sentence, index, total);
    if (rule) entry.cut.push({ text: sentence, reason: rule.reason, detail: `${rule.detail} (a sentence inside a paragraph)` });
    else kept.push(sentence);
  }
  if (kept.length === 0) {
    const first = entry.cut[0];
    entry.cut = [];
    drop(entry, first.reason, first.detail);
  } else entry.text = kept.join(' ');
}

function markCommentArea(entries: Entry[]): void {
  const opener = entries.findIndex((e) => e.rule?.opensComments);
  if (opener < 0) return;
  // a reader's comment shown above the form: after a bare timestamp, before the form
  for (let back = opener - 1; back >= Math.max(0, opener - 3); back--) {
    const stamp = entries[back];
    if (stamp.rule?.reason === 'metadata' && /date|time/i.test(stamp.rule.detail)) {
      drop(stamp, 'comments', "A reader comment's timestamp.");
      for (let k = back + 1; k < opener; k++) {
        if (!entries[k].drop) drop(entries[k], 'comments', 'A reader comment: it sits between a comment timestamp and the comment form.');
      }
      break;
    }
  }
  for (let k = opener + 1; k < entries.length; k++) {
    const entry = entries[k];
    if (entry.drop) continue;
    if (storyLike(entry.text)) break;
    drop(entry, 'comments', 'Inside the reader-comments area (after the comment form or its heading).');
  }
}

/** Short title lines under a "Related" heading are links to other articles, until a finished sentence or a long line. */
function markRelatedLinks(entries: Entry[]): void {
  for (let i = 0; i < entries.length; i++) {
    if (!entries[i].rule?.opensRelated) continue;
    for (let k = i + 1; k < entries.length; k++) {
      const entry = entries[k];
      if (entry.drop) continue;
      if (wordCount(entry.text) > 14 || /[.!…"”’»)]$/u.test(entry.text)) break;
      drop(entry, 'navigation', 'A link to another article, under a "related" heading.');
    }
  }
}

function markAuthorBio(entries: Entry[]): void {
  for (let i = 0; i < entries.length; i++) {
    const match = entries[i].rule?.reason === 'author_bio' ? ABOUT_NAME.exec(entries[i].text) : null;
    if (!match) continue;
    const names = match[1].split(/\s+/).filter((w) => w.length >= 3 && !/^(?:the|author|writer)$/i.test(w));
    if (names.length === 0) continue;
    const mentions = (text: string) => names.some((n) => text.includes(n));
    const before = entries[i - 1];
    if (before && !before.drop && wordCount(before.text) <= 5 && mentions(before.text)) {
      drop(before, 'author_bio', "The author's name, heading the biography below it.");
    }
    for (let k = i + 1; k < entries.length && !entries[k].drop && mentions(entries[k].text); k++) {
      drop(entries[k], 'author_bio', `A biography of the author (${names.join(' ')}), under the "About" heading.`);
    }
  }
}

function markRepeats(entries: Entry[]): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (entry.drop) continue;
    const key = repeatKey(entry.text);
    if (key.length < 8) continue;
    if (seen.has(key)) {
      const what = ENDS_SENTENCE.test(entry.text) ? 'paragraph' : 'headline';
      drop(entry, 'repeated', `Repeats an earlier line word for word (the same ${what} twice).`);
    } else seen.add(key);
  }
}

/** A short unfinished line with furniture on both sides (or furniture before it at the very end) is furniture too. */
function markStranded(entries: Entry[]): void {
  // the headline sits among furniture at the top of a page: only lines after the story has begun can be stranded
  const storyStart = entries.findIndex((e) => !e.drop && wordCount(e.text) >= 15 && ENDS_SENTENCE.test(e.text));
  if (storyStart < 0) return;
  for (let pass = 0; pass < 2; pass++) {
    for (let i = storyStart + 1; i < entries.length; i++) {
      const entry = entries[i];
      if (entry.drop || wordCount(entry.text) > 8 || ENDS_SENTENCE.test(entry.text)) continue;
      const next = entries[i + 1];
      if (entries[i - 1].drop && (next === undefined || next.drop)) {
        drop(entry, 'navigation', 'A short line stranded among page furniture (no story text on either side).');
      }
    }
  }
}

/**
 * Removes page furniture line by line, conservatively: a rule fires only on
 * lines short enough for it, areas (comments, author biography) start at an
 * explicit heading, and long finished prose ends them. Every removal is
 * reported with a reason and a sentence saying why.
 */
export function cleanLines(lines: readonly Line[]): CleanResult {
  const entries: Entry[] = lines.map((line) =>
    typeof line === 'string' ? { text: line, drop: null, cut: [], rule: null, early: false } : { text: line.text, drop: line, cut: [], rule: null, early: true },
  );
  entries.forEach((entry, index) => {
    if (entry.drop && entry.early && entry.drop.reason !== 'markup') {
      // a footer or side box removed by the HTML reduction: say what it holds when a line rule knows ("© …" is copyright)
      const rule = matchRule(entry.text, index, entries.length);
      if (rule && rule.reason !== entry.drop.reason) entry.drop = { ...entry.drop, reason: rule.reason, detail: `${rule.detail} ${entry.drop.detail}` };
      return;
    }
    if (entry.drop) return;
    if (!HAS_WORD.test(entry.text)) {
      drop(entry, 'markup', 'Has no letters or digits: symbols or leftover markup.');
      return;
    }
    entry.rule = matchRule(entry.text, index, entries.length);
    if (entry.rule) {
      drop(entry, entry.rule.reason, entry.rule.detail);
      return;
    }
    const fields = wordCount(entry.text) <= 40 ? fieldLine(entry.text) : null;
    if (fields) drop(entry, fields.reason, fields.detail);
    else cutFurnitureSentences(entry, index, entries.length);
  });
  markCommentArea(entries);
  markRelatedLinks(entries);
  markAuthorBio(entries);
  markRepeats(entries);
  markStranded(entries);
  const paragraphs: string[] = [];
  const dropped: DroppedBlock[] = [];
  for (const entry of entries) {
    dropped.push(...entry.cut);
    if (entry.drop) dropped.push(entry.drop);
    else paragraphs.push(entry.text);
  }
  return { paragraphs, dropped };
}

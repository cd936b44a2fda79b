import { phraseWords, type Token } from './tokens.js';

export interface PhraseHit {
  phrase: string;
  /** Index of the first and last matched token. */
  first: number;
  last: number;
}

/**
 * A set of word sequences matched against tokens in one pass: entries are
 * indexed by their first word, so a sentence costs one map lookup per token
 * whatever the size of the table. Single-word entries ending in `*` match by
 * prefix (indexed by their first two letters).
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, { words: string[]; phrase: string }[]>();
  private readonly prefixes = new Map<string, string[]>();
  readonly size: number;

  constructor(entries: Iterable<string>) {
    let size = 0;
    for (const entry of entries) {
      const words = phraseWords(entry);
      if (words.length === 0) continue;
      size++;
      const last = words[words.length - 1];
      if (words.length === 1 && last.endsWith('*')) {
        const prefix = last.slice(0, -1);
        const key = prefix.slice(0, 2);
        const list = this.prefixes.get(key) ?? [];
        list.push(prefix);
        this.prefixes.set(key, list);
        continue;
      }
      const list = this.byFirst.get(words[0]) ?? [];
      list.push({ words: words.map((w) => w.replace(/\*$/, '')), phrase: entry });
      // longest first, so "more than" wins over "more"
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(words[0], list);
    }
    this.size = size;
  }

  /** The longest entry that starts at token `i`, if any. */
  matchAt(tokens: readonly Token[], i: number): PhraseHit | null {
    const word = tokens[i].lower;
    const list = this.byFirst.get(word);
    if (list) {
      for (const { words, phrase } of list) {
        if (i + words.length > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k].lower === words[k];
        if (ok) return { phrase, first: i, last: i + words.length - 1 };
      }
    }
    const prefixes = this.prefixes.size > 0 ? this.prefixes.get(word.slice(0, 2)) : undefined;
    if (prefixes) {
      for (const prefix of prefixes) if (word.startsWith(prefix)) return { phrase: tokens[i].text, first: i, last: i };
    }
    return null;
  }

  has(word: string): boolean {
    return this.matchAt([{ text: word, lower: word.toLowerCase(), start: 0, end: word.length }], 0) !== null;
  }

  /** Every non-overlapping match, left to right. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (let i = from; i < to; i++) {
      const hit = this.matchAt(tokens, i);
      if (hit && hit.last < to) {
        hits.push(hit);
        i = hit.last;
      }
    }
    return hits;
  }

  findFirst(tokens: readonly Token[], from = 0, to = tokens.length): PhraseHit | null {
    for (let i = from; i < to; i++) {
      const hit = this.matchAt(tokens, i);
      if (hit && hit.last < to) return hit;
    }
    return null;
  }
}

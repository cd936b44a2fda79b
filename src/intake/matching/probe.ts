import type { ClaimKey } from './same-claim.js';

/**
 * The full-text query that finds tickets worth comparing with a sentence:
 * its stems as prefixes (so 'recaptur' finds "recaptured" and "recapture"),
 * its figures as PostgreSQL's parser splits them, and every spelling of its
 * folded names. PostgreSQL retrieves and ranks; `sameClaim` decides after.
 * Only letters and digits reach the query text, so no input can change its
 * syntax.
 */
export function probeParts(key: ClaimKey, variants: (term: string) => readonly string[] = () => []): string[] {
  const parts = new Set<string>();
  for (const term of key.terms) {
    for (const form of [term, ...variants(term)]) {
      const words = form.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words.length === 0) continue;
      // A multi-word variant ('islamic state') must match as a phrase.
      if (words.length > 1) {
        parts.add(`(${words.map((word) => `'${word}'`).join(' <-> ')})`);
        continue;
      }
      const word = words[0]!;
      parts.add(word.length >= 4 ? `'${word}':*` : `'${word}'`);
      // Snowball ends "ministry", "city", "army" in -i; the index keeps the word as written.
      if (word.length >= 4 && word.endsWith('i') && /^\p{Ll}+$/u.test(word)) parts.add(`'${word.slice(0, -1)}y'`);
    }
  }
  for (const number of key.numbers) {
    const digits = number.replace(/[^\p{N}]/gu, '');
    if (!digits) continue;
    parts.add(`'${digits}'`);
    // The parser reads "4,000" and "4 000" as two words, '4' then '000'.
    const groups = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ').split(' ');
    if (groups.length > 1) parts.add(`(${groups.map((group) => `'${group}'`).join(' <-> ')})`);
  }
  return [...parts];
}

export function probeQuery(key: ClaimKey, variants?: (term: string) => readonly string[]): string | null {
  const parts = probeParts(key, variants);
  return parts.length > 0 ? parts.join(' | ') : null;
}

/** How common each lexeme of the claims index is: share of rows (ANALYZE's most common elements) and the row count. */
export interface LexemeStats {
  rows: number;
  shares: ReadonlyMap<string, number>;
}

/** A word found in more claims than this finds rows that the comparison mostly throws away. */
export const COMMON_ROWS = 500;

/**
 * The parts of a probe worth retrieving by. A word that many claims contain
 * ("said", "army", the story's place name) finds thousands of rows, each
 * re-read and ranked, of which the comparison keeps a handful: at 100,000
 * tickets one sentence's probe found a third of them. Words that ANALYZE
 * counts in more than `COMMON_ROWS` rows (a prefix counts every lexeme it
 * covers) are left out; figures and phrases always stay; when every word is
 * common, the two rarest stay. Without statistics (a small or new desk)
 * every part stays.
 */
export function tellingParts(parts: readonly string[], stats: LexemeStats | undefined): string[] {
  if (!stats || stats.shares.size === 0 || stats.rows <= COMMON_ROWS) return [...parts];
  const shareOf = (part: string): number => {
    const word = /^'([^']+)'(:\*)?$/.exec(part);
    if (!word) return 0;
    if (!word[2]) return stats.shares.get(word[1]!) ?? 0;
    let sum = 0;
    for (const [lexeme, share] of stats.shares) if (lexeme.startsWith(word[1]!)) sum += share;
    return sum;
  };
  const scored = parts.map((part) => ({ part, rows: shareOf(part) * stats.rows }));
  const telling = scored.filter((entry) => entry.rows <= COMMON_ROWS);
  const words = telling.filter((entry) => entry.part.startsWith("'"));
  if (words.length >= 2) return telling.map((entry) => entry.part);
  const rarest = scored.filter((entry) => entry.rows > COMMON_ROWS).sort((a, b) => a.rows - b.rows).slice(0, 2 - words.length);
  return [...telling, ...rarest].map((entry) => entry.part);
}

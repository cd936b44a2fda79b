const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/**
 * True when the JSON text nests arrays and objects deeper than `maxDepth`.
 * One pass over the raw text before `JSON.parse`, counting brackets outside
 * strings: no recursion, constant memory, so a body of a million `[` costs
 * one linear scan instead of a stack overflow in whatever walks the parsed
 * value later (class-transformer, the validator). Malformed text is not
 * judged here; `JSON.parse` refuses it next.
 */
export function exceedsJsonDepth(text: string, maxDepth: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Skip the string (most of a body's text) with indexOf: to the next quote that no backslash escapes.
      for (;;) {
        const close = text.indexOf('"', i + 1);
        if (close < 0) return false;
        i = close;
        let backslashes = 0;
        while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
        if (backslashes % 2 === 0) break;
      }
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > maxDepth) return true;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth--;
    }
  }
  return false;
}

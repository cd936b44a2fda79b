/**
 * Plain-text hygiene: control characters out, whitespace normalised, lines
 * that were only wrapped joined again, list bullets removed. Scripts are
 * left as they are (mixed Latin, Cyrillic and Arabic text is normal).
 */

/**
 * C0 and C1 controls except tab and newline, DEL, invisible characters that
 * only break matching, and bidirectional embeddings, overrides and isolates
 * (U+202A-U+202E, U+2066-U+2069): they can make a sentence display in an
 * order other than the one it is stored, matched and published in. The
 * marks (U+200E, U+200F) stay: they only nudge neutral characters.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u2060\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/g;
const SPACES = /[\t\v\f \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
const BULLET = /^(?:[•·▪◦‣∙●○■□►▸–—*-]|\d{1,2}[.)])\s+(?=\S)/u;
const ENDS_SENTENCE = /[.!?:;…"”’»)\]؟۔]$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_CASELESS = /^\p{Lo}/u;

export function stripControls(text: string): string {
  return text.replace(LINE_BREAKS, '\n').replace(CONTROLS, '');
}

/** One line: whitespace runs become one space, ends trimmed, a leading list bullet removed. */
export function normaliseLine(line: string): string {
  return line.replace(SPACES, ' ').trim().replace(BULLET, '');
}

function continues(previous: string, next: string): boolean {
  if (ENDS_SENTENCE.test(previous)) return false;
  if (STARTS_LOWER.test(next)) return true;
  // scripts without case (Arabic): a long unfinished line runs on
  return STARTS_CASELESS.test(next) && previous.length >= 40;
}

/**
 * Splits text into logical lines: paragraphs are separated by blank lines,
 * and a single line break also separates, unless the line was merely wrapped
 * (it does not end a sentence and the next line starts in lower case).
 */
export function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let previousBlank = true;
  for (const raw of stripControls(text).split('\n')) {
    const line = normaliseLine(raw);
    if (line === '') {
      previousBlank = true;
      continue;
    }
    const last = lines[lines.length - 1];
    if (!previousBlank && last !== undefined && continues(last, line)) {
      lines[lines.length - 1] = last.endsWith('-') && /\p{L}-$/u.test(last) ? last + line : `${last} ${line}`;
    } else {
      lines.push(line);
    }
    previousBlank = false;
  }
  return lines;
}

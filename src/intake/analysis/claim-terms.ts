import { stemmer as arStem } from '@orama/stemmers/arabic';
import { stemmer as deStem } from '@orama/stemmers/german';
import { stemmer as enStem } from '@orama/stemmers/english';
import { stemmer as esStem } from '@orama/stemmers/spanish';
import { stemmer as frStem } from '@orama/stemmers/french';
import { stemmer as ruStem } from '@orama/stemmers/russian';
import { cuesFor, type CompiledCues } from './languages/index.js';
import { PhraseSet } from './phrase-set.js';
import { SYNONYMS } from './synonyms.js';
import { tokenize, type Token } from './tokens.js';

const STEMMERS: Readonly<Record<string, (word: string) => string>> = { en: enStem, fr: frStem, es: esStem, de: deStem, ru: ruStem, ar: arStem };

const VARIANTS = new PhraseSet(SYNONYMS.flatMap((g) => g.variants));
const TERM_OF_VARIANT = new Map(SYNONYMS.flatMap((g) => g.variants.map((v) => [v, g.term] as const)));
const TERM_OF_ACRONYM = new Map(SYNONYMS.flatMap((g) => g.acronyms.map((a) => [a, g.term] as const)));

/** Figures with their grouping: "4,000", "4 000", "3.5", "3,5". */
const FIGURE = /\p{Nd}+(?:[,.\u00A0\u202F ]\p{Nd}{3})*(?:[.,]\p{Nd}+)?/gu;
/** Languages that write "4.000" for four thousand and "3,5" for three and a half. */
const DOT_GROUPS = new Set(['de', 'es', 'fr', 'ru', 'it', 'pt', 'nl', 'tr', 'id']);

function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/** Accents and marks folded where they only vary by spelling habit. */
function fold(word: string): string {
  if (/[\u0600-\u06FF]/.test(word)) {
    return word.replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
  }
  if (/[\u0400-\u04FF]/.test(word)) return word.replace(/ё/g, 'е');
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** "4,000" → "4000", "3,5" → "3.5" (in languages that write decimals with a comma), "1.5 million" → "1500000". */
export function normaliseFigure(figure: string, language: string, multiplier = 1): string | null {
  const compact = asciiDigits(figure).replace(/[\u00A0\u202F ]/g, '');
  const plain = DOT_GROUPS.has(language)
    ? compact.replace(/\.(?=\d{3}(?:\D|$))/g, '').replace(',', '.')
    : compact.replace(/,(?=\d{3}(?:\D|$))/g, '').replace(',', '.');
  const value = Number(plain) * multiplier;
  if (!Number.isFinite(value)) return null;
  return String(Math.round(value * 1000) / 1000);
}

/** Joins the halves of a German compound cardinal: "dreiundzwanzig" is 3 + 20. */
const GERMAN_COMPOUND = /^(\p{L}+)und(\p{L}+)$/u;

/**
 * Numbers written in words, composed as they are read: "four thousand" is
 * 4000, "mille deux cents" 1200, "dreiundzwanzig" 23. Ones below 2 are left
 * out ("one of the…"), and a multiplier after a figure ("4 thousand") was
 * already read with the figure.
 */
function spelledNumbers(tokens: readonly Token[], cues: CompiledCues): number[] {
  const found: number[] = [];
  let total = 0;
  let current = 0;
  let active = false;
  const flush = () => {
    if (active && total + current >= 2) found.push(total + current);
    total = 0;
    current = 0;
    active = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].lower;
    const multiplier = cues.multipliers.get(word);
    const compound = GERMAN_COMPOUND.exec(word);
    const small = cues.cardinals.get(word) ?? (compound ? sumOf(compound[1], compound[2], cues) : undefined);
    if (multiplier !== undefined && multiplier >= 1000) {
      if (!active && i > 0 && /^\p{N}/u.test(tokens[i - 1].text)) continue;
      total += (current || 1) * multiplier;
      current = 0;
      active = true;
    } else if (small === 100) {
      current = (current || 1) * 100;
      active = true;
    } else if (small !== undefined && !(word === 'a' && !active && cues.multipliers.get(tokens[i + 1]?.lower ?? '') === undefined && cues.cardinals.get(tokens[i + 1]?.lower ?? '') !== 100)) {
      current += small;
      active = true;
    } else if (!(active && cues.conjunctions.has(word))) {
      flush();
    }
  }
  flush();
  return found;
}

function sumOf(unit: string, ten: string, cues: CompiledCues): number | undefined {
  const a = cues.cardinals.get(unit);
  const b = cues.cardinals.get(ten);
  return a !== undefined && b !== undefined && a < 10 && b >= 20 ? a + b : undefined;
}

function numbersOf(text: string, tokens: readonly Token[], language: string): string[] {
  const cues = cuesFor(language);
  const found: string[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m !== null; m = FIGURE.exec(text)) {
    const after = /^\s?([\p{L}]+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[1]?.toLowerCase();
    const multiplier = after ? (cues.multipliers.get(after) ?? 1) : 1;
    const value = normaliseFigure(m[0].trim(), language, multiplier);
    if (value !== null) found.push(value);
  }
  for (const value of spelledNumbers(tokens, cues)) found.push(String(value));
  return [...new Set(found)];
}

/**
 * The words and figures a claim is made of, normalised so that two outlets'
 * wordings of one claim overlap: lower case, function words removed, light
 * stemming, accents folded, names that are spelled differently folded to one
 * term, and figures written without grouping.
 */
export function claimTerms(text: string, language: string): { terms: string[]; numbers: string[] } {
  const code = language.toLowerCase().slice(0, 2);
  const cues = cuesFor(code);
  const stem = STEMMERS[code] ?? ((w: string) => w);
  const tokens = tokenize(text);
  const terms: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const acronym = TERM_OF_ACRONYM.get(token.text);
    if (acronym) {
      terms.push(acronym);
      continue;
    }
    const variant = VARIANTS.matchAt(tokens, i);
    if (variant) {
      terms.push(TERM_OF_VARIANT.get(variant.phrase) ?? variant.phrase);
      i = variant.last;
      continue;
    }
    if (/^\p{N}/u.test(token.text) || cues.stopWords.has(token.lower) || token.lower.length < 2) continue;
    // quantities are compared as numbers, not as words ("two thousand" and "2,000")
    if (cues.cardinals.has(token.lower) || cues.multipliers.has(token.lower) || cues.numberWords.has(token.lower)) continue;
    terms.push(fold(stem(token.lower)));
  }
  return { terms: [...new Set(terms)], numbers: numbersOf(text, tokens, code) };
}

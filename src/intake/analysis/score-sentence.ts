import { findAttribution, type Attribution } from './find-claimant.js';
import type { CompiledCues } from './languages/index.js';
import type { PhraseHit } from './phrase-set.js';
import { NUMBER_WORD_WEIGHT, SHORT_WORDS, squash, WEIGHTS } from './score-weights.js';
import type { Token } from './tokens.js';
import type { ReasonCode, ScoreReason } from './types.js';

export interface SentenceScore {
  score: number;
  reasons: ScoreReason[];
  attribution: Attribution | null;
}

export interface SentenceContext {
  /** The sentence is a title line: a paragraph of one sentence without final punctuation. */
  headline: boolean;
}

/** Figures: 4,000 / 4 000 / 3.5 / 12% (any script's digits). Linear: each separator must be followed by digits. */
const FIGURE = /\p{Nd}+(?:[,.\u00A0\u202F ]\p{Nd}{3})*(?:[.,]\p{Nd}+)?/gu;
const NUMERIC_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/;
const YEAR = /^(?:1[5-9]|20)\d\d$/;
const QUOTED = /[“"«„]([^“”"«»„]{12,})[”"»“]|(?:^|\s)‘([^‘’]{12,})’(?=[\s,.;:!?]|$)/u;
const QUESTION_END = /[?؟][\s"'”’»)\]]*$/u;
const PERCENT = /[%٪‰]/;
/** Words in capitals that are shouting, not acronyms, when most of the sentence is in capitals. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u;
const CAPITALISED = /^\p{Lu}/u;

function quoteOf(text: string, tokens: readonly Token[], hit: PhraseHit): string {
  return text.slice(tokens[hit.first].start, tokens[hit.last].end);
}

/** A run of two or more capitalised words (function words may sit inside: "Syrian Observatory for Human Rights"). */
function capitalisedName(tokens: readonly Token[], cues: CompiledCues): string | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!CAPITALISED.test(tokens[i].text) || cues.stopWords.has(tokens[i].lower)) continue;
    let j = i + 1;
    let names = 1;
    let end = i;
    while (j < tokens.length && j - end <= 2) {
      if (CAPITALISED.test(tokens[j].text) && !cues.stopWords.has(tokens[j].lower)) {
        names++;
        end = j;
      } else if (!cues.stopWords.has(tokens[j].lower) && !/^(?:al|el|bin|ibn|de|del|van|von|der|la|le)$/.test(tokens[j].lower)) break;
      j++;
    }
    if (names >= 2) return tokens.slice(i, end + 1).map((t) => t.text).join(' ');
    i = end;
  }
  return null;
}

/**
 * Scores one sentence for check-worthiness with the reasons that moved it.
 * Deterministic: the same sentence and cue table always give the same score.
 */
export function scoreSentence(text: string, tokens: readonly Token[], cues: CompiledCues, context: SentenceContext): SentenceScore {
  const reasons: ScoreReason[] = [];
  const add = (code: ReasonCode, label: string, weight = WEIGHTS[code]) => {
    if (!reasons.some((r) => r.code === code)) reasons.push({ code, label, weight });
  };

  // figures and dates
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m !== null; m = FIGURE.exec(text)) {
    const figure = m[0].trim();
    if (YEAR.test(figure)) add('date', `a year: "${figure}"`);
    else add('number', `a number: "${figure}"`);
    if (PERCENT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) add('statistic', `a percentage: "${figure}%"`);
  }
  const numericDate = NUMERIC_DATE.exec(text);
  if (numericDate) add('date', `a date: "${numericDate[0]}"`);
  const numberWord = cues.numberWords.findFirst(tokens);
  if (numberWord) add('number', `a quantity in words: "${quoteOf(text, tokens, numberWord)}"`, NUMBER_WORD_WEIGHT);
  for (const hit of cues.dates.findAll(tokens)) {
    const token = tokens[hit.first];
    // "may" is a month only when it is written as one
    if (cues.hedges.has(token.lower) && !(CAPITALISED.test(token.text) && hit.first > 0)) continue;
    add('date', `a date: "${quoteOf(text, tokens, hit)}"`);
    break;
  }

  // who says it and who acts
  const attribution = findAttribution(text, tokens, cues);
  if (attribution) {
    add('attribution', attribution.claimant ? `attributed: "${attribution.cue}" (${attribution.claimant})` : `attributed: "${attribution.cue}"`);
  }
  const role = cues.roles.findFirst(tokens);
  const name = capitalisedName(tokens, cues);
  const shouting = tokens.filter((t) => ACRONYM.test(t.text)).length * 2 > tokens.length;
  const acronym = shouting ? undefined : tokens.find((t) => ACRONYM.test(t.text) && !cues.firstPerson.has(t.lower));
  if (name) add('named_actor', `a named actor: "${name}"`);
  else if (role) add('named_actor', `an actor: "${quoteOf(text, tokens, role)}"`);
  else if (acronym) add('named_actor', `an organisation: "${acronym.text}"`);

  const comparison = cues.comparisons.findFirst(tokens);
  if (comparison) add('comparison', `a comparison: "${quoteOf(text, tokens, comparison)}"`);
  const causal = cues.causal.findFirst(tokens);
  if (causal) add('causal', `a cause or consequence: "${quoteOf(text, tokens, causal)}"`);
  const statistic = cues.statistics.findFirst(tokens);
  if (statistic) add('statistic', `a statistic: "${quoteOf(text, tokens, statistic)}"`);
  else if (PERCENT.test(text)) add('statistic', 'a percentage');
  const quoted = QUOTED.exec(text);
  if (quoted) add('quote', 'a direct quotation');

  // what lowers it
  if (QUESTION_END.test(text)) add('question', 'a question, not a statement');
  const opinion = cues.opinions.findFirst(tokens);
  if (opinion) add('opinion', `an opinion or judgement: "${quoteOf(text, tokens, opinion)}"`);
  const firstPerson = tokens.find((t) => cues.firstPerson.has(t.lower) && !(t.text.length > 1 && ACRONYM.test(t.text)));
  if (firstPerson) add('first_person', `first person: "${firstPerson.text}"`);
  const hedge = cues.hedges.findFirst(tokens);
  if (hedge && !(cues.months.has(tokens[hedge.first].lower) && CAPITALISED.test(tokens[hedge.first].text))) {
    add('hedge', `a hedge: "${quoteOf(text, tokens, hedge)}"`);
  }
  if (tokens.length < SHORT_WORDS) add('short', `very short (${tokens.length} word${tokens.length === 1 ? '' : 's'})`);
  if (context.headline) add('headline', 'a headline: titles are restated, and checked, in the story');
  const boilerplate = cues.boilerplate.findFirst(tokens);
  if (boilerplate) add('boilerplate', `site boilerplate: "${quoteOf(text, tokens, boilerplate)}"`);

  const raw = reasons.reduce((sum, r) => sum + r.weight, 0);
  return { score: squash(raw), reasons, attribution };
}

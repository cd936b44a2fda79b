import type { ReasonCode } from './types.js';

/**
 * How much each cue moves a sentence's check-worthiness. A sentence's raw
 * score is the sum of the weights of the cues it shows (each cue once); the
 * score is that sum through a logistic curve, so it stays within 0..1 and
 * ranks by the sum. Tuned on hand-written news text: a sentence with a figure,
 * an actor and an attribution lands near 0.9, a bare statement near 0.25,
 * a question or an opinion near 0.1.
 */
export const WEIGHTS: Readonly<Record<ReasonCode, number>> = {
  number: 0.25,
  date: 0.12,
  attribution: 0.2,
  named_actor: 0.15,
  comparison: 0.1,
  causal: 0.15,
  statistic: 0.15,
  quote: 0.05,
  question: -0.45,
  opinion: -0.25,
  first_person: -0.2,
  hedge: -0.1,
  short: -0.3,
  headline: -0.15,
  boilerplate: -0.5,
};

/** A quantity spelled out ("thousands", "nine") is weaker evidence than a figure. */
export const NUMBER_WORD_WEIGHT = 0.12;
/** Sentences with fewer words than this are too short to check on their own. */
export const SHORT_WORDS = 6;
export const CURVE = { center: 0.3, steepness: 4 } as const;

export function squash(raw: number): number {
  return Math.round((1 / (1 + Math.exp(-CURVE.steepness * (raw - CURVE.center)))) * 1000) / 1000;
}

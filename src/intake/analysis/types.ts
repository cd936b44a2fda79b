/**
 * The intake pipeline's public shapes. The routes, the matcher and the
 * evaluation are written against these: fields may be added, never renamed.
 */

export interface ArticleInput {
  text: string;
  format?: 'text' | 'html' | 'auto';
  /** ISO 639-1; when given it wins over detection. */
  language?: string;
  title?: string;
}

export type DropReason =
  | 'navigation'
  | 'comments'
  | 'share'
  | 'disclaimer'
  | 'copyright'
  | 'author_bio'
  | 'metadata'
  | 'paywall'
  | 'newsletter'
  | 'repeated'
  | 'markup';

export interface DroppedBlock {
  text: string;
  reason: DropReason;
  /** A human sentence saying why the block was removed. */
  detail: string;
}

export type ReasonCode =
  | 'number'
  | 'date'
  | 'attribution'
  | 'named_actor'
  | 'comparison'
  | 'causal'
  | 'statistic'
  | 'quote'
  | 'question'
  | 'opinion'
  | 'first_person'
  | 'hedge'
  | 'short'
  | 'headline'
  | 'boilerplate';

export interface ScoreReason {
  code: ReasonCode;
  /** Readable, e.g. `a number: "4,000"`. */
  label: string;
  /** Positive raises the score, negative lowers it. */
  weight: number;
}

export interface Candidate {
  text: string;
  /** Offsets into the cleaned `ArticleAnalysis.text`. */
  start: number;
  end: number;
  /** 0..1, higher is more check-worthy. */
  score: number;
  reasons: ScoreReason[];
  /** Who the sentence attributes its statement to, as written; null when it attributes nothing. */
  claimant: string | null;
}

export interface LanguageGuess {
  /** ISO 639-1, 'und' when unsure. */
  code: string;
  confidence: number;
  source: 'given' | 'detected';
}

export interface SentenceSpan {
  start: number;
  end: number;
}

export interface ArticleAnalysis {
  /** Cleaned text: paragraphs separated by '\n\n'. */
  text: string;
  /** What was removed and why, in document order. */
  dropped: DroppedBlock[];
  language: LanguageGuess;
  /** Every sentence of `text`. */
  sentences: SentenceSpan[];
  /** Every sentence scored, highest score first (ties: document order). */
  candidates: Candidate[];
}

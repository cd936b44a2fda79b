import { analyseArticle, type ArticleAnalysis, type ArticleInput, type Candidate } from '../../../src/intake/analysis/analyse-article.js';

/** Analyses a text with overrides (English plain text unless said otherwise). */
export function analyse(text: string, overrides: Partial<ArticleInput> = {}): ArticleAnalysis {
  return analyseArticle({ text, format: 'text', ...overrides });
}

/** The sentences of an analysis, as text. */
export function sentenceTexts(analysis: ArticleAnalysis): string[] {
  return analysis.sentences.map((s) => analysis.text.slice(s.start, s.end));
}

/** The candidate whose text contains `fragment`. */
export function candidateWith(analysis: ArticleAnalysis, fragment: string): Candidate {
  const found = analysis.candidates.find((c) => c.text.includes(fragment));
  if (!found) throw new Error(`no candidate contains "${fragment}"`);
  return found;
}

export function codes(candidate: Candidate): string[] {
  return candidate.reasons.map((r) => r.code);
}

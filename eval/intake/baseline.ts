/**
 * A deliberately naive analysis, for reference figures
 * (`npm run eval:intake -- --analyser eval/intake/baseline.ts`): tags
 * stripped, every line cut at sentence ends, sentences with digits first,
 * longer ones before shorter. No furniture removal, no language model of any
 * kind. The desk's analysis should beat it clearly on every figure.
 */
import type { Analysis, AnalysisInput } from './analyser.js';

export function analyseArticle(input: AnalysisInput): Analysis {
  const text =
    input.format === 'html'
      ? input.text
          .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '\n')
          .replace(/<\/?(p|div|li|h\d|br|nav|aside|footer|header|section|article)\b[^>]*>/gi, '\n')
          .replace(/<[^>]+>/g, ' ')
      : input.text;
  const candidates: Analysis['candidates'] = [];
  for (const match of text.matchAll(/[^\n.!?]+[.!?]*/g)) {
    const sentence = match[0].trim();
    if (sentence.split(/\s+/).length < 4) continue;
    const start = match.index + match[0].indexOf(sentence);
    const score = (/\d/.test(sentence) ? 1 : 0) + Math.min(sentence.length, 200) / 400;
    candidates.push({ text: sentence, start, end: start + sentence.length, score });
  }
  candidates.sort((a, b) => b.score - a.score);
  return { text, language: { code: 'und', confidence: 0, source: 'none' }, candidates };
}

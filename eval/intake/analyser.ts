/**
 * The article analysis as the evaluation sees it: the desk's, or another
 * module's with the same entry point (e.g. the naive baseline). Only the
 * fields the evaluation uses are typed.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseArticle } from '../../src/intake/analysis/analyse-article.js';

export interface AnalysedCandidate {
  text: string;
  start: number;
  end: number;
  score: number;
}

export interface Analysis {
  text: string;
  language: { code: string; confidence: number; source: string };
  candidates: AnalysedCandidate[];
}

export interface AnalysisInput {
  text: string;
  format?: 'text' | 'html' | 'auto';
  language?: string;
  title?: string;
}

export type Analyse = (input: AnalysisInput) => Analysis;

/** The desk's `analyseArticle`, or that of the module at `path` (for comparisons); undefined when that module is not there. */
export async function loadAnalyser(path?: string): Promise<Analyse | undefined> {
  if (!path) return analyseArticle;
  const file = resolve(path);
  if (!existsSync(file)) return undefined;
  const module = (await import(pathToFileURL(file).href)) as { analyseArticle?: Analyse };
  return module.analyseArticle;
}

/** Candidates highest score first (stable for equal scores), as the intake answers them. */
export function ranked<T extends { score: number }>(candidates: readonly T[]): T[] {
  return candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => b.candidate.score - a.candidate.score || a.index - b.index)
    .map(({ candidate }) => candidate);
}

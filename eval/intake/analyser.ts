/**
 * The desk's article analysis as the evaluation sees it. Loaded by path at
 * run time so that the evaluation compiles and runs its other parts before
 * the analysis module exists; only the fields used here are typed.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

const MODULE = new URL('../../src/intake/analysis/analyse-article.js', import.meta.url);

/** `analyseArticle` of the desk (or of the module at `path`), or undefined when the module is not there yet. */
export async function loadAnalyser(path?: string): Promise<Analyse | undefined> {
  const url = path ? pathToFileURL(resolve(path)) : MODULE;
  const file = fileURLToPath(url);
  if (!existsSync(file) && !existsSync(file.replace(/\.js$/, '.ts'))) return undefined;
  const module = (await import(url.href)) as { analyseArticle?: Analyse };
  return module.analyseArticle;
}

/** Candidates highest score first (stable for equal scores), as the intake answers them. */
export function ranked<T extends { score: number }>(candidates: readonly T[]): T[] {
  return candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => b.candidate.score - a.candidate.score || a.index - b.index)
    .map(({ candidate }) => candidate);
}

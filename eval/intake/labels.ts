/** The labelled articles of the intake evaluation: their shape, where they come from, and a check that the labels fit the text. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClaimLabel } from './metrics.js';
import { normalise } from './metrics.js';

export type ArticleFormat = 'text' | 'html';

export interface LabelledArticle {
  /** Unique over the whole set; claim ids start with it. */
  id: string;
  language: 'en' | 'fr' | 'es' | 'de' | 'ru' | 'ar';
  outlet: string;
  format: ArticleFormat;
  /** The page as it comes in; absent for a seed article, whose text is read at run time. */
  text?: string;
  /** File name of a sample article under `../shared/seeds/` (relative to the repo root). */
  seed?: string;
  title?: string;
  url?: string;
  publishedAt?: string;
  /** Check-worthy claims; the same `group` in two articles means the same claim. */
  claims: ClaimLabel[];
  /** Substrings of furniture lines that must never be among the top candidates. */
  boilerplate: string[];
}

export interface LoadedArticle extends LabelledArticle {
  text: string;
}

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const SEEDS_DIR = join(REPO_ROOT, '..', 'shared', 'seeds');

/** Every labelled article, in the fixed order the evaluation intakes them. */
export async function labelledArticles(): Promise<LabelledArticle[]> {
  const sets = await Promise.all([
    import('./articles/en.js'),
    import('./articles/fr.js'),
    import('./articles/es.js'),
    import('./articles/de.js'),
    import('./articles/ru.js'),
    import('./articles/seeds.js'),
  ]);
  return sets.flatMap((set) => set.articles);
}

/** The articles with their text; a seed article whose file is missing is left out and named in `missing`. */
export async function loadArticles(articles: readonly LabelledArticle[], seedsDir = SEEDS_DIR): Promise<{ loaded: LoadedArticle[]; missing: string[] }> {
  const loaded: LoadedArticle[] = [];
  const missing: string[] = [];
  for (const article of articles) {
    if (article.text !== undefined) {
      loaded.push({ ...article, text: article.text });
      continue;
    }
    const text = await readFile(join(seedsDir, article.seed ?? ''), 'utf8').catch(() => undefined);
    if (text === undefined) missing.push(article.seed ?? article.id);
    else loaded.push({ ...article, text });
  }
  return { loaded, missing };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '\u2019', lsquo: '\u2018', ldquo: '\u201c', rdquo: '\u201d', laquo: '\u00ab', raquo: '\u00bb', copy: '\u00a9', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', euro: '\u20ac' };

/** Visible text of a page, roughly: enough to check that labels were written against what a reader sees. */
export function visibleText(article: LoadedArticle): string {
  if (article.format === 'text') return article.text;
  return article.text
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? entity;
    });
}

/** What is wrong with the labels: keys or furniture not in the text, duplicate ids, claim ids not prefixed by their article. */
export function labelProblems(articles: readonly LoadedArticle[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const article of articles) {
    const text = normalise(visibleText(article));
    if (ids.has(article.id)) problems.push(`${article.id}: duplicate article id`);
    ids.add(article.id);
    for (const claim of article.claims) {
      if (ids.has(claim.id)) problems.push(`${claim.id}: duplicate claim id`);
      ids.add(claim.id);
      if (!claim.id.startsWith(`${article.id}-`)) problems.push(`${claim.id}: claim id does not start with ${article.id}-`);
      if (claim.key.length === 0) problems.push(`${claim.id}: empty key`);
      for (const part of claim.key) if (!text.includes(normalise(part))) problems.push(`${claim.id}: key "${part}" not in the text`);
    }
    for (const line of article.boilerplate) if (!text.includes(normalise(line))) problems.push(`${article.id}: furniture "${line}" not in the text`);
  }
  return problems;
}

/** Number of words of a page's visible text. */
export function wordCount(article: LoadedArticle): number {
  return visibleText(article).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

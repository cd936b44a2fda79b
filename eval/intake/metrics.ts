/**
 * The intake evaluation's figures, as plain functions over plain data: which
 * labelled claims the top candidates find, how much page furniture reaches
 * them, and how well the desk's ticket grouping agrees with the labelled
 * groups (pairwise precision and recall).
 */

/** Lower case, one kind of quote and apostrophe, single spaces: the forms a cleaner may legitimately change. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u02bc\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a candidate sentence contains every key substring of a claim (case-insensitive). */
export function containsAllKeys(candidate: string, key: readonly string[]): boolean {
  const text = normalise(candidate);
  return key.length > 0 && key.every((part) => text.includes(normalise(part)));
}

/** Index of the first of `candidates` that carries the claim, or -1. */
export function findClaimCandidate(candidates: readonly string[], key: readonly string[]): number {
  return candidates.findIndex((candidate) => containsAllKeys(candidate, key));
}

/** Shortest shared run of characters that counts as a candidate reaching into a furniture line. */
export const BOILERPLATE_OVERLAP_CHARS = 24;

/**
 * Whether a candidate overlaps a labelled furniture line: one contains the
 * other, or they share a run of at least BOILERPLATE_OVERLAP_CHARS characters
 * (a candidate that glued a "share this" line to a real sentence).
 */
export function overlapsBoilerplate(candidate: string, line: string, minOverlap = BOILERPLATE_OVERLAP_CHARS): boolean {
  const text = normalise(candidate);
  const furniture = normalise(line);
  if (furniture.length === 0 || text.length === 0) return false;
  if (text.includes(furniture) || furniture.includes(text)) return true;
  if (furniture.length < minOverlap) return false;
  for (let start = 0; start + minOverlap <= furniture.length; start += 1) {
    if (text.includes(furniture.slice(start, start + minOverlap))) return true;
  }
  return false;
}

/** The furniture line a candidate overlaps, if any. */
export function boilerplateHit(candidate: string, lines: readonly string[]): string | undefined {
  return lines.find((line) => overlapsBoilerplate(candidate, line));
}

/** Furniture lines still (wholly or in part) in an analysis's cleaned text: what the cleaner should have dropped but kept. */
export function furnitureKept(cleanText: string, lines: readonly string[]): string[] {
  return lines.filter((line) => overlapsBoilerplate(cleanText, line));
}

export interface ClaimLabel {
  id: string;
  group: string;
  key: string[];
}

export interface ArticleOutcome {
  articleId: string;
  language: string;
  claims: ClaimLabel[];
  boilerplate: string[];
  /** Candidate sentences, best first (only the first `k` are looked at). */
  candidates: string[];
}

export interface ClaimHit {
  articleId: string;
  claim: ClaimLabel;
  /** Rank (0-based) of the first top-k candidate that carries the claim, or -1. */
  rank: number;
}

export interface BoilerplateLeak {
  articleId: string;
  rank: number;
  candidate: string;
  line: string;
}

export interface Tally {
  found: number;
  total: number;
}

/** Where each labelled claim was found among an article's top `k` candidates. */
export function claimHits(outcome: ArticleOutcome, k: number): ClaimHit[] {
  const top = outcome.candidates.slice(0, k);
  return outcome.claims.map((claim) => ({ articleId: outcome.articleId, claim, rank: findClaimCandidate(top, claim.key) }));
}

/** Found and total labelled claims over articles (recall@k = found / total). */
export function recallAtK(outcomes: readonly ArticleOutcome[], k: number): Tally {
  let found = 0;
  let total = 0;
  for (const outcome of outcomes) {
    for (const hit of claimHits(outcome, k)) {
      total += 1;
      if (hit.rank >= 0) found += 1;
    }
  }
  return { found, total };
}

/** Top-`k` candidates that overlap a labelled furniture line (the goal is none). */
export function boilerplateLeaks(outcomes: readonly ArticleOutcome[], k: number): BoilerplateLeak[] {
  const leaks: BoilerplateLeak[] = [];
  for (const outcome of outcomes) {
    outcome.candidates.slice(0, k).forEach((candidate, rank) => {
      const line = boilerplateHit(candidate, outcome.boilerplate);
      if (line !== undefined) leaks.push({ articleId: outcome.articleId, rank, candidate, line });
    });
  }
  return leaks;
}

/** Disjoint sets over string items, with path halving and union by size. */
export class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly size = new Map<string, number>();

  add(item: string): void {
    if (!this.parent.has(item)) {
      this.parent.set(item, item);
      this.size.set(item, 1);
    }
  }

  find(item: string): string {
    this.add(item);
    let node = item;
    for (;;) {
      const parent = this.parent.get(node)!;
      if (parent === node) return node;
      const grandparent = this.parent.get(parent)!;
      this.parent.set(node, grandparent);
      node = grandparent;
    }
  }

  union(a: string, b: string): void {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if (this.size.get(rootA)! < this.size.get(rootB)!) [rootA, rootB] = [rootB, rootA];
    this.parent.set(rootB, rootA);
    this.size.set(rootA, this.size.get(rootA)! + this.size.get(rootB)!);
  }

  /** Each item mapped to the representative of its set. */
  labels(): Map<string, string> {
    return new Map([...this.parent.keys()].map((item) => [item, this.find(item)]));
  }
}

/** Items joined by the links they share (e.g. claim occurrences by the ticket they went to), as item → cluster. */
export function clustersFromLinks(links: ReadonlyMap<string, string>): Map<string, string> {
  const sets = new UnionFind();
  const firstByLink = new Map<string, string>();
  for (const [item, link] of links) {
    sets.add(item);
    const first = firstByLink.get(link);
    if (first === undefined) firstByLink.set(link, item);
    else sets.union(first, item);
  }
  return sets.labels();
}

export interface PairwiseScore {
  /** Pairs together in both labelings. */
  truePairs: number;
  /** Pairs the prediction puts together. */
  predictedPairs: number;
  /** Pairs the labels put together. */
  labelledPairs: number;
  /** truePairs / predictedPairs; NaN when nothing was put together. */
  precision: number;
  /** truePairs / labelledPairs; NaN when no labelled pair exists. */
  recall: number;
  /** Put together but labelled apart. */
  falsePairs: [string, string][];
  /** Labelled together but kept apart. */
  missedPairs: [string, string][];
}

/**
 * Pairwise agreement of a predicted clustering with the labelled one, over
 * the items of `labelled`. An item the prediction does not mention is a
 * cluster of its own.
 */
export function pairwiseScore(labelled: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): PairwiseScore {
  const items = [...labelled.keys()].sort();
  const score: PairwiseScore = { truePairs: 0, predictedPairs: 0, labelledPairs: 0, precision: Number.NaN, recall: Number.NaN, falsePairs: [], missedPairs: [] };
  const clusterOf = (item: string): string => predicted.get(item) ?? `\u0000alone:${item}`;
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const a = items[i]!;
      const b = items[j]!;
      const sameLabel = labelled.get(a) === labelled.get(b);
      const samePrediction = clusterOf(a) === clusterOf(b);
      if (sameLabel) score.labelledPairs += 1;
      if (samePrediction) score.predictedPairs += 1;
      if (sameLabel && samePrediction) score.truePairs += 1;
      else if (samePrediction) score.falsePairs.push([a, b]);
      else if (sameLabel) score.missedPairs.push([a, b]);
    }
  }
  score.precision = score.predictedPairs === 0 ? Number.NaN : score.truePairs / score.predictedPairs;
  score.recall = score.labelledPairs === 0 ? Number.NaN : score.truePairs / score.labelledPairs;
  return score;
}

export interface SplitGroup {
  group: string;
  /** The group's items, one list per predicted cluster (largest first). */
  parts: string[][];
}

/** Labelled groups whose items the prediction spread over several clusters (an item it lacks is a cluster of its own). */
export function splitGroups(labelled: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): SplitGroup[] {
  const byGroup = new Map<string, Map<string, string[]>>();
  for (const [item, group] of labelled) {
    const cluster = predicted.get(item) ?? `\u0000alone:${item}`;
    const parts = byGroup.get(group) ?? new Map<string, string[]>();
    parts.set(cluster, [...(parts.get(cluster) ?? []), item]);
    byGroup.set(group, parts);
  }
  return [...byGroup]
    .filter(([, parts]) => parts.size > 1)
    .map(([group, parts]) => ({ group, parts: [...parts.values()].sort((a, b) => b.length - a.length) }))
    .sort((a, b) => a.group.localeCompare(b.group));
}

import { describe, expect, it } from '@jest/globals';
import {
  type ArticleOutcome,
  boilerplateLeaks,
  claimHits,
  clustersFromLinks,
  containsAllKeys,
  furnitureKept,
  normalise,
  overlapsBoilerplate,
  pairwiseScore,
  recallAtK,
  splitGroups,
  UnionFind,
} from '../../../eval/intake/metrics.js';

function outcome(overrides: Partial<ArticleOutcome> = {}): ArticleOutcome {
  return {
    articleId: 'a1',
    language: 'en',
    claims: [{ id: 'a1-c1', group: 'deployment', key: ['4,000', 'deployed'] }],
    boilerplate: ['Share this article on social media'],
    candidates: ['The ministry deployed 4,000 soldiers to the port.'],
    ...overrides,
  };
}

describe('normalise', () => {
  it('folds case, curly quotes, dashes and runs of white space', () => {
    expect(normalise('  L\u2019Armée  a dit \u00abnon\u00bb\u00a0\u2013 Ok ')).toBe('l\'armée a dit "non" - ok');
  });
});

describe('containsAllKeys', () => {
  it('needs every key substring, case-insensitively', () => {
    expect(containsAllKeys('The Ministry DEPLOYED 4,000 soldiers', ['4,000', 'deployed'])).toBe(true);
    expect(containsAllKeys('The ministry recaptured the port with 4,000 soldiers', ['4,000', 'deployed'])).toBe(false);
  });

  it('never matches an empty key', () => {
    expect(containsAllKeys('anything', [])).toBe(false);
  });

  it('sees a non-breaking space in a number as a space', () => {
    expect(containsAllKeys('Quelque 4\u00a0000 soldats', ['4 000 soldats'])).toBe(true);
  });
});

describe('recall at k', () => {
  it('counts a claim found only when a candidate within the first k carries it', () => {
    const late = outcome({ candidates: ['one', 'two', 'The ministry deployed 4,000 soldiers.'] });
    expect(recallAtK([late], 3)).toEqual({ found: 1, total: 1 });
    expect(recallAtK([late], 2)).toEqual({ found: 0, total: 1 });
    expect(claimHits(late, 3)[0]!.rank).toBe(2);
  });

  it('sums over articles', () => {
    const missed = outcome({ articleId: 'a2', candidates: ['The port was recaptured.'] });
    expect(recallAtK([outcome(), missed], 8)).toEqual({ found: 1, total: 2 });
  });
});

describe('boilerplate', () => {
  it('flags a candidate that is, contains or is part of a furniture line', () => {
    expect(overlapsBoilerplate('Share this article on social media', 'Share this article on social media')).toBe(true);
    expect(overlapsBoilerplate('Share this article', 'Share this article on social media')).toBe(true);
    expect(overlapsBoilerplate('Updated 14:02. The ministry deployed 4,000 soldiers.', 'Updated 14:02')).toBe(true);
  });

  it('flags a candidate that glued part of a furniture line to a sentence', () => {
    const line = 'Sign up to our newsletter for the morning briefing';
    expect(overlapsBoilerplate('for the morning briefing The ministry deployed soldiers.', line)).toBe(true);
    expect(overlapsBoilerplate('The morning was quiet in the port.', line)).toBe(false);
  });

  it('counts leaks only within the first k candidates', () => {
    const article = outcome({ candidates: ['The ministry deployed 4,000 soldiers.', 'Share this article on social media'] });
    expect(boilerplateLeaks([article], 2)).toEqual([{ articleId: 'a1', rank: 1, candidate: 'Share this article on social media', line: 'Share this article on social media' }]);
    expect(boilerplateLeaks([article], 1)).toEqual([]);
  });
});

describe('furnitureKept', () => {
  it('names the furniture lines the cleaned text still holds, whole or in part', () => {
    const clean = 'The ministry deployed 4,000 soldiers.\n\nShare this article on social';
    expect(furnitureKept(clean, ['Share this article on social media', 'Sign up to our newsletter for the morning briefing'])).toEqual(['Share this article on social media']);
  });
});

describe('UnionFind', () => {
  it('joins sets transitively and keeps others apart', () => {
    const sets = new UnionFind();
    sets.union('a', 'b');
    sets.union('c', 'd');
    sets.union('b', 'c');
    sets.add('e');
    const labels = sets.labels();
    expect(new Set(['a', 'b', 'c', 'd'].map((item) => labels.get(item))).size).toBe(1);
    expect(labels.get('e')).not.toBe(labels.get('a'));
    expect(labels.size).toBe(5);
  });

  it('clusters items by the link they share', () => {
    const clusters = clustersFromLinks(
      new Map([
        ['x1', 't1'],
        ['x2', 't2'],
        ['x3', 't1'],
      ]),
    );
    expect(clusters.get('x1')).toBe(clusters.get('x3'));
    expect(clusters.get('x2')).not.toBe(clusters.get('x1'));
  });
});

describe('pairwiseScore', () => {
  const labelled = new Map([
    ['a', 'g1'],
    ['b', 'g1'],
    ['c', 'g1'],
    ['d', 'g2'],
  ]);

  it('is perfect when the clusterings agree, whatever the cluster names', () => {
    const score = pairwiseScore(
      labelled,
      new Map([
        ['a', 'x'],
        ['b', 'x'],
        ['c', 'x'],
        ['d', 'y'],
      ]),
    );
    expect(score).toMatchObject({ truePairs: 3, predictedPairs: 3, labelledPairs: 3, precision: 1, recall: 1, falsePairs: [], missedPairs: [] });
  });

  it('counts a wrong merge against precision and a split against recall', () => {
    const score = pairwiseScore(
      labelled,
      new Map([
        ['a', 'x'],
        ['b', 'x'],
        ['c', 'y'],
        ['d', 'y'],
      ]),
    );
    expect(score.truePairs).toBe(1);
    expect(score.predictedPairs).toBe(2);
    expect(score.precision).toBeCloseTo(0.5);
    expect(score.recall).toBeCloseTo(1 / 3);
    expect(score.falsePairs).toEqual([['c', 'd']]);
    expect(score.missedPairs).toEqual([
      ['a', 'c'],
      ['b', 'c'],
    ]);
  });

  it('treats an item the prediction lacks as alone, and has no precision when nothing was merged', () => {
    const score = pairwiseScore(labelled, new Map([['a', 'x']]));
    expect(score.predictedPairs).toBe(0);
    expect(score.precision).toBeNaN();
    expect(score.recall).toBe(0);
  });
});

describe('splitGroups', () => {
  it('lists the labelled groups spread over several clusters, with the parts', () => {
    const labelled = new Map([
      ['a', 'g1'],
      ['b', 'g1'],
      ['c', 'g1'],
      ['d', 'g2'],
      ['e', 'g2'],
    ]);
    const predicted = new Map([
      ['a', 'x'],
      ['b', 'y'],
      ['c', 'x'],
      ['d', 'z'],
      ['e', 'z'],
    ]);
    expect(splitGroups(labelled, predicted)).toEqual([{ group: 'g1', parts: [['a', 'c'], ['b']] }]);
  });
});

import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseArticle } from '../../../src/intake/analysis/analyse-article.js';

/** The shared sample articles are read at run time, never copied into the repository. */
const SEEDS = join(import.meta.dirname, '../../../../shared/seeds');
const read = (prefix: string) => readFileSync(join(SEEDS, `${prefix}.txt`), 'utf8');
const seedFile = (id: string) => `${id}_${{ '000': '227b56d3a791566b', '001': '96762dce61dae068', '002': '804af44f8335d183', '003': '743005bdb232ba0a', '004': '86a1f3b923b661a1' }[id]}`;

/** The labelled claims of the seeds' README, each found by a few key facts that must all appear in one candidate. */
const LABELLED: Record<string, string[][]> = {
  '000': [['recaptured', 'Palmyra'], ['4,000'], ['300', 'killed'], ['Pentagon', 'nothing']],
  '001': [['Retake', 'Palmyra'], ['4000'], ['300', 'killing'], ['Mosul', 'US']],
  '002': [['retaken', 'Palmyra']],
  '003': [['re-entered', 'Palmyra'], ['200', 'Syria']],
  '004': [['re-entered', 'Palmyra'], ['200', 'troops']],
};

describe('the sample articles', () => {
  it.each(Object.keys(LABELLED))('%s: every labelled claim is among the top 8 candidates and no furniture is', (id) => {
    const result = analyseArticle({ text: read(seedFile(id)) });
    expect(result.language.code).toBe('en');
    const top = result.candidates.slice(0, 8);
    for (const facts of LABELLED[id]) {
      expect({ facts, found: top.some((c) => facts.every((f) => c.text.includes(f))) }).toEqual({ facts, found: true });
    }
    for (const block of result.dropped) {
      const probe = block.text.slice(0, 40);
      // a repeated headline keeps its first copy, once
      expect(result.candidates.filter((c) => c.text.includes(probe)).length).toBe(block.reason === 'repeated' ? 1 : 0);
    }
  });

  it('drops the furniture of each page with the right reasons', () => {
    const reasons = (id: string) => new Set(analyseArticle({ text: read(seedFile(id)) }).dropped.map((d) => d.reason));
    expect([...reasons('000')]).toEqual(expect.arrayContaining(['metadata', 'author_bio']));
    expect([...reasons('001')]).toEqual(expect.arrayContaining(['disclaimer', 'copyright', 'metadata']));
    expect([...reasons('002')]).toEqual(expect.arrayContaining(['metadata', 'share', 'repeated', 'comments', 'paywall']));
    expect([...reasons('003')]).toEqual(expect.arrayContaining(['metadata']));
    expect([...reasons('004')]).toEqual(expect.arrayContaining(['navigation', 'comments', 'markup']));
  });

  it('names the claimants the articles give', () => {
    const claimants = (id: string) => analyseArticle({ text: read(seedFile(id)) }).candidates.map((c) => c.claimant);
    expect(claimants('000')).toEqual(expect.arrayContaining(['Russian military sources', 'a Russian military source', 'Talal al-Barazi']));
    expect(claimants('001')).toEqual(expect.arrayContaining(['the Russian defence ministry', 'Stephen Lendman']));
    expect(claimants('003')).toEqual(expect.arrayContaining(['US Secretary of Defense Ash Carter']));
    expect(claimants('004')).toEqual(expect.arrayContaining(['US Defence Secretary Ashton Carter']));
  });
});

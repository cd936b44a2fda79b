import { describe, expect, it } from '@jest/globals';
import { labelledArticles, labelProblems, type LoadedArticle, loadArticles, visibleText, wordCount } from '../../../eval/intake/labels.js';

function article(overrides: Partial<LoadedArticle> = {}): LoadedArticle {
  return {
    id: 'x1',
    language: 'en',
    outlet: 'Example',
    format: 'text',
    text: 'Home | News\nThe council sold 40 buses.',
    claims: [{ id: 'x1-c1', group: 'buses', key: ['40 buses'] }],
    boilerplate: ['Home | News'],
    ...overrides,
  };
}

describe('the labelled intake set', () => {
  it('has its labels in the text of every article, sample articles included', async () => {
    const { loaded, missing } = await loadArticles(await labelledArticles());
    expect(missing).toEqual([]);
    expect(labelProblems(loaded)).toEqual([]);
  });

  it('has at least 24 own articles of 150 to 600 words in at least 4 languages', async () => {
    const own = (await loadArticles((await labelledArticles()).filter((a) => a.text !== undefined))).loaded;
    expect(own.length).toBeGreaterThanOrEqual(24);
    expect(new Set(own.map((a) => a.language)).size).toBeGreaterThanOrEqual(4);
    const outside = own.filter((a) => wordCount(a) < 150 || wordCount(a) > 600).map((a) => `${a.id}: ${wordCount(a)}`);
    expect(outside).toEqual([]);
  });

  it('repeats most claims across articles, so that grouping can be measured', async () => {
    const claims = (await labelledArticles()).flatMap((a) => a.claims);
    const perGroup = new Map<string, number>();
    for (const claim of claims) perGroup.set(claim.group, (perGroup.get(claim.group) ?? 0) + 1);
    const repeated = claims.filter((claim) => perGroup.get(claim.group)! > 1).length;
    expect(repeated / claims.length).toBeGreaterThan(0.8);
  });
});

describe('labelProblems', () => {
  it('names a key or furniture line that is not in the text', () => {
    const wrong = article({ claims: [{ id: 'x1-c1', group: 'buses', key: ['41 buses'] }], boilerplate: ['Sport | Weather'] });
    expect(labelProblems([wrong])).toEqual(['x1-c1: key "41 buses" not in the text', 'x1: furniture "Sport | Weather" not in the text']);
  });

  it('names duplicate ids and claim ids not prefixed by their article', () => {
    const stray = article({ claims: [{ id: 'y-c1', group: 'buses', key: ['40 buses'] }] });
    expect(labelProblems([article(), article({ claims: [] })])).toEqual(['x1: duplicate article id']);
    expect(labelProblems([stray])).toEqual(['y-c1: claim id does not start with x1-']);
  });
});

describe('visibleText', () => {
  it('drops tags, scripts and styles and decodes entities of an HTML page', () => {
    const page = article({ format: 'html', text: '<script>var a = "<p>";</script><style>p{}</style><p>L&rsquo;&eacute;t&#233; &amp; 4&nbsp;000&#x20AC;</p>' });
    expect(visibleText(page).trim()).toBe('L\u2019&eacute;té & 4 000€');
  });
});

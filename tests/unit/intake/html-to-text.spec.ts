import { describe, expect, it } from '@jest/globals';
import { analyseArticle } from '../../../src/intake/analysis/analyse-article.js';
import { limitNesting, looksLikeHtml } from '../../../src/intake/analysis/html-to-text.js';

const page = (body: string) => `<!doctype html><html><head><title>Desk test</title><style>p { color: red }</style></head><body>${body}</body></html>`;

describe('HTML reduction', () => {
  it('keeps the paragraphs of the story and removes code, styles, forms and navigation, saying why', () => {
    const html = page(`
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Council closes two schools</h1>
        <p>The city council voted on Tuesday to close two schools in the northern district.</p>
        <script>window.track("visit <p>not text</p>")</script>
        <p>Officials said 1,200 pupils would move to a new building.</p>
        <form><label>Your comment</label><textarea>type here</textarea><button>Post</button></form>
      </article>`);
    const result = analyseArticle({ text: html, format: 'html' });
    expect(result.text).toBe(
      'Council closes two schools\n\nThe city council voted on Tuesday to close two schools in the northern district.\n\nOfficials said 1,200 pupils would move to a new building.',
    );
    const reasons = result.dropped.map((d) => d.reason);
    expect(reasons).toEqual(['markup', 'navigation', 'markup', 'comments']);
    expect(result.dropped[1].detail).toMatch(/nav/);
    expect(result.text).not.toMatch(/track|color|type here|Post/);
  });

  it('decodes entities and keeps nested inline markup as plain words', () => {
    const result = analyseArticle({ text: '<p>Prices rose &gt; 4&nbsp;% in <b>the <i>north</i></b> &amp; the south &#8212; says &quot;the bank&quot;.</p>', format: 'html' });
    expect(result.text).toBe('Prices rose > 4 % in the north & the south — says "the bank".');
  });

  it('survives malformed HTML: unclosed tags, stray closers and a comment', () => {
    const result = analyseArticle({ text: '<div><p>First paragraph of the report.<p>Second one, <b>unclosed.</div></span><!-- hidden note --><p>Third.', format: 'html' });
    expect(result.text.split('\n\n')).toEqual(['First paragraph of the report.', 'Second one, unclosed.', 'Third.']);
    expect(result.text).not.toContain('hidden note');
  });

  it('drops hidden elements and share or comment boxes marked by their class, but keeps a long story inside a hinted box', () => {
    const story = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of the story reports that the harbour authority counted ${i + 10} ships in the port this week and expects more traffic soon.</p>`).join('');
    const html = `<div class="share-bar">Share Tweet Email</div><p hidden>Invisible text here.</p><div class="post-comments">${story}</div><section class="comments"><p>Great piece, I think.</p></section>`;
    const result = analyseArticle({ text: html, format: 'html' });
    expect(result.dropped.map((d) => d.reason)).toEqual(['share', 'markup', 'comments']);
    expect(result.text).toContain('Paragraph 8 of the story');
    expect(result.text).not.toContain('Invisible');
  });

  it('keeps the headline in an article header but drops the site header', () => {
    const html = '<header><a href="/">Daily Example</a> Menu</header><main><article><header><h1>Bridge reopens after repairs</h1></header><p>The bridge reopened on Monday after six months of repairs, the city said.</p></article></main>';
    const result = analyseArticle({ text: html, format: 'html' });
    expect(result.text.startsWith('Bridge reopens after repairs\n\n')).toBe(true);
    expect(result.dropped[0]).toMatchObject({ reason: 'navigation', text: 'Daily Example Menu' });
  });

  it('sniffs HTML under format auto and treats angle brackets in prose as text', () => {
    expect(looksLikeHtml('<p>Hello</p>')).toBe(true);
    expect(looksLikeHtml('<!DOCTYPE html><title>x</title>')).toBe(true);
    expect(looksLikeHtml('Turnout was < 40% and > 30% in the poll, said the <unknown> source.')).toBe(false);
    const text = 'Turnout was < 40% and > 30% in the poll.';
    expect(analyseArticle({ text }).text).toBe(text);
    expect(analyseArticle({ text: '<p>One.</p><p>Two.</p>' }).text).toBe('One.\n\nTwo.');
  });

  it('removes control characters and NUL, normalises whitespace and keeps mixed scripts', () => {
    const result = analyseArticle({ text: 'Moscow\u0000 (Москва)\u0007 and\u00A0\u00A0Cairo (القاهرة)\tsigned\r\nthe deal.\u200B', format: 'text' });
    expect(result.text).toBe('Moscow (Москва) and Cairo (القاهرة) signed the deal.');
  });

  it('leaves ordinary nesting alone and flattens only what is nested past the limit, keeping the text', () => {
    const page = '<div><section><p>One <b>two</b></p><ul><li>three<li>four</ul></section></div>';
    expect(limitNesting(page, 5)).toBe(page);
    const deep = `${'<div>'.repeat(8)}text${'</div>'.repeat(8)}`;
    const flat = limitNesting(deep, 5);
    expect(flat.match(/<div>/g)).toHaveLength(5);
    expect(flat.match(/<\/div>/g)).toHaveLength(5);
    expect(analyseArticle({ text: flat, format: 'html' }).text).toBe('text');
  });
});

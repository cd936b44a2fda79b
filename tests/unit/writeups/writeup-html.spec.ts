import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { PmNode } from '../../../src/writeups/writeup-content.js';
import { renderHtml, safeHref } from '../../../src/writeups/writeup-html.js';

const doc = (...content: PmNode[]): PmNode => ({ type: 'doc', content });
const text = (value: string, marks?: PmNode['marks']): PmNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });

describe('write-up HTML', () => {
  it('renders the StarterKit vocabulary', () => {
    const html = renderHtml(
      doc(
        { type: 'heading', attrs: { level: 3 }, content: [text('Verdict')] },
        { type: 'paragraph', content: [text('Mostly '), text('false', [{ type: 'bold' }, { type: 'italic' }]), { type: 'hardBreak' }, text('x', [{ type: 'code' }])] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('a')] }] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('b', [{ type: 'strike' }])] }] }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [text('q', [{ type: 'underline' }])] }] },
        { type: 'codeBlock', attrs: { language: 'js' }, content: [text('a < b')] },
        { type: 'horizontalRule' },
      ),
    );
    expect(html).toBe(
      '<h3>Verdict</h3><p>Mostly <strong><em>false</em></strong><br><code>x</code></p><ol start="3"><li><p>a</p></li></ol>' +
        '<ul><li><p><s>b</s></p></li></ul><blockquote><p><u>q</u></p></blockquote><pre><code class="language-js">a &lt; b</code></pre><hr>',
    );
  });

  it('keeps http(s) links only, with rel attributes, and escapes their targets', () => {
    const link = (href: string) => renderHtml(doc({ type: 'paragraph', content: [text('src', [{ type: 'link', attrs: { href } }])] }));
    expect(link('https://example.org/a?b=1&c="2"')).toBe('<p><a href="https://example.org/a?b=1&amp;c=%222%22" rel="noopener noreferrer nofollow">src</a></p>');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>', '/relative', 'https://user:pw@example.org/', 'vbscript:x']) {
      expect(link(bad)).toBe('<p>src</p>');
    }
    expect(safeHref(' http://example.org ')).toBe('http://example.org/');
  });

  it('escapes text and drops unknown nodes, marks and attributes but keeps their text', () => {
    const html = renderHtml(
      doc(
        { type: 'script', content: [text('<script>alert(1)</script>')] },
        { type: 'paragraph', attrs: { onclick: 'x' }, content: [text('"quoted" & \'single\'', [{ type: 'evil', attrs: { style: 'x' } }])] },
        { type: 'heading', attrs: { level: '1 onmouseover=x' }, content: [text('h')] },
        { type: 'codeBlock', attrs: { language: '"><script>' }, content: [text('c')] },
      ),
    );
    expect(html).toBe('&lt;script&gt;alert(1)&lt;/script&gt;<p>&quot;quoted&quot; &amp; &#39;single&#39;</p><h2>h</h2><pre><code>c</code></pre>');
  });

  it('never emits a tag outside the whitelist, whatever the JSON', () => {
    const allowed = /^(p|h[1-6]|ul|ol|li|blockquote|pre|code|hr|br|strong|em|u|s|a)$/;
    const node: fc.Arbitrary<PmNode> = fc.letrec<{ node: PmNode }>((tie) => ({
      node: fc.record(
        {
          type: fc.constantFrom('doc', 'paragraph', 'heading', 'text', 'link', 'img', 'script', 'codeBlock', 'orderedList', 'listItem'),
          text: fc.string(),
          attrs: fc.dictionary(fc.constantFrom('level', 'start', 'language', 'href', 'src', 'onerror'), fc.oneof(fc.string(), fc.integer())),
          marks: fc.array(fc.record({ type: fc.constantFrom('bold', 'link', 'evil'), attrs: fc.record({ href: fc.string() }) }), { maxLength: 2 }),
          content: fc.array(tie('node'), { maxLength: 3 }),
        },
        { requiredKeys: ['type'] },
      ),
    })).node;
    fc.assert(
      fc.property(node, (root) => {
        const html = renderHtml(root);
        const tags = [...html.matchAll(/<\/?([a-zA-Z0-9]+)/g)].map((m) => m[1]!);
        return tags.every((tag) => allowed.test(tag)) && !/<a [^>]*href="(?!https?:)/.test(html);
      }),
      { numRuns: 500 },
    );
  });
});

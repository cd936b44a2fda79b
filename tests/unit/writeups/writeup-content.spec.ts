import { describe, expect, it } from '@jest/globals';
import * as Y from 'yjs';
import { canonicalText, extractContent, measureContent, type PmNode, READ_BOUNDS } from '../../../src/writeups/writeup-content.js';
import { mayWrite, presenceColour } from '../../../src/writeups/writeup-access.js';

function paragraph(...children: (Y.XmlText | Y.XmlElement)[]): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, children);
  return element;
}

describe('write-up extraction', () => {
  it('reads ProseMirror JSON with node attributes and sorted marks', () => {
    const doc = new Y.Doc();
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', 2 as unknown as string);
    heading.insert(0, [new Y.XmlText('Verdict')]);
    const text = new Y.XmlText();
    const body = paragraph(text);
    const list = new Y.XmlElement('bulletList');
    const item = new Y.XmlElement('listItem');
    item.insert(0, [paragraph(new Y.XmlText('first source'))]);
    list.insert(0, [item]);
    doc.getXmlFragment('default').push([heading, body, list]);
    text.insert(0, 'Mostly ');
    text.insert(7, 'false', { italic: {}, bold: {} });
    text.insert(12, ' (see ', {});
    text.insert(18, 'report', { link: { href: 'https://example.org/r', target: null } });

    const { json, text: plain } = extractContent(doc);
    expect(json).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Verdict' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Mostly ' },
            { type: 'text', text: 'false', marks: [{ type: 'bold' }, { type: 'italic' }] },
            { type: 'text', text: ' (see ' },
            { type: 'text', text: 'report', marks: [{ type: 'link', attrs: { href: 'https://example.org/r', target: null } }] },
          ],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'first source' }] }] }] },
      ],
    });
    expect(plain).toBe('Verdict\nMostly false (see report\nfirst source');
  });

  it('gives the same text however the content was typed', () => {
    const typedAtOnce = new Y.Doc();
    typedAtOnce.getXmlFragment('default').push([paragraph(new Y.XmlText('abc'))]);
    const typedPiecewise = new Y.Doc();
    const text = new Y.XmlText();
    typedPiecewise.getXmlFragment('default').push([paragraph(text)]);
    text.insert(0, 'c');
    text.insert(0, 'a');
    text.insert(1, 'xb');
    text.delete(1, 1);
    expect(extractContent(typedPiecewise)).toEqual(extractContent(typedAtOnce));
  });

  it('writes canonical text: blocks on lines, hard breaks as newlines, empty blocks kept inside, trimmed ends', () => {
    const doc: PmNode = {
      type: 'doc',
      content: [
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: 'one' }, { type: 'hardBreak' }, { type: 'text', text: 'two' }] },
        { type: 'paragraph' },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'quoted', marks: [{ type: 'bold' }] }] }] },
        { type: 'horizontalRule' },
        { type: 'codeBlock', content: [{ type: 'text', text: 'x = 1' }] },
        { type: 'paragraph' },
      ],
    };
    expect(canonicalText(doc)).toBe('one\ntwo\n\nquoted\nx = 1');
    expect(canonicalText({ type: 'doc' })).toBe('');
  });
});

describe('live write access', () => {
  it('lets writers write only in editable states, researchers only when assigned', () => {
    expect(mayWrite({ role: 'reviewer', assigned: false, status: 'drafting' })).toBe(true);
    expect(mayWrite({ role: 'researcher', assigned: false, status: 'drafting' })).toBe(false);
    expect(mayWrite({ role: 'researcher', assigned: true, status: 'researching' })).toBe(true);
    expect(mayWrite({ role: 'editor', assigned: false, status: 'in_review' })).toBe(true);
    expect(mayWrite({ role: 'viewer', assigned: true, status: 'drafting' })).toBe(false);
    for (const status of ['new', 'assigned', 'approved', 'published', 'rejected', 'retracted'] as const) {
      expect(mayWrite({ role: 'admin', assigned: true, status })).toBe(false);
    }
  });

  it('gives each user a stable colour', () => {
    const id = '0b6f3c52-9f1e-4c8a-a7d2-5e4b1c2d3e4f';
    expect(presenceColour(id)).toBe(presenceColour(id));
    expect(presenceColour(id)).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('reading a write-up stored before updates were checked', () => {
  function deepDoc(levels: number): Y.Doc {
    const doc = new Y.Doc();
    doc.transact(() => {
      let parent: Y.XmlFragment = doc.getXmlFragment('default');
      for (let i = 0; i < levels; i += 1) {
        const element = new Y.XmlElement('blockquote');
        parent.insert(0, [element]);
        parent = element;
      }
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('at the bottom')]);
      parent.insert(0, [paragraph]);
    });
    return doc;
  }

  it('reads thousands of levels without overflowing the stack, cut at the bound and flagged', () => {
    const doc = deepDoc(6_000);
    const started = performance.now();
    const content = extractContent(doc);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(content.truncated).toBe(true);
    let depth = 0;
    for (let node: PmNode | undefined = content.json.content?.[0]; node; node = node.content?.[0]) depth += 1;
    expect(depth).toBe(READ_BOUNDS.maxDepth);
    expect(content.text).toBe('');
    expect(JSON.stringify(content.json).length).toBeLessThan(5_000);
    expect(measureContent(doc)).toEqual({ nodes: 6_002, chars: 'at the bottom'.length, depth: 6_002 });
  });

  it('flags nothing for a document within the bounds, and stops after the node bound', () => {
    const shallow = deepDoc(10);
    expect(extractContent(shallow)).toEqual({ json: expect.any(Object), text: 'at the bottom' });
    const wide = new Y.Doc();
    wide.getXmlFragment('default').push(Array.from({ length: 50 }, () => new Y.XmlElement('horizontalRule')));
    const cut = extractContent(wide, { maxDepth: 10, maxNodes: 20 });
    expect(cut.truncated).toBe(true);
    expect(cut.json.content).toHaveLength(20);
  });

  it('writes canonical text of deeply nested JSON with a loop', () => {
    let node: PmNode = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] };
    for (let i = 0; i < 50_000; i += 1) node = { type: 'blockquote', content: [node] };
    expect(canonicalText({ type: 'doc', content: [node, { type: 'paragraph', content: [{ type: 'text', text: 'next' }] }] })).toBe('deep\nnext');
  });
});

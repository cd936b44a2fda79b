import { describe, expect, it } from '@jest/globals';
import * as Y from 'yjs';
import { extractContent, type PmNode } from '../../../src/writeups/writeup-content.js';
import { buildContent, restoreUpdates } from '../../../src/writeups/writeup-restore.js';
import { WRITEUP_LIMITS } from '../../../src/writeups/writeup-schema.js';

function deepDoc(levels: number): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    let parent: Y.XmlFragment = doc.getXmlFragment('default');
    for (let i = 0; i < levels; i += 1) {
      const element = new Y.XmlElement('blockquote');
      parent.insert(0, [element]);
      parent = element;
    }
  });
  return doc;
}

const copy = (doc: Y.Doc) => {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  return other;
};

const target: PmNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Verdict' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Mostly ' },
        { type: 'text', text: 'false', marks: [{ type: 'bold' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'see', marks: [{ type: 'link', attrs: { href: 'https://example.org/r', target: null } }] },
      ],
    },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a source' }] }] }] },
  ],
};

describe('restoring a write-up', () => {
  it('replaces the content with a kept version, exactly as extraction reads it back', () => {
    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('to be replaced')]);
    doc.getXmlFragment('default').push([paragraph]);
    const live = copy(doc);
    const updates = restoreUpdates(doc, target, WRITEUP_LIMITS);
    expect(updates).toHaveLength(1); // a shallow write-up is replaced in one step
    for (const update of updates) Y.applyUpdate(live, update);
    expect(extractContent(live).json).toEqual(target);
    expect(extractContent(live).text).toBe('Verdict\nMostly false\nsee\na source');
  });

  it('clears a write-up too deep for one update in slices that each apply on their own', () => {
    const levels = 5_000;
    const broken = deepDoc(levels);
    // (One update deleting it all recurses through all 5,000 levels wherever it is applied, and overflows the stack.)
    const updates = restoreUpdates(copy(broken), null, WRITEUP_LIMITS);
    expect(updates.length).toBe(levels / 100);
    // Applied one transaction each, as the live document and every load do.
    const live = copy(broken);
    for (const update of updates) Y.applyUpdate(live, update);
    expect(live.getXmlFragment('default').length).toBe(0);
    expect(extractContent(live)).toEqual({ json: { type: 'doc' }, text: '' });
    // Garbage-collected: what remains encodes small.
    expect(Y.encodeStateAsUpdate(live).byteLength).toBeLessThan(Y.encodeStateAsUpdate(broken).byteLength / 10);
  });

  it('leaves out of a kept version what the schema does not allow, and what lies past the limits', () => {
    const hostile: PmNode = {
      type: 'doc',
      content: [
        { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
        { type: 'paragraph', attrs: { onclick: 'x' }, content: [{ type: 'text', text: 'kept', marks: [{ type: 'evil' }, { type: 'italic' }] }] },
        { type: 'codeBlock', content: [{ type: 'text', text: 'code', marks: [{ type: 'bold' }] }] },
        { type: 'heading', attrs: { level: 9 } },
      ],
    };
    const doc = new Y.Doc();
    doc.getXmlFragment('default').push(buildContent(hostile, WRITEUP_LIMITS));
    expect(extractContent(doc).json).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'kept', marks: [{ type: 'italic' }] }] },
        { type: 'codeBlock', content: [{ type: 'text', text: 'code' }] },
        { type: 'heading' },
      ],
    });
    let deep: PmNode = { type: 'paragraph', content: [{ type: 'text', text: 'bottom' }] };
    for (let i = 0; i < 3_000; i += 1) deep = { type: 'blockquote', content: [deep] };
    const cut = new Y.Doc();
    cut.getXmlFragment('default').push(buildContent({ type: 'doc', content: [deep] }, WRITEUP_LIMITS));
    const read = extractContent(cut);
    expect(read.truncated).toBeUndefined();
    expect(JSON.stringify(read.json).split('blockquote').length - 1).toBe(WRITEUP_LIMITS.maxDepth);
  });
});

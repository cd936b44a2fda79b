import { describe, expect, it } from '@jest/globals';
import * as Y from 'yjs';
import { checkUpdate, ContentRefusal } from '../../../src/writeups/update-check.js';
import { WRITEUP_LIMITS } from '../../../src/writeups/writeup-schema.js';

const LIMITS = WRITEUP_LIMITS;

/** A document with one paragraph, as the server holds it. */
function baseDoc(): Y.Doc {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Hello')]);
  doc.getXmlFragment('default').insert(0, [paragraph]);
  return doc;
}

/** The update a client makes on its copy of `base` with `edit`. */
function edit(base: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(base));
  client.transact(() => change(client));
  return Y.encodeStateAsUpdate(client, Y.encodeStateVector(base));
}

const root = (doc: Y.Doc) => doc.getXmlFragment('default');
const firstText = (doc: Y.Doc) => (root(doc).get(0) as Y.XmlElement).get(0) as Y.XmlText;

function refusal(doc: Y.Doc, update: Uint8Array): ContentRefusal | undefined {
  try {
    checkUpdate(doc, update, LIMITS);
    return undefined;
  } catch (error) {
    if (error instanceof ContentRefusal) return error;
    throw error;
  }
}

function nested(name: string, depth: number, leaf?: Y.XmlElement): Y.XmlElement {
  let inner = leaf ?? new Y.XmlElement('paragraph');
  for (let i = 0; i < depth; i += 1) {
    const outer = new Y.XmlElement(name);
    outer.insert(0, [inner]);
    inner = outer;
  }
  return inner;
}

describe('checking live updates against the write-up schema', () => {
  it('accepts what the editor writes: typing, marks, new blocks, lists, headings, links, deletes', () => {
    const base = baseDoc();
    expect(checkUpdate(base, edit(base, (d) => firstText(d).insert(5, ' world')), LIMITS)).toEqual({ nodes: 0, chars: 6 });
    expect(checkUpdate(base, edit(base, (d) => firstText(d).format(0, 5, { bold: {}, link: { href: 'https://example.org', target: '_blank', rel: null, class: null, title: null } })), LIMITS)).toEqual({ nodes: 0, chars: 0 });
    const blocks = edit(base, (d) => {
      const heading = new Y.XmlElement('heading');
      heading.setAttribute('level', 2 as unknown as string);
      heading.insert(0, [new Y.XmlText('Verdict')]);
      const list = new Y.XmlElement('orderedList');
      list.setAttribute('start', 3 as unknown as string);
      const item = new Y.XmlElement('listItem');
      const line = new Y.XmlElement('paragraph');
      line.insert(0, [new Y.XmlText('one'), new Y.XmlElement('hardBreak'), new Y.XmlText('two')]);
      item.insert(0, [line, nested('blockquote', 5)]);
      list.insert(0, [item]);
      const code = new Y.XmlElement('codeBlock');
      code.setAttribute('language', 'ts');
      code.insert(0, [new Y.XmlText('x = 1')]);
      root(d).push([heading, list, code, new Y.XmlElement('horizontalRule')]);
    });
    expect(checkUpdate(base, blocks, LIMITS).nodes).toBe(17);
    expect(checkUpdate(base, edit(base, (d) => root(d).delete(0, 1)), LIMITS)).toEqual({ nodes: 0, chars: 0 });
  });

  it('refuses nesting past the limit quickly, however the nesting is encoded', () => {
    const base = baseDoc();
    const started = performance.now();
    const deep = edit(base, (d) => {
      let parent: Y.XmlFragment = root(d);
      for (let i = 0; i < 5_000; i += 1) {
        const element = new Y.XmlElement('blockquote');
        parent.insert(0, [element]);
        parent = element;
      }
    });
    expect(refusal(base, deep)?.kind).toBe('limit');
    // Each level's nested quote after a sibling paragraph: the parent is known only through the left neighbour.
    const throughNeighbours = edit(base, (d) => {
      let parent: Y.XmlFragment = root(d);
      for (let i = 0; i < 200; i += 1) {
        const element = new Y.XmlElement('blockquote');
        parent.push([element]);
        element.insert(0, [new Y.XmlElement('paragraph')]);
        parent = element;
      }
    });
    expect(refusal(base, throughNeighbours)?.kind).toBe('limit');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(refusal(base, edit(base, (d) => root(d).push([nested('blockquote', LIMITS.maxDepth - 2)])))).toBeUndefined();
    expect(refusal(base, edit(base, (d) => root(d).push([nested('blockquote', LIMITS.maxDepth)])))?.kind).toBe('limit');
  });

  it('counts depth from where an insert lands in the document', () => {
    const base = new Y.Doc();
    root(base).push([nested('blockquote', LIMITS.maxDepth - 2)]);
    // The innermost paragraph sits at the limit minus one: text fits in it, two more levels beside it do not.
    const innermost = (d: Y.Doc) => {
      let type = root(d).get(0) as Y.XmlElement;
      while (type.nodeName === 'blockquote') type = type.get(0) as Y.XmlElement;
      return type;
    };
    expect(refusal(base, edit(base, (d) => innermost(d).insert(0, [new Y.XmlText('deep')])))).toBeUndefined();
    expect(refusal(base, edit(base, (d) => (innermost(d).parent as Y.XmlElement).push([nested('blockquote', 1)])))).toBeUndefined();
    expect(refusal(base, edit(base, (d) => (innermost(d).parent as Y.XmlElement).push([nested('blockquote', 2)])))?.kind).toBe('limit');
  });

  it('refuses unknown nodes, misplaced nodes, other roots and types', () => {
    const base = baseDoc();
    const cases: ((d: Y.Doc) => void)[] = [
      (d) => root(d).push([new Y.XmlElement('script')]),
      (d) => root(d).push([new Y.XmlText('text directly in the document')]),
      (d) => root(d).push([new Y.XmlElement('listItem')]),
      (d) => root(d).push([new Y.XmlElement('hardBreak')]),
      (d) => (root(d).get(0) as Y.XmlElement).push([new Y.XmlElement('paragraph')]),
      (d) => (root(d).get(0) as Y.XmlElement).push([new Y.XmlElement('img')]),
      (d) => {
        const rule = new Y.XmlElement('horizontalRule');
        rule.insert(0, [new Y.XmlText('inside a rule')]);
        root(d).push([rule]);
      },
      (d) => {
        const code = new Y.XmlElement('codeBlock');
        code.insert(0, [new Y.XmlElement('hardBreak')]);
        root(d).push([code]);
      },
      (d) => d.getMap('other').set('x', 1),
      (d) => d.getText('notes').insert(0, 'side channel'),
      (d) => (root(d).get(0) as Y.XmlElement).push([new Y.XmlHook('hook') as unknown as Y.XmlElement]),
      (d) => firstText(d).insertEmbed(0, { image: 'x' }),
    ];
    for (const change of cases) expect(refusal(base, edit(base, change))?.kind).toBe('schema');
  });

  it('refuses attributes and marks the editor does not have, and odd values', () => {
    const base = baseDoc();
    const heading = (level: unknown) => (d: Y.Doc) => {
      const h = new Y.XmlElement('heading');
      h.setAttribute('level', level as string);
      root(d).push([h]);
    };
    const cases: ((d: Y.Doc) => void)[] = [
      heading(7),
      heading('2'),
      heading(2.5),
      heading({ level: 2 }),
      (d) => (root(d).get(0) as Y.XmlElement).setAttribute('onclick', 'alert(1)'),
      (d) => (root(d).get(0) as Y.XmlElement).setAttribute('style', 'x'),
      (d) => firstText(d).format(0, 2, { evil: {} }),
      (d) => firstText(d).format(0, 2, { bold: { weight: 900 } }),
      (d) => firstText(d).format(0, 2, { link: { href: { nested: true } } }),
      (d) => firstText(d).format(0, 2, { link: { href: 'x'.repeat(5_000) } }),
      (d) => firstText(d).format(0, 2, { bold: 'yes' }),
      (d) => {
        const code = new Y.XmlElement('codeBlock');
        const text = new Y.XmlText();
        code.insert(0, [text]);
        root(d).push([code]);
        text.insert(0, 'bold code', { bold: {} });
      },
    ];
    for (const change of cases) expect(refusal(base, edit(base, change))?.kind).toBe('schema');
    expect(refusal(base, edit(base, heading(3)))).toBeUndefined();
    expect(refusal(base, edit(base, (d) => firstText(d).format(0, 2, { bold: null })))).toBeUndefined();
  });

  it('checks what it can of an update whose neighbours are missing, and refuses elements with an unknown place', () => {
    const base = baseDoc();
    const ahead = new Y.Doc();
    Y.applyUpdate(ahead, Y.encodeStateAsUpdate(base));
    ahead.transact(() => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('new')]);
      root(ahead).push([paragraph]);
    });
    const missing = Y.encodeStateVector(ahead);
    const second = (d: Y.Doc) => root(d).get(1) as Y.XmlElement;
    const typed = edit(ahead, (d) => (second(d).get(0) as Y.XmlText).insert(3, '!'));
    const withParagraph = edit(ahead, (d) => second(d).push([new Y.XmlElement('hardBreak')]));
    expect(missing.length).toBeGreaterThan(0);
    // `base` lacks the second paragraph: both updates refer to it.
    expect(checkUpdate(base, typed, LIMITS)).toEqual({ nodes: 0, chars: 1 });
    expect(refusal(base, withParagraph)?.kind).toBe('schema');
  });
});

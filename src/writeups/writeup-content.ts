import * as Y from 'yjs';

/** The Yjs field the editor binds to (TipTap's Collaboration extension default). */
export const WRITEUP_FIELD = 'default';

/** ProseMirror JSON, as TipTap's `editor.getJSON()` produces it. */
export interface PmMark {
  type: string;
  attrs?: Record<string, unknown>;
}
export interface PmNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  marks?: PmMark[];
  text?: string;
}

export interface WriteupContent {
  json: PmNode;
  text: string;
}

/** Reads the write-up of a document as ProseMirror JSON and canonical plain text. */
export function extractContent(doc: Y.Doc): WriteupContent {
  const json = fragmentToJson(doc.getXmlFragment(WRITEUP_FIELD));
  return { json, text: canonicalText(json) };
}

export function fragmentToJson(fragment: Y.XmlFragment): PmNode {
  return { type: 'doc', content: childrenToJson(fragment) };
}

function childrenToJson(parent: Y.XmlFragment | Y.XmlElement): PmNode[] {
  const nodes: PmNode[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlElement) nodes.push(elementToJson(child));
    else if (child instanceof Y.XmlText) nodes.push(...textToJson(child));
  }
  return nodes;
}

function elementToJson(element: Y.XmlElement): PmNode {
  const node: PmNode = { type: element.nodeName };
  const attrs = sortedDefined(element.getAttributes() as Record<string, unknown>);
  if (attrs) node.attrs = attrs;
  const content = childrenToJson(element);
  if (content.length > 0) node.content = content;
  return node;
}

interface DeltaOp {
  insert?: unknown;
  attributes?: Record<string, unknown>;
}

function textToJson(text: Y.XmlText): PmNode[] {
  const nodes: PmNode[] = [];
  for (const op of text.toDelta() as DeltaOp[]) {
    if (typeof op.insert !== 'string' || op.insert === '') continue;
    const node: PmNode = { type: 'text', text: op.insert };
    const marks = Object.entries(op.attributes ?? {})
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([type, value]): PmMark => {
        const attrs = value !== null && typeof value === 'object' ? sortedDefined(value as Record<string, unknown>) : undefined;
        return attrs ? { type, attrs } : { type };
      });
    if (marks.length > 0) node.marks = marks;
    nodes.push(node);
  }
  return nodes;
}

/** Attributes with keys sorted and undefined values dropped, so equal content serialises equally. */
function sortedDefined(record: Record<string, unknown>): Record<string, unknown> | undefined {
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  if (keys.length === 0) return undefined;
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
}

/**
 * The write-up's canonical plain text: each text block (paragraph, heading,
 * code block) on its own line, empty blocks as empty lines, hard breaks as
 * newlines, no markup, no leading or trailing blank lines. Content hashes and
 * search read this, so it depends only on what the document shows, never on
 * how it was edited.
 */
export function canonicalText(doc: PmNode): string {
  const lines: string[] = [];
  const walk = (node: PmNode) => {
    const children = node.content ?? [];
    if (node.type !== 'doc' && children.length > 0 && children.every(isInline)) {
      lines.push(inlineText(children));
      return;
    }
    if (TEXT_BLOCKS.has(node.type)) {
      lines.push(inlineText(children));
      return;
    }
    for (const child of children) {
      if (isInline(child)) lines.push(inlineText([child]));
      else walk(child);
    }
  };
  walk(doc);
  return lines.join('\n').replace(/^\n+/, '').replace(/\n+$/, '');
}

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'codeBlock']);

function inlineText(nodes: PmNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? '\n' : '')).join('');
}

function isInline(node: PmNode): boolean {
  return node.type === 'text' || node.type === 'hardBreak';
}

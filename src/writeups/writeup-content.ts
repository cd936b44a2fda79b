import * as Y from 'yjs';
import { WRITEUP_LIMITS } from './writeup-schema.js';

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
  /** The document is deeper or larger than the desk reads: the JSON and text stop at the bound. */
  truncated?: true;
}

/** Bounds of a read: nodes deeper than `maxDepth` are left out, and nodes after the first `maxNodes`. */
export interface ReadBounds {
  maxDepth: number;
  maxNodes: number;
}

/** Reads a little past what a write may produce, so no document written within the limits is ever cut. */
export const READ_BOUNDS: ReadBounds = { maxDepth: WRITEUP_LIMITS.maxDepth, maxNodes: WRITEUP_LIMITS.maxNodes * 2 };

/** Reads the write-up of a document as ProseMirror JSON and canonical plain text. */
export function extractContent(doc: Y.Doc, bounds: ReadBounds = READ_BOUNDS): WriteupContent {
  const { json, truncated } = fragmentToJson(doc.getXmlFragment(WRITEUP_FIELD), bounds);
  return truncated ? { json, text: canonicalText(json), truncated: true } : { json, text: canonicalText(json) };
}

/**
 * The fragment as ProseMirror JSON. A loop with its own stack rather than
 * recursion: a document stored before updates were checked may nest
 * thousands of levels deep, and must still read (cut at the bound) instead
 * of overflowing the call stack.
 */
export function fragmentToJson(fragment: Y.XmlFragment, bounds: ReadBounds = READ_BOUNDS): { json: PmNode; truncated: boolean } {
  const json: PmNode = { type: 'doc' };
  const stack: { type: Y.XmlFragment; node: PmNode; depth: number }[] = [{ type: fragment, node: json, depth: 0 }];
  let nodes = 0;
  let truncated = false;
  while (stack.length > 0) {
    const { type, node, depth } = stack.pop()!;
    const content: PmNode[] = [];
    for (const child of type.toArray()) {
      if (!(child instanceof Y.XmlElement || child instanceof Y.XmlText)) continue;
      if (depth + 1 > bounds.maxDepth || nodes >= bounds.maxNodes) {
        truncated = true;
        break;
      }
      nodes += 1;
      if (child instanceof Y.XmlElement) {
        const element: PmNode = { type: child.nodeName };
        const attrs = sortedDefined(child.getAttributes() as Record<string, unknown>);
        if (attrs) element.attrs = attrs;
        content.push(element);
        stack.push({ type: child, node: element, depth: depth + 1 });
      } else {
        for (const text of textToJson(child)) content.push(text);
      }
    }
    if (content.length > 0) node.content = content;
  }
  return { json, truncated };
}

/** Size and depth of a document's write-up, measured with a loop (see fragmentToJson). */
export function measureContent(doc: Y.Doc): { nodes: number; chars: number; depth: number } {
  let nodes = 0;
  let chars = 0;
  let deepest = 0;
  const stack: { type: Y.XmlFragment; depth: number }[] = [{ type: doc.getXmlFragment(WRITEUP_FIELD), depth: 0 }];
  while (stack.length > 0) {
    const { type, depth } = stack.pop()!;
    for (const child of type.toArray()) {
      nodes += 1;
      if (depth + 1 > deepest) deepest = depth + 1;
      if (child instanceof Y.XmlElement) stack.push({ type: child, depth: depth + 1 });
      else if (child instanceof Y.XmlText) chars += child.length;
    }
  }
  return { nodes, chars, depth: deepest };
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
  // A loop over an explicit stack of child lists: no recursion, whatever the nesting.
  const stack: { children: PmNode[]; next: number }[] = [];
  const visit = (node: PmNode) => {
    const children = Array.isArray(node.content) ? node.content : [];
    if ((node.type !== 'doc' && children.length > 0 && children.every(isInline)) || TEXT_BLOCKS.has(node.type)) lines.push(inlineText(children));
    else stack.push({ children, next: 0 });
  };
  visit(doc);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.children.length) {
      stack.pop();
      continue;
    }
    const child = frame.children[frame.next++]!;
    if (isInline(child)) lines.push(inlineText([child]));
    else visit(child);
  }
  return lines.join('\n').replace(/^\n+/, '').replace(/\n+$/, '');
}

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'codeBlock']);

function inlineText(nodes: PmNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? '\n' : '')).join('');
}

function isInline(node: PmNode): boolean {
  return node.type === 'text' || node.type === 'hardBreak';
}

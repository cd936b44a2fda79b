import * as Y from 'yjs';
import { type PmNode, WRITEUP_FIELD } from './writeup-content.js';
import { attributeAllowed, childAllowed, markAllowed, marksAllowedIn, ROOT, type WriteupLimits } from './writeup-schema.js';

/**
 * Levels cleared per update when a write-up is cleared. Yjs deletes and
 * garbage-collects a subtree by recursion through it (two stack frames a
 * level); a write-up stored before updates were checked may nest thousands of
 * levels, which no single update could clear. Clearing it bottom-up, this many
 * levels per update (each applied as its own transaction everywhere), keeps
 * every recursion shallow.
 */
export const CLEAR_SLICE_DEPTH = 100;

/**
 * The Yjs updates that turn the write-up in `doc` (a scratch copy of the live
 * document, changed in place) into `target`: the current content is deleted
 * (in slices of bounded depth when it is deep) and the target's content is
 * inserted, sanitised to the write-up schema and cut at the limits. Returns
 * the updates in the order they must be applied; the last one holds the new
 * content, so a client sees the old content replaced in one step.
 */
export function restoreUpdates(doc: Y.Doc, target: PmNode | null, limits: WriteupLimits, sliceDepth = CLEAR_SLICE_DEPTH): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on('update', collect);
  try {
    const fragment = doc.getXmlFragment(WRITEUP_FIELD);
    const levels = typesByDepth(fragment);
    // Deepest slices first: when a slice's top level is deleted, everything below the slice is gone already.
    for (let top = Math.floor((levels.length - 1) / sliceDepth) * sliceDepth + 1; top > 1; top -= sliceDepth) {
      const tops = levels[top - 1] ?? [];
      doc.transact((transaction) => {
        for (const type of tops) if (type._item && !type._item.deleted) type._item.delete(transaction);
      });
    }
    const content = target ? buildContent(target, limits) : [];
    doc.transact(() => {
      if (fragment.length > 0) fragment.delete(0, fragment.length);
      if (content.length > 0) fragment.insert(0, content);
    });
  } finally {
    doc.off('update', collect);
  }
  return updates;
}

/** Every element and text run of the fragment, grouped by depth (index 0 = depth 1), found with a loop. */
function typesByDepth(fragment: Y.XmlFragment): (Y.XmlElement | Y.XmlText)[][] {
  const levels: (Y.XmlElement | Y.XmlText)[][] = [];
  const stack: { type: Y.XmlFragment; depth: number }[] = [{ type: fragment, depth: 0 }];
  while (stack.length > 0) {
    const { type, depth } = stack.pop()!;
    for (const child of type.toArray()) {
      if (!(child instanceof Y.XmlElement || child instanceof Y.XmlText)) continue;
      (levels[depth] ??= []).push(child);
      if (child instanceof Y.XmlElement) stack.push({ type: child, depth: depth + 1 });
    }
  }
  return levels;
}

/**
 * Yjs types (not yet in a document) for the content of a ProseMirror
 * document, as the editor's binding would make them: elements named after the
 * node with its non-null attributes, and consecutive text nodes as one text
 * run whose formatting is the marks. Nodes, attributes and marks the schema
 * does not allow are left out, and so is everything past the depth and node
 * limits (a kept version may predate the limits).
 */
export function buildContent(doc: PmNode, limits: WriteupLimits): (Y.XmlElement | Y.XmlText)[] {
  const top: (Y.XmlElement | Y.XmlText)[] = [];
  let nodes = 0;
  const stack: { node: PmNode; name: string; into: (Y.XmlElement | Y.XmlText)[]; depth: number }[] = [{ node: doc, name: ROOT, into: top, depth: 0 }];
  const built: { element: Y.XmlElement; children: (Y.XmlElement | Y.XmlText)[] }[] = [];
  while (stack.length > 0) {
    const { node, name, into, depth } = stack.pop()!;
    const children = Array.isArray(node.content) ? node.content : [];
    let run: { insert: string; attributes: Record<string, unknown> }[] | undefined;
    const endRun = () => {
      if (run && run.length > 0) {
        const text = new Y.XmlText();
        text.applyDelta(run);
        into.push(text);
      }
      run = undefined;
    };
    for (const child of children) {
      if (!child || typeof child !== 'object' || typeof child.type !== 'string') continue;
      if (child.type === 'text') {
        if (typeof child.text !== 'string' || child.text === '' || !childAllowed(name, '#text')) continue;
        if (!run) {
          if (depth + 1 > limits.maxDepth || nodes >= limits.maxNodes) continue;
          nodes += 1;
          run = [];
        }
        run.push({ insert: child.text, attributes: marksOf(child, name) });
        continue;
      }
      endRun();
      if (!childAllowed(name, child.type) || depth + 1 > limits.maxDepth || nodes >= limits.maxNodes) continue;
      nodes += 1;
      const element = new Y.XmlElement(child.type);
      for (const [key, value] of Object.entries(child.attrs ?? {})) {
        if (value !== null && attributeAllowed(child.type, key, value)) element.setAttribute(key, value as string);
      }
      into.push(element);
      const inner: (Y.XmlElement | Y.XmlText)[] = [];
      built.push({ element, children: inner });
      stack.push({ node: child, name: child.type, into: inner, depth: depth + 1 });
    }
    endRun();
  }
  // Children go in once every level is built; prelim content is integrated with the element.
  for (const { element, children } of built) if (children.length > 0) element.insert(0, children);
  return top;
}

function marksOf(node: PmNode, parent: string): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  if (!marksAllowedIn(parent) || !Array.isArray(node.marks)) return attributes;
  for (const mark of node.marks) {
    if (!mark || typeof mark.type !== 'string') continue;
    const value = mark.attrs && typeof mark.attrs === 'object' ? mark.attrs : {};
    if (markAllowed(mark.type, value)) attributes[mark.type] = value;
  }
  return attributes;
}

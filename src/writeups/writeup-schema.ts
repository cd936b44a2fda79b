/**
 * The one description of what a write-up may contain: the node types, marks
 * and attributes of the editor (TipTap StarterKit, as `client/src/ticket/WriteupEditor.tsx`
 * configures it, mapped to Yjs the way y-prosemirror maps it), where each node
 * may appear, and how big and deep a document may grow. Live updates are
 * checked against it before they are applied or stored (`update-check.ts`), and
 * every reader walks documents within its bounds.
 *
 * In the Yjs document the write-up is the XmlFragment `default`; block and
 * inline nodes are XmlElements named after the node type, with the node's
 * non-null attributes as element attributes; runs of text are XmlTexts whose
 * formatting attributes are the marks (mark name → the mark's attrs).
 */

/** What a node accepts as children. Placement is a property of each insert, so it holds whatever edits merge. */
type Children = 'blocks' | 'inline' | 'text' | 'listItems' | 'none';
type Group = 'block' | 'inline' | 'listItem';

interface NodeSpec {
  group: Group;
  children: Children;
  /** Whether text inside may carry marks (code blocks take plain text only). */
  marks: boolean;
  attrs: Readonly<Record<string, AttrCheck>>;
}

type AttrCheck = (value: unknown) => boolean;

const int =
  (min: number, max: number): AttrCheck =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
const text =
  (maxLength: number): AttrCheck =>
  (value) =>
    value === null || (typeof value === 'string' && value.length <= maxLength);

const NODES: Readonly<Record<string, NodeSpec>> = {
  paragraph: { group: 'block', children: 'inline', marks: true, attrs: {} },
  heading: { group: 'block', children: 'inline', marks: true, attrs: { level: int(1, 6) } },
  codeBlock: { group: 'block', children: 'text', marks: false, attrs: { language: text(64) } },
  blockquote: { group: 'block', children: 'blocks', marks: false, attrs: {} },
  bulletList: { group: 'block', children: 'listItems', marks: false, attrs: {} },
  orderedList: { group: 'block', children: 'listItems', marks: false, attrs: { start: int(-2_147_483_648, 2_147_483_647), type: text(16) } },
  listItem: { group: 'listItem', children: 'blocks', marks: false, attrs: {} },
  horizontalRule: { group: 'block', children: 'none', marks: false, attrs: {} },
  hardBreak: { group: 'inline', children: 'none', marks: false, attrs: {} },
};

/** Marks and their attributes (a mark without attributes is stored as `{}`; null removes it). */
const MARKS: Readonly<Record<string, Readonly<Record<string, AttrCheck>>>> = {
  bold: {},
  italic: {},
  strike: {},
  underline: {},
  code: {},
  link: { href: text(2048), target: text(64), rel: text(256), class: text(256), title: text(1024) },
};

/** Bounds on a whole document; a write that would pass one is refused. */
export interface WriteupLimits {
  /** Nesting of nodes below the document (a paragraph at the top is depth 1, its text depth 2). */
  maxDepth: number;
  /** Elements and text runs in the document. */
  maxNodes: number;
  /** Characters of text (UTF-16 code units), marks not counted. */
  maxTextChars: number;
}

/**
 * Twenty levels of nested lists (list, item, paragraph, text: about two levels
 * a list) fit in 48; a long write-up has a few hundred nodes. Every reader and
 * the renderer stay far inside what the JavaScript stack allows.
 */
export const WRITEUP_LIMITS: WriteupLimits = { maxDepth: 48, maxNodes: 20_000, maxTextChars: 1_000_000 };

/** The root fragment: the document node itself. */
export const ROOT = 'doc';

export function isKnownNode(name: string): boolean {
  return Object.hasOwn(NODES, name);
}

/** May a node `child` (an element name, or `#text` for a text run) be placed directly in `parent` (a node name or `doc`)? */
export function childAllowed(parent: string, child: string): boolean {
  const accepts: Children | undefined = parent === ROOT ? 'blocks' : Object.hasOwn(NODES, parent) ? NODES[parent]!.children : undefined;
  if (accepts === undefined || accepts === 'none') return false;
  if (child === '#text') return accepts === 'inline' || accepts === 'text';
  if (!Object.hasOwn(NODES, child)) return false;
  const group = NODES[child]!.group;
  switch (accepts) {
    case 'blocks':
      return group === 'block';
    case 'inline':
      return group === 'inline';
    case 'listItems':
      return group === 'listItem';
    case 'text':
      return false;
  }
}

/** Is `value` an allowed value of attribute `key` on node `node`? */
export function attributeAllowed(node: string, key: string, value: unknown): boolean {
  if (!Object.hasOwn(NODES, node)) return false;
  const attrs = NODES[node]!.attrs;
  return Object.hasOwn(attrs, key) && attrs[key]!(value);
}

/** Is `value` an allowed value of an attribute named `key` on some node (for a write whose node is not known yet)? */
export function attributeAllowedSomewhere(key: string, value: unknown): boolean {
  return Object.keys(NODES).some((node) => attributeAllowed(node, key, value));
}

/** May text inside `parent` carry marks? (`undefined` when the parent is not known yet.) */
export function marksAllowedIn(parent: string | undefined): boolean {
  return parent === undefined || (Object.hasOwn(NODES, parent) && NODES[parent]!.marks);
}

/** Is `value` an allowed formatting value for mark `name`: null (removal), or its attributes? */
export function markAllowed(name: string, value: unknown): boolean {
  if (!Object.hasOwn(MARKS, name)) return false;
  if (value === null) return true;
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  const attrs = MARKS[name]!;
  return Object.entries(value as Record<string, unknown>).every(([key, v]) => Object.hasOwn(attrs, key) && attrs[key]!(v));
}

/** Every node type and mark, for documentation and tests. */
export const SCHEMA_NAMES = { nodes: Object.keys(NODES), marks: Object.keys(MARKS) };

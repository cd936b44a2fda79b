import * as Y from 'yjs';
import { WRITEUP_FIELD } from './writeup-content.js';
import {
  attributeAllowed,
  attributeAllowedSomewhere,
  childAllowed,
  markAllowed,
  marksAllowedIn,
  ROOT,
  type WriteupLimits,
} from './writeup-schema.js';

/** Why an update was refused: it breaks the schema, or it would take the document past a limit. */
export class ContentRefusal extends Error {
  constructor(
    readonly kind: 'schema' | 'limit',
    message: string,
  ) {
    super(message);
  }
}

/** What an accepted update adds at most (deletions are not subtracted: the caller re-measures when near a limit). */
export interface UpdateGrowth {
  nodes: number;
  chars: number;
}

type Struct = Y.Item | Y.GC | Y.Skip;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types are generic over their event type
type AnyType = Y.AbstractType<any>;
/** A parent as the check sees it: the root fragment, an element, a text run, or anything else (refused). */
type Parent = { kind: 'root' } | { kind: 'element'; name: string; depth: number } | { kind: 'text'; parentName: string | undefined; depth: number } | { kind: 'other' };
/** A parent that is a type created earlier in the same update, not described yet. */
type ParentRef = Parent | { kind: 'update'; item: Y.Item };
/** Where an item lands: nowhere (Yjs garbage-collects it), not knowable yet (it waits for a missing struct), or in a parent. */
type Placement = { at: 'gc' } | { at: 'pending' } | { at: 'parent'; parent: ParentRef; key: string | null };
type Resolved = Parent | 'gc' | 'pending';

const GC_PLACEMENT: Placement = { at: 'gc' };
const PENDING: Placement = { at: 'pending' };

/**
 * Checks a decoded Yjs update against the write-up schema, relative to the
 * document it is about to be applied to, without applying it.
 *
 * Why the struct list and not a scratch copy: applying to a copy costs a full
 * encode and apply of the document (milliseconds for a large write-up) on
 * every edit that adds structure, and an attacker picks when that is. An
 * update's structs say exactly what it inserts: for each item, its parent is
 * given directly or is the parent of its left (or right) neighbour, which is
 * either already in the document (one binary search in the struct store) or
 * earlier in the same update. So the check costs O(items in the update) plus
 * one walk up the parent chain per distinct parent (a few steps for a
 * keystroke), and never touches the document. Placement rules hold per insert
 * (an element's parent never changes), so they hold whatever concurrent edits
 * merge with. Deletions are always allowed. Every walk is a loop, and nesting
 * inside one update is refused as soon as it passes the depth limit.
 *
 * Items whose neighbours are not in the document yet (Yjs keeps them pending)
 * are checked on their own: text, marks and attribute values must be allowed
 * somewhere; new elements with an unknown place are refused (an honest client
 * that hit this reconnects and its full resync carries what was missing).
 */
export function checkUpdate(doc: Y.Doc, update: Uint8Array | { structs: Struct[] }, limits: WriteupLimits): UpdateGrowth {
  const { structs } = update instanceof Uint8Array ? Y.decodeUpdate(update) : update;
  return new UpdateChecker(doc, structs as Struct[], limits).run();
}

class UpdateChecker {
  private readonly byClient = new Map<number, Struct[]>();
  private readonly placements = new Map<Struct, Placement>();
  private readonly updateTypes = new Map<Y.Item, Resolved>();
  private readonly docTypes = new Map<AnyType, Parent>();
  private readonly growth: UpdateGrowth = { nodes: 0, chars: 0 };

  constructor(
    private readonly doc: Y.Doc,
    private readonly structs: Struct[],
    private readonly limits: WriteupLimits,
  ) {
    for (const struct of structs) {
      const list = this.byClient.get(struct.id.client);
      if (list) list.push(struct);
      else this.byClient.set(struct.id.client, [struct]);
    }
  }

  run(): UpdateGrowth {
    for (const struct of this.structs) {
      if (!(struct instanceof Y.Item)) continue;
      // Already in the document: Yjs skips it.
      if (struct.id.clock + struct.length <= Y.getState(this.doc.store, struct.id.client)) continue;
      this.checkItem(struct);
    }
    return this.growth;
  }

  private checkItem(item: Y.Item): void {
    const content = item.content;
    if (content instanceof Y.ContentDeleted) return;
    const placement = this.placementOf(item);
    if (placement.at === 'gc') return;
    if (placement.at === 'pending') return this.checkUnplaced(item);
    const parent = this.resolve(placement.parent);
    if (parent === 'gc') return;
    if (parent === 'pending') return this.checkUnplaced(item);
    const key = placement.key;
    switch (parent.kind) {
      case 'root':
      case 'element': {
        const parentName = parent.kind === 'root' ? ROOT : parent.name;
        if (key !== null) {
          if (parent.kind === 'root') throw refuse('attributes on the document');
          const values = content instanceof Y.ContentAny ? content.arr : undefined;
          if (!values || values.length !== 1 || !attributeAllowed(parentName, key, values[0])) throw refuse(`attribute ${key} on ${parentName}`);
          return;
        }
        if (!(content instanceof Y.ContentType)) throw refuse(`${content.constructor.name} in ${parentName}`);
        const child = this.typeOf(item);
        if (child === 'gc' || child === 'pending') return;
        const childName = child.kind === 'element' ? child.name : child.kind === 'text' ? '#text' : undefined;
        if (childName === undefined || !childAllowed(parentName, childName)) throw refuse(`${childName ?? 'an unknown type'} in ${parentName}`);
        this.growth.nodes += 1;
        return;
      }
      case 'text': {
        if (key !== null) throw refuse('attributes on text');
        if (content instanceof Y.ContentString) {
          this.growth.chars += content.str.length;
          return;
        }
        if (content instanceof Y.ContentFormat) {
          if (!markAllowed(content.key, content.value)) throw refuse(`mark ${content.key}`);
          if (content.value !== null && !marksAllowedIn(parent.parentName)) throw refuse(`marks in ${parent.parentName ?? 'this text'}`);
          return;
        }
        throw refuse(`${content.constructor.name} in text`);
      }
      case 'other':
        throw refuse('content outside the write-up');
    }
  }

  /** An item whose place is not known yet: allowed only if it would be allowed somewhere. */
  private checkUnplaced(item: Y.Item): void {
    const content = item.content;
    if (item.parentSub !== null) {
      const values = content instanceof Y.ContentAny ? content.arr : undefined;
      if (!values || values.length !== 1 || !attributeAllowedSomewhere(item.parentSub, values[0])) throw refuse(`attribute ${item.parentSub}`);
      return;
    }
    if (content instanceof Y.ContentString) {
      this.growth.chars += content.str.length;
      return;
    }
    if (content instanceof Y.ContentFormat && markAllowed(content.key, content.value)) return;
    throw refuse(content instanceof Y.ContentType ? 'an element whose parent is not known' : `${content.constructor.name}`);
  }

  /** Where Yjs will put `item`: its explicit parent, or the parent of the neighbour it was inserted next to. */
  private placementOf(item: Y.Item): Placement {
    const chain: Y.Item[] = [];
    let current = item;
    let result: Placement;
    for (;;) {
      const known = this.placements.get(current);
      if (known) {
        result = known;
        break;
      }
      chain.push(current);
      if (current.parent !== null) {
        const parent = this.explicitParent(current.parent as Y.ID | string);
        result = parent === 'gc' ? GC_PLACEMENT : parent === 'pending' ? PENDING : { at: 'parent', parent, key: current.parentSub };
        break;
      }
      const neighbour = current.origin ?? current.rightOrigin;
      if (neighbour === null) throw refuse('an item without a place');
      const inDoc = this.inDocument(neighbour);
      if (inDoc !== undefined) {
        result = inDoc instanceof Y.Item ? { at: 'parent', parent: this.describeDocType(inDoc.parent as AnyType), key: inDoc.parentSub } : GC_PLACEMENT;
        break;
      }
      const inUpdate = this.inUpdate(neighbour);
      if (!(inUpdate instanceof Y.Item)) {
        result = inUpdate instanceof Y.GC ? GC_PLACEMENT : PENDING;
        break;
      }
      current = inUpdate;
    }
    for (const link of chain) this.placements.set(link, result);
    return result;
  }

  /** An explicit parent: a root type by name, or the type created by the item with that id (in the document or the update). */
  private explicitParent(parent: Y.ID | string): ParentRef | 'gc' | 'pending' {
    if (typeof parent === 'string') return parent === WRITEUP_FIELD ? { kind: 'root' } : { kind: 'other' };
    const inDoc = this.inDocument(parent);
    if (inDoc !== undefined) {
      if (!(inDoc instanceof Y.Item)) return 'gc';
      return inDoc.content instanceof Y.ContentType ? this.describeDocType(inDoc.content.type as AnyType) : { kind: 'other' };
    }
    const inUpdate = this.inUpdate(parent);
    if (inUpdate === undefined || inUpdate instanceof Y.Skip) return 'pending';
    if (inUpdate instanceof Y.GC) return 'gc';
    if (inUpdate.id.clock !== parent.clock || !(inUpdate.content instanceof Y.ContentType)) return { kind: 'other' };
    return { kind: 'update', item: inUpdate };
  }

  private resolve(parent: ParentRef): Resolved {
    return parent.kind === 'update' ? this.typeOf(parent.item) : parent;
  }

  /**
   * The type a ContentType item of the update creates, with its depth: walks
   * up through types created in the same update (a loop, refused once it is
   * deeper than the limit), then describes them top-down.
   */
  private typeOf(start: Y.Item): Resolved {
    const chain: Y.Item[] = [];
    let item = start;
    let above: Resolved;
    for (;;) {
      const known = this.updateTypes.get(item);
      if (known !== undefined) {
        above = known;
        break;
      }
      chain.push(item);
      if (chain.length > this.limits.maxDepth) throw new ContentRefusal('limit', `nesting deeper than ${this.limits.maxDepth}`);
      const placement = this.placementOf(item);
      if (placement.at !== 'parent') {
        above = placement.at;
        break;
      }
      if (placement.parent.kind !== 'update') {
        above = placement.parent;
        break;
      }
      item = placement.parent.item;
    }
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      above = this.describeUpdateType(chain[i]!, above);
      this.updateTypes.set(chain[i]!, above);
    }
    return above;
  }

  private describeUpdateType(item: Y.Item, parent: Resolved): Resolved {
    if (parent === 'gc' || parent === 'pending') return parent;
    const placement = this.placements.get(item);
    if (parent.kind === 'other' || (placement?.at === 'parent' && placement.key !== null)) return { kind: 'other' };
    const depth = (parent.kind === 'root' ? 0 : parent.depth) + 1;
    if (depth > this.limits.maxDepth) throw new ContentRefusal('limit', `nesting deeper than ${this.limits.maxDepth}`);
    const type = (item.content as Y.ContentType).type;
    if (type instanceof Y.XmlElement) return { kind: 'element', name: type.nodeName, depth };
    if (type instanceof Y.XmlText) return { kind: 'text', parentName: parent.kind === 'root' ? ROOT : parent.kind === 'element' ? parent.name : undefined, depth };
    return { kind: 'other' };
  }

  /** A type already in the document. */
  private describeDocType(type: AnyType): Parent {
    const known = this.docTypes.get(type);
    if (known) return known;
    let result: Parent;
    if (type._item === null) result = this.doc.share.get(WRITEUP_FIELD) === type ? { kind: 'root' } : { kind: 'other' };
    else if (type instanceof Y.XmlElement) result = { kind: 'element', name: type.nodeName, depth: depthOf(type) };
    else if (type instanceof Y.XmlText) {
      const parent = type.parent;
      const parentName = parent instanceof Y.XmlElement ? parent.nodeName : parent !== null && parent._item === null ? ROOT : undefined;
      result = { kind: 'text', parentName, depth: depthOf(type) };
    } else result = { kind: 'other' };
    this.docTypes.set(type, result);
    return result;
  }

  private inDocument(id: Y.ID): Y.Item | Y.GC | undefined {
    if (id.clock >= Y.getState(this.doc.store, id.client)) return undefined;
    return Y.getItem(this.doc.store, id) as Y.Item | Y.GC;
  }

  private inUpdate(id: Y.ID): Struct | undefined {
    const list = this.byClient.get(id.client);
    if (!list) return undefined;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const struct = list[middle]!;
      if (id.clock < struct.id.clock) high = middle - 1;
      else if (id.clock >= struct.id.clock + struct.length) low = middle + 1;
      else return struct;
    }
    return undefined;
  }
}

/** Steps from a type up to the root (walks the parent chain; bounded by the document's own depth). */
function depthOf(type: AnyType): number {
  let depth = 0;
  for (let item = type._item; item !== null; item = (item.parent as AnyType)._item) depth += 1;
  return depth;
}

function refuse(what: string): ContentRefusal {
  return new ContentRefusal('schema', `not allowed in a write-up: ${what}`);
}

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import * as Y from 'yjs';
import { SCHEMA_NAMES, WRITEUP_LIMITS } from '../../../src/writeups/writeup-schema.js';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { bearer, closeDb, createStaffedNewsroom, createTicket } from '../../support/factories.js';
import { connect, fragment, storedDoc, typeParagraph, until, wsUrl, type TestClient } from './collab-client.js';
import { RawClient, syncFrame } from './raw-client.js';

const UPDATES = Number(process.env.WRITEUP_HOSTILE_UPDATES ?? 260);
const TICKETS = 4;

/** A small deterministic PRNG, so a failure can be replayed from the printed seed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the desk must do with an update of each kind: accept it, refuse it, or either (it depends on the document's size so far). */
type Expectation = 'accepted' | 'refused' | 'either';
interface Hostile {
  kind: string;
  expect: Expectation;
  change: (doc: Y.Doc) => void;
  /**
   * Refused kinds are built on an empty document (they insert at the start of the write-up, which fits any
   * document), and the costly ones once: the desk refuses the same bytes again.
   */
  standalone?: 'build' | 'reuse';
}

const ODD_VALUES: unknown[] = [0, 7, -1, 2.5, 1e308, '2', '', 'x'.repeat(5_000), {}, [], { level: 2 }, [1, 2], true, '<script>alert(1)</script>', '__proto__'];
const ODD_NAMES = ['script', 'img', 'iframe', '__proto__', 'constructor', 'x'.repeat(300), 'Paragraph', 'table', 'image', 'mention'];

function generators(pick: <T>(items: readonly T[]) => T, between: (min: number, max: number) => number): (() => Hostile)[] {
  const nest = (doc: Y.Doc, name: string, levels: number) => {
    let parent: Y.XmlFragment = fragment(doc);
    for (let i = 0; i < levels; i += 1) {
      const element = new Y.XmlElement(name);
      parent.insert(0, [element]);
      parent = element;
    }
    return parent;
  };
  const firstText = (doc: Y.Doc): Y.XmlText | undefined => {
    for (const block of fragment(doc).toArray()) {
      if (block instanceof Y.XmlElement && block.nodeName === 'paragraph' && block.get(0) instanceof Y.XmlText) return block.get(0) as Y.XmlText;
    }
    return undefined;
  };
  return [
    () => {
      const levels = between(WRITEUP_LIMITS.maxDepth + 1, 5_000);
      return { kind: 'deep quotes', expect: 'refused', standalone: 'build', change: (d) => nest(d, 'blockquote', levels).insert(0, [new Y.XmlElement('paragraph')]) };
    },
    () => ({ kind: 'deep paragraphs', expect: 'refused', standalone: 'build', change: (d) => nest(d, 'paragraph', between(2, 5_000)) }),
    () => ({ kind: 'shallow quotes', expect: 'either', change: (d) => nest(d, 'blockquote', between(1, 20)).insert(0, [new Y.XmlElement('paragraph')]) }),
    () => {
      const count = between(WRITEUP_LIMITS.maxNodes + 1, WRITEUP_LIMITS.maxNodes + 5_000);
      return { kind: 'too many nodes', expect: 'refused', standalone: 'reuse', change: (d) => fragment(d).insert(0, Array.from({ length: count }, () => new Y.XmlElement('horizontalRule'))) };
    },
    () => {
      const count = between(100, 4_000);
      return { kind: 'many nodes', expect: 'either', change: (d) => fragment(d).push(Array.from({ length: count }, () => new Y.XmlElement('horizontalRule'))) };
    },
    () => {
      const name = pick(ODD_NAMES);
      return { kind: 'unknown node', expect: 'refused', standalone: 'build', change: (d) => fragment(d).insert(0, [new Y.XmlElement(name)]) };
    },
    () => ({ kind: 'text at the top', expect: 'refused', standalone: 'build', change: (d) => fragment(d).insert(0, [new Y.XmlText('loose text')]) }),
    () => {
      const value = pick(ODD_VALUES.filter((v) => !(typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 6)));
      return {
        kind: 'odd heading level',
        expect: 'refused',
        change: (d) => {
          const heading = new Y.XmlElement('heading');
          heading.setAttribute('level', value as string);
          fragment(d).push([heading]);
        },
      };
    },
    () => {
      const key = pick(['onclick', 'style', '__proto__', 'class', 'href', 'src', 'level']);
      const value = pick(ODD_VALUES);
      return {
        kind: 'odd attribute',
        expect: 'refused',
        change: (d) => {
          const paragraph = new Y.XmlElement('paragraph');
          paragraph.setAttribute(key, value as string);
          fragment(d).push([paragraph]);
        },
      };
    },
    () => {
      const mark = pick([{ evil: {} }, { bold: pick(ODD_VALUES.filter((v) => !(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0))) }, { link: { href: pick([{}, 42, 'x'.repeat(3_000), ['a']]) } }, { link: { onclick: 'x' } }]);
      return {
        kind: 'odd mark',
        expect: 'refused',
        change: (d) => {
          const paragraph = new Y.XmlElement('paragraph');
          const text = new Y.XmlText();
          paragraph.insert(0, [text]);
          fragment(d).push([paragraph]);
          text.insert(0, 'marked', mark);
        },
      };
    },
    () => ({ kind: 'other root', expect: 'refused', change: (d) => (pick([0, 1]) === 0 ? d.getMap('side').set('x', pick(ODD_VALUES)) : d.getText('notes').insert(0, 'side channel')) }),
    () => ({
      kind: 'embed in text',
      expect: 'refused',
      change: (d) => {
        const paragraph = new Y.XmlElement('paragraph');
        const text = new Y.XmlText();
        paragraph.insert(0, [text]);
        fragment(d).push([paragraph]);
        text.insertEmbed(0, { image: 'x' });
      },
    }),
    () => ({ kind: 'delete everything', expect: 'accepted', change: (d) => fragment(d).delete(0, fragment(d).length) }),
    () => {
      const words = Array.from({ length: between(1, 30) }, () => pick(['claim', 'source', 'figure', 'rated', 'false', 'mostly', 'context'])).join(' ');
      return { kind: 'ordinary paragraph', expect: 'either', change: (d) => typeParagraph(d, words) };
    },
    () => ({
      kind: 'ordinary marks',
      expect: 'either',
      change: (d) => {
        const text = firstText(d);
        if (text && text.length > 1) text.format(0, between(1, text.length), pick([{ bold: {} }, { italic: {} }, { link: { href: 'https://example.org/a', target: '_blank', rel: null, class: null, title: null } }]));
        else typeParagraph(d, 'text to mark');
      },
    }),
  ];
}

describe('hostile live updates', () => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = await startDesk(process.env.WRITEUP_HOSTILE_LOG ? { LOG_LEVEL: process.env.WRITEUP_HOSTILE_LOG } : {});
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  it(`${UPDATES} hostile updates from writers: refused or accepted as the schema says, and every write-up still loads`, async () => {
    const staff = await createStaffedNewsroom();
    const tickets = await Promise.all(Array.from({ length: TICKETS }, () => createTicket(staff.newsroom, staff.editor, { status: 'drafting' })));
    const api = (id: string, path: string) => `/api/newsrooms/${staff.newsroom.slug}/tickets/${id}${path}`;
    const seed = Number(process.env.WRITEUP_HOSTILE_SEED ?? Date.now() % 1_000_000);
    const random = prng(seed);
    const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const kinds = generators(pick, between);
    const outcomes = new Map<string, { accepted: number; refused: number }>();
    const wrong: string[] = [];
    let sent = 0;
    const reused = new Map<string, Uint8Array>();

    const url = wsUrl(desk.baseUrl);
    const worker = async (ticketId: string, mirror: TestClient) => {
      const name = `ticket:${ticketId}`;
      // On a loaded machine an authentication can time out: a socket that could not open is opened again.
      const open = async (): Promise<RawClient> => {
        for (let attempt = 1; ; attempt += 1) {
          try {
            return await RawClient.open(url, name, staff.editor.token);
          } catch (error) {
            if (attempt === 3) throw error;
            await new Promise((resolve) => setTimeout(resolve, 200));
          }
        }
      };
      const spares = Array.from({ length: 2 }, open);
      const next = () => {
        spares.push(open());
        return spares.shift()!;
      };
      let client = await next();
      while (sent < UPDATES) {
        sent += 1;
        const hostile = pick(kinds)();
        // Built on what the desk has sent out (a viewer's copy), as a writer's client would.
        const local = new Y.Doc();
        if (!hostile.standalone) Y.applyUpdate(local, Y.encodeStateAsUpdate(mirror.doc));
        const before = Y.encodeStateVector(local);
        const cached = hostile.standalone === 'reuse' ? reused.get(hostile.kind) : undefined;
        if (!cached) local.transact(() => hostile.change(local));
        const update = cached ?? Y.encodeStateAsUpdate(local, before);
        if (hostile.standalone === 'reuse') reused.set(hostile.kind, update);
        const target = Y.decodeStateVector(Y.encodeStateVector(local));
        local.destroy();
        client.send(syncFrame(name, 2, update));
        const alive = await client.alive(10_000);
        if (!alive) await until(() => client.closed !== undefined, 10_000, 'the refused socket closing').catch(() => undefined);
        const outcome = alive ? 'accepted' : 'refused';
        const tally = outcomes.get(hostile.kind) ?? { accepted: 0, refused: 0 };
        tally[outcome] += 1;
        outcomes.set(hostile.kind, tally);
        if (!alive && ![4413, 4422].includes(client.closed?.code ?? 0)) wrong.push(`${hostile.kind}: closed ${JSON.stringify(client.closed)}`);
        if (hostile.expect !== 'either' && hostile.expect !== outcome) wrong.push(`${hostile.kind}: ${outcome}`);
        if (!alive) {
          client.close();
          client = await next();
        } else {
          // The next update builds on this one: wait until the viewer's copy has it.
          await until(() => [...target].every(([id, clock]) => Y.getState(mirror.doc.store, id) >= clock), 5_000, "the viewer's copy catching up");
        }
      }
      client.close();
      for (const spare of await Promise.all(spares)) spare.close();
    };
    const mirrors = tickets.map((ticket) => connect(desk.baseUrl, ticket.id, staff.viewer.token));
    await until(() => mirrors.every((m) => m.provider.isSynced), 10_000, 'viewers synced');
    const started = Date.now();
    await Promise.all(tickets.map((ticket, i) => worker(ticket.id, mirrors[i]!)));
    const elapsed = Date.now() - started;

    await request(desk.baseUrl).get('/health').expect(200);
    const statuses: number[] = [];
    for (const ticket of tickets) {
      const writeup = await request(desk.baseUrl).get(api(ticket.id, '/writeup')).set(bearer(staff.viewer));
      const signoffs = await request(desk.baseUrl).get(api(ticket.id, '/signoffs')).set(bearer(staff.viewer));
      statuses.push(writeup.status, signoffs.status);
      expect(writeup.body.truncated).toBeUndefined();
      // What the database holds obeys the schema.
      const stored = await storedDoc(ticket.id);
      const stack: { type: Y.XmlFragment; depth: number }[] = [{ type: fragment(stored), depth: 0 }];
      let nodes = 0;
      while (stack.length > 0) {
        const { type, depth } = stack.pop()!;
        for (const child of type.toArray()) {
          nodes += 1;
          expect(depth + 1).toBeLessThanOrEqual(WRITEUP_LIMITS.maxDepth);
          if (child instanceof Y.XmlElement) {
            expect(SCHEMA_NAMES.nodes).toContain(child.nodeName);
            stack.push({ type: child, depth: depth + 1 });
          } else expect(child).toBeInstanceOf(Y.XmlText);
        }
      }
      expect(nodes).toBeLessThanOrEqual(WRITEUP_LIMITS.maxNodes);
      expect([...stored.share.keys()].filter((key) => key !== 'default')).toEqual([]);
      // A fresh client loads it.
      const fresh = connect(desk.baseUrl, ticket.id, staff.editor.token);
      await until(() => fresh.provider.isSynced, 10_000, 'a fresh client syncs');
      expect(Y.encodeStateVector(fresh.doc)).toEqual(Y.encodeStateVector(stored));
      fresh.destroy();
    }
    for (const mirror of mirrors) mirror.destroy();
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(wrong).toEqual([]);
    const refused = [...outcomes.values()].reduce((sum, t) => sum + t.refused, 0);
    expect(refused).toBeGreaterThan(UPDATES / 3);
    process.stdout.write(
      `hostile updates (seed ${seed}): ${sent} in ${elapsed} ms, ${refused} refused; ${[...outcomes].map(([kind, t]) => `${kind} ${t.accepted}/${t.refused}`).join(', ')}\n`,
    );
  }, 120_000);
});

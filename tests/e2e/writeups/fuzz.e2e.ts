import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as encoding from 'lib0/encoding';
import request from 'supertest';
import * as Y from 'yjs';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { bearer, closeDb, createStaffedNewsroom, createTicket } from '../../support/factories.js';
import { connect, paragraphs, storedDoc, typeParagraph, until, wsUrl } from './collab-client.js';
import { RawClient, syncFrame } from './raw-client.js';

const FRAMES = Number(process.env.WRITEUP_FUZZ_FRAMES ?? 1_200);

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

/** Would this update change a document in `base` state (or leave structs waiting)? Malformed ones count as no change. */
function changes(base: Uint8Array, update: Uint8Array): boolean {
  const probe = new Y.Doc();
  Y.applyUpdate(probe, base);
  let changed = false;
  probe.on('update', () => (changed = true));
  try {
    Y.decodeUpdate(update);
    Y.applyUpdate(probe, update);
  } catch {
    return changed;
  } finally {
    probe.destroy();
  }
  return changed || probe.store.pendingStructs !== null || probe.store.pendingDs !== null;
}

describe('fuzzing the live-editing gateway', () => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = await startDesk();
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  it(`survives ${FRAMES} mutated frames and leaves the document unchanged`, async () => {
    const staff = await createStaffedNewsroom();
    const ticket = await createTicket(staff.newsroom, staff.editor, { status: 'drafting' });
    const name = `ticket:${ticket.id}`;
    const author = connect(desk.baseUrl, ticket.id, staff.editor.token);
    await until(() => author.provider.isSynced, 5_000, 'author synced');
    for (const line of ['First paragraph of the verdict.', 'Second one, with more detail.']) typeParagraph(author.doc, line);
    const text = author.doc.getXmlFragment('default').get(0) as Y.XmlElement;
    (text.get(0) as Y.XmlText).delete(0, 6);
    await until(() => !author.provider.hasUnsyncedChanges, 5_000, 'author acknowledged');
    author.destroy();

    const base = Y.encodeStateAsUpdate(await storedDoc(ticket.id));
    const stateVectorBefore = Y.encodeStateVector(await storedDoc(ticket.id));
    const paragraphsBefore = paragraphs(await storedDoc(ticket.id));
    const textBefore = (await request(desk.baseUrl).get(`/api/newsrooms/${staff.newsroom.slug}/tickets/${ticket.id}/writeup`).set(bearer(staff.viewer))).body
      .text as string;
    expect(textBefore).toBe('paragraph of the verdict.\nSecond one, with more detail.');

    const seed = Number(process.env.WRITEUP_FUZZ_SEED ?? Date.now() % 1_000_000);
    const random = prng(seed);
    const pick = (n: number) => Math.floor(random() * n);
    const real = syncFrame(name, 2, base);
    const generators: (() => Uint8Array)[] = [
      () => real.slice(0, pick(real.length)), // truncated anywhere
      () => Uint8Array.from([...real.slice(0, 1 + pick(real.length - 1)), 0x80 | pick(128)]), // ends inside a varint
      () => {
        const copy = base.slice();
        for (let i = 0; i <= pick(3); i += 1) copy[pick(copy.length)] = pick(256);
        return syncFrame(name, pick(2) === 0 ? 1 : 2, copy); // corrupted real update in a valid envelope
      },
      () => {
        const copy = base.slice(0, 1 + pick(base.length - 1));
        return syncFrame(name, 2, copy); // truncated real update in a valid envelope
      },
      () => {
        const e = encoding.createEncoder();
        encoding.writeVarString(e, pick(4) === 0 ? 'ticket:nope' : name);
        encoding.writeVarUint(e, pick(12));
        for (let i = 0; i < pick(40); i += 1) encoding.writeUint8(e, pick(256));
        return encoding.toUint8Array(e); // random message types and bodies
      },
      () => Uint8Array.from({ length: pick(64) }, () => pick(256)), // noise
    ];

    const url = wsUrl(desk.baseUrl);
    let sent = 0;
    let refused = 0;
    let skipped = 0;
    let unanswered = 0;
    const worker = async (token: string, writer: boolean) => {
      // Sockets are opened ahead of need, so authentication overlaps with fuzzing.
      const spares = Array.from({ length: 4 }, () => RawClient.open(url, name, token));
      const next = () => {
        spares.push(RawClient.open(url, name, token));
        return spares.shift()!;
      };
      let client = await next();
      while (sent < FRAMES) {
        const frame = generators[pick(generators.length)]!();
        // A writer may legitimately change the document; only frames that must not change it are sent.
        const carried = frame.length > real.length - base.length ? frame.slice(frame.length - base.length) : undefined;
        if (writer && carried && frame.length === real.length && changes(base, carried)) {
          skipped += 1;
          continue;
        }
        sent += 1;
        client.send(frame);
        if (!(await client.alive(400))) {
          if (client.closed) refused += 1;
          else unanswered += 1;
          client.close();
          client = await next();
        }
      }
      client.close();
      for (const spare of await Promise.all(spares)) spare.close();
    };
    await Promise.all([worker(staff.editor.token, true), worker(staff.reviewer.token, true), worker(staff.viewer.token, false)]);

    await request(desk.baseUrl).get('/health').expect(200);
    expect(refused).toBeGreaterThan(FRAMES / 4);
    const stored = await storedDoc(ticket.id);
    expect(Y.encodeStateVector(stored)).toEqual(stateVectorBefore);
    expect(paragraphs(stored)).toEqual(paragraphsBefore);
    const after = await request(desk.baseUrl).get(`/api/newsrooms/${staff.newsroom.slug}/tickets/${ticket.id}/writeup`).set(bearer(staff.viewer)).expect(200);
    expect(after.body.text).toBe(textBefore);

    const check = connect(desk.baseUrl, ticket.id, staff.editor.token);
    await until(() => check.provider.isSynced, 5_000, 'a fresh client syncs');
    expect(Y.encodeStateVector(check.doc)).toEqual(Y.encodeStateVector(await storedDoc(ticket.id)));
    check.destroy();
    process.stdout.write(`write-up fuzz (seed ${seed}): ${sent} frames sent, ${refused} refused by closing, ${unanswered} left unanswered (document closed by the frame), ${skipped} valid edits skipped\n`);
  }, 120_000);
});

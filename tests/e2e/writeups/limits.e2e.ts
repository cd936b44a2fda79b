import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { DEFAULT_COLLAB_LIMITS } from '../../../src/writeups/collab-limits.js';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { closeDb, createStaffedNewsroom, createTicket, db } from '../../support/factories.js';
import { connect, paragraphs, storedDoc, typeParagraph, until, updateRows, wsUrl } from './collab-client.js';
import { RawClient, syncFrame } from './raw-client.js';

function awarenessFrame(name: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, name);
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, new Uint8Array([0]));
  return encoding.toUint8Array(e);
}

async function closeOf(ws: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}

async function opened(url: string): Promise<WebSocket> {
  const ws = new WebSocket(url);
  ws.on('error', () => undefined);
  await new Promise((resolve) => ws.once('open', resolve));
  return ws;
}

describe('limits and failures of the live-editing gateway', () => {
  let desk: TestDesk;
  let staff: Awaited<ReturnType<typeof createStaffedNewsroom>>;
  beforeAll(async () => {
    desk = await startDesk();
    staff = await createStaffedNewsroom();
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  it('closes a socket with a clear code for an oversized frame, a flood, a malformed frame and an unbounded pre-auth queue', async () => {
    const ticket = await createTicket(staff.newsroom, staff.editor, { status: 'drafting' });
    const name = `ticket:${ticket.id}`;
    const url = wsUrl(desk.baseUrl);

    const big = await opened(url);
    const bigClosed = closeOf(big);
    big.send(new Uint8Array(DEFAULT_COLLAB_LIMITS.maxPayloadBytes + 1));
    expect((await bigClosed).code).toBe(1009);

    const flood = await RawClient.open(url, name, staff.editor.token);
    expect(await flood.alive()).toBe(true); // the document is loaded: frames are no longer queued
    for (let i = 0; i < 400; i += 1) flood.send(awarenessFrame(name));
    await until(() => flood.closed !== undefined, 5_000, 'flood closed');
    expect(flood.closed).toEqual({ code: 4429, reason: 'rate-limited' });

    const malformed = await RawClient.open(url, name, staff.editor.token);
    malformed.send(syncFrame(name, 2, new Uint8Array([0x80, 0x80])));
    await until(() => malformed.closed !== undefined, 5_000, 'malformed closed');
    expect(malformed.closed).toEqual({ code: 4400, reason: 'invalid-update' });

    const huge = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('x'.repeat(DEFAULT_COLLAB_LIMITS.maxDocumentBytes + 1))]);
    huge.getXmlFragment('default').push([paragraph]);
    const tooLarge = await RawClient.open(url, name, staff.editor.token);
    tooLarge.send(syncFrame(name, 2, Y.encodeStateAsUpdate(huge)));
    await until(() => tooLarge.closed !== undefined, 5_000, 'too large closed');
    expect(tooLarge.closed).toEqual({ code: 4413, reason: 'document-too-large' });
    expect(await updateRows(ticket.id)).toBe(0);

    const unauthenticated = await opened(url);
    const unauthClosed = closeOf(unauthenticated);
    for (let i = 0; i < 150; i += 1) unauthenticated.send(syncFrame(name, 0, new Uint8Array([0])));
    expect((await unauthClosed).code).not.toBe(1000);
  });

  it('never acknowledges an edit whose commit failed, closes the connection, and stores it once writes work again', async () => {
    const ticket = await createTicket(staff.newsroom, staff.editor, { status: 'drafting' });
    const editor = connect(desk.baseUrl, ticket.id, staff.editor.token);
    await until(() => editor.provider.isSynced, 5_000, 'synced');
    const trigger = `writeup_fail_${ticket.id.replaceAll('-', '_')}`;
    await db().query(
      `CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
         IF NEW.ticket_id = '${ticket.id}' THEN RAISE EXCEPTION 'disk full (simulated)'; END IF; RETURN NEW; END $$`,
    );
    await db().query(`CREATE TRIGGER ${trigger} BEFORE INSERT ON writeup_updates FOR EACH ROW EXECUTE FUNCTION ${trigger}()`);
    try {
      typeParagraph(editor.doc, 'written while the disk is full');
      await until(() => editor.events.closes > 0, 5_000, 'connection closed after a failed write');
      expect(editor.provider.hasUnsyncedChanges).toBe(true);
      expect(await updateRows(ticket.id)).toBe(0);
    } finally {
      await db().query(`DROP TRIGGER ${trigger} ON writeup_updates`);
      await db().query(`DROP FUNCTION ${trigger}()`);
    }
    await until(() => !editor.provider.hasUnsyncedChanges, 10_000, 'acknowledged after reconnecting');
    expect(paragraphs(await storedDoc(ticket.id))).toEqual(['written while the disk is full']);
    editor.destroy();
  });

  it('compacts the update log into a snapshot when the document unloads, keeping the content', async () => {
    const ticket = await createTicket(staff.newsroom, staff.editor, { status: 'drafting' });
    const editor = connect(desk.baseUrl, ticket.id, staff.editor.token);
    await until(() => editor.provider.isSynced, 5_000, 'synced');
    for (let i = 0; i < 20; i += 1) typeParagraph(editor.doc, `line ${i}`);
    const first = editor.doc.getXmlFragment('default');
    first.delete(0, 10);
    await until(() => !editor.provider.hasUnsyncedChanges, 5_000, 'acknowledged');
    expect(await updateRows(ticket.id)).toBeGreaterThan(1);
    editor.destroy();

    await until(async () => (await updateRows(ticket.id)) === 0, 10_000, 'compaction');
    const { rows } = await db().query<{ snapshot: Buffer; text: string }>(`SELECT snapshot, text FROM writeup_documents WHERE ticket_id = $1`, [ticket.id]);
    expect(rows[0]!.snapshot.byteLength).toBeGreaterThan(0);
    const expected = Array.from({ length: 10 }, (_, i) => `line ${i + 10}`);
    expect(rows[0]!.text).toBe(expected.join('\n'));
    expect(paragraphs(await storedDoc(ticket.id))).toEqual(expected);

    // Loaded again from the snapshot, edited, and compacted again on top of it.
    const again = connect(desk.baseUrl, ticket.id, staff.reviewer.token);
    await until(() => again.provider.isSynced, 5_000, 'synced again');
    expect(paragraphs(again.doc)).toEqual(expected);
    typeParagraph(again.doc, 'after compaction');
    await until(() => !again.provider.hasUnsyncedChanges, 5_000, 'acknowledged again');
    again.destroy();
    await until(async () => (await updateRows(ticket.id)) === 0, 10_000, 'second compaction');
    expect(paragraphs(await storedDoc(ticket.id))).toEqual([...expected, 'after compaction']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as encoding from 'lib0/encoding';
import request from 'supertest';
import * as Y from 'yjs';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { assign, bearer, closeDb, createStaffedNewsroom, createTicket, db } from '../../support/factories.js';
import { connect, fragment, paragraphs, storedDoc, typeParagraph, until, updateRows, wsUrl } from './collab-client.js';
import { RawClient, syncFrame } from './raw-client.js';

/** The probe that broke write-ups: ~5,000 nested elements in one valid update (about 100 KB, under the size limit). */
function deepUpdate(node = 'paragraph', levels = 5_000): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    let parent: Y.XmlFragment = doc.getXmlFragment('default');
    for (let i = 0; i < levels; i += 1) {
      const element = new Y.XmlElement(node);
      parent.insert(0, [element]);
      parent = element;
    }
    parent.insert(0, [new Y.XmlText('the bottom')]);
  });
  return Y.encodeStateAsUpdate(doc);
}

/** An update that only deletes `len` structs of `client` from `clock` (encoded by hand: building it in a Yjs document would recurse through the subtree). */
function deletion(client: number, clock: number, len: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // no structs
  encoding.writeVarUint(e, 1); // one client in the delete set
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, clock);
  encoding.writeVarUint(e, len);
  return encoding.toUint8Array(e);
}

describe('a write-up cannot be broken by one update', () => {
  let desk: TestDesk;
  let staff: Awaited<ReturnType<typeof createStaffedNewsroom>>;
  const api = (path: string) => `/api/newsrooms/${staff.newsroom.slug}/tickets${path}`;
  beforeAll(async () => {
    desk = await startDesk();
    staff = await createStaffedNewsroom();
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  it('refuses an update that breaks the schema before it is applied, stored or acknowledged, and tells the writer', async () => {
    const ticket = await createTicket(staff.newsroom, staff.editor, { status: 'drafting' });
    await assign(ticket, staff.researcher, staff.editor);
    const name = `ticket:${ticket.id}`;
    const watcher = connect(desk.baseUrl, ticket.id, staff.viewer.token);
    await until(() => watcher.provider.isSynced, 5_000, 'watcher synced');

    const deep = deepUpdate();
    expect(deep.byteLength).toBeGreaterThan(90_000);
    const writer = await RawClient.open(wsUrl(desk.baseUrl), name, staff.researcher.token);
    writer.send(syncFrame(name, 2, deep));
    await until(() => writer.closed !== undefined, 5_000, 'deep update refused');
    expect(writer.closed).toEqual({ code: 4422, reason: 'content-not-allowed' }); // a paragraph inside a paragraph
    // Nesting every node may hold (quotes in quotes) is refused for its depth.
    const quotes = await RawClient.open(wsUrl(desk.baseUrl), name, staff.researcher.token);
    quotes.send(syncFrame(name, 2, deepUpdate('blockquote')));
    await until(() => quotes.closed !== undefined, 5_000, 'deep quotes refused');
    expect(quotes.closed).toEqual({ code: 4413, reason: 'document-too-complex' });

    const script = new Y.Doc();
    script.getXmlFragment('default').push([new Y.XmlElement('script')]);
    const other = await RawClient.open(wsUrl(desk.baseUrl), name, staff.researcher.token);
    other.send(syncFrame(name, 2, Y.encodeStateAsUpdate(script)));
    await until(() => other.closed !== undefined, 5_000, 'unknown node refused');
    expect(other.closed).toEqual({ code: 4422, reason: 'content-not-allowed' });

    expect(await updateRows(ticket.id)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fragment(watcher.doc).length).toBe(0); // nothing was broadcast either
    const read = await request(desk.baseUrl).get(api(`/${ticket.id}/writeup`)).set(bearer(staff.viewer)).expect(200);
    expect(read.body).toMatchObject({ text: '' });
    await request(desk.baseUrl).get(api(`/${ticket.id}/signoffs`)).set(bearer(staff.viewer)).expect(200);

    // An ordinary edit still goes through and is acknowledged.
    const author = connect(desk.baseUrl, ticket.id, staff.researcher.token);
    await until(() => author.provider.isSynced, 5_000, 'author synced');
    typeParagraph(author.doc, 'An ordinary paragraph.');
    await until(() => !author.provider.hasUnsyncedChanges, 5_000, 'edit acknowledged');
    expect(paragraphs(await storedDoc(ticket.id))).toEqual(['An ordinary paragraph.']);
    author.destroy();
    watcher.destroy();
  });

  it('reads, hashes and submits a write-up stored too deep before the check, and an editor clears it through the live document', async () => {
    const ticket = await createTicket(staff.newsroom, staff.editor, { status: 'drafting', rating: 'false', summary: 'Not so.' });
    // As stored before updates were checked: straight into the log, after an ordinary first paragraph.
    const deep = deepUpdate();
    const first = new Y.Doc();
    first.getXmlFragment('default').insert(0, [new Y.XmlElement('paragraph')]);
    (first.getXmlFragment('default').get(0) as Y.XmlElement).insert(0, [new Y.XmlText('Written before the check.')]);
    await db().query(`INSERT INTO writeup_updates (ticket_id, update) VALUES ($1, $2), ($1, $3)`, [
      ticket.id,
      Buffer.from(Y.encodeStateAsUpdate(first)),
      Buffer.from(deep),
    ]);

    const started = Date.now();
    // Liveness answered while a viewer's four reads run (each read once cost ~350 ms of CPU and /health waited ~0.9 s).
    const health = (async () => {
      await new Promise((resolve) => setImmediate(resolve));
      const at = Date.now();
      await request(desk.baseUrl).get('/health').expect(200);
      return Date.now() - at;
    })();
    const reads = await Promise.all([
      request(desk.baseUrl).get(api(`/${ticket.id}/writeup`)).set(bearer(staff.viewer)),
      request(desk.baseUrl).get(api(`/${ticket.id}/signoffs`)).set(bearer(staff.viewer)),
      request(desk.baseUrl).get(api(`/${ticket.id}/writeup`)).set(bearer(staff.viewer)),
      request(desk.baseUrl).get(api(`/${ticket.id}/signoffs`)).set(bearer(staff.viewer)),
    ]);
    expect(reads.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(Date.now() - started).toBeLessThan(3_000);
    const healthMs = await health;
    process.stdout.write(`four reads of a 5,000-level write-up: ${Date.now() - started} ms, /health meanwhile ${healthMs} ms\n`);
    expect(reads[0]!.body.truncated).toBe(true);
    expect(reads[0]!.body.text).toBe('Written before the check.');
    expect(reads[1]!.body.contentHash).toMatch(/^[0-9a-f]{64}$/);

    // Loaded live, the document answers too; the ticket can move on.
    const editor = connect(desk.baseUrl, ticket.id, staff.editor.token);
    await until(() => editor.provider.isSynced, 10_000, 'editor synced');
    await request(desk.baseUrl).get(api(`/${ticket.id}/writeup`)).set(bearer(staff.viewer)).expect(200);
    // A writer deleting the deep part would make Yjs recurse through all of it: refused before it is applied, nobody else disconnected.
    const outermost = Y.decodeUpdate(deep).structs[0]!.id;
    const deleter = await RawClient.open(wsUrl(desk.baseUrl), `ticket:${ticket.id}`, staff.reviewer.token);
    deleter.send(syncFrame(`ticket:${ticket.id}`, 2, deletion(outermost.client, outermost.clock, 1)));
    await until(() => deleter.closed !== undefined, 5_000, 'deep deletion refused');
    expect(deleter.closed).toEqual({ code: 4413, reason: 'document-too-complex' });
    expect(editor.events.closes).toBe(0);
    const submitted = await request(desk.baseUrl).post(api(`/${ticket.id}/transitions`)).set(bearer(staff.editor)).send({ to: 'in_review', version: ticket.version }).expect(201);
    await until(() => editor.provider.isSynced, 10_000, 'editor synced again');

    // Clearing: editors only, with the version they read, while editable.
    const clear = api(`/${ticket.id}/writeup/clear`);
    await request(desk.baseUrl).post(clear).set(bearer(staff.reviewer)).send({ version: submitted.body.version }).expect(403);
    await request(desk.baseUrl).post(clear).set(bearer(staff.editor)).send({}).expect(428);
    await request(desk.baseUrl).post(clear).set(bearer(staff.editor)).send({ version: submitted.body.version - 1 }).expect(409);
    const rowsBefore = await updateRows(ticket.id);
    const cleared = await request(desk.baseUrl).post(clear).set(bearer(staff.editor)).set('If-Match', `"${submitted.body.version}"`).send({}).expect(200);
    expect(cleared.body).toEqual({ version: submitted.body.version + 1, restoredFrom: null, text: '' });
    expect(await updateRows(ticket.id)).toBeGreaterThan(rowsBefore + 1); // cleared in slices, each logged

    await until(() => fragment(editor.doc).length === 0, 10_000, 'the connected editor sees the write-up cleared');
    const after = await request(desk.baseUrl).get(api(`/${ticket.id}/writeup`)).set(bearer(staff.viewer)).expect(200);
    expect(after.body.truncated).toBeUndefined();
    expect(after.body.text).toBe('');
    typeParagraph(editor.doc, 'A fresh start.');
    await until(() => !editor.provider.hasUnsyncedChanges, 5_000, 'edit after clearing acknowledged');
    editor.destroy();
    // The database alone has it the same way, loaded row by row.
    expect(paragraphs(await storedDoc(ticket.id))).toEqual(['A fresh start.']);
    const history = await request(desk.baseUrl).get(api(`/${ticket.id}/history`)).set(bearer(staff.viewer)).expect(200);
    expect(JSON.stringify(history.body)).toContain('writeup.cleared');
  });

  it('restores a kept version through the live document, only while editable', async () => {
    const ticket = await createTicket(staff.newsroom, staff.editor, { status: 'drafting', rating: 'false', summary: 'Not so.' });
    const editor = connect(desk.baseUrl, ticket.id, staff.editor.token);
    await until(() => editor.provider.isSynced, 5_000, 'editor synced');
    typeParagraph(editor.doc, 'The version we keep.');
    await until(() => !editor.provider.hasUnsyncedChanges, 5_000, 'first edit acknowledged');
    const submitted = await request(desk.baseUrl).post(api(`/${ticket.id}/transitions`)).set(bearer(staff.editor)).send({ to: 'in_review', version: ticket.version }).expect(201);
    const versions = await request(desk.baseUrl).get(api(`/${ticket.id}/writeup/versions`)).set(bearer(staff.viewer)).expect(200);
    const kept = versions.body.items.at(-1).version as number;
    await until(() => editor.provider.isSynced, 5_000, 'editor synced again');
    typeParagraph(editor.doc, 'A later paragraph that goes wrong.');
    await until(() => !editor.provider.hasUnsyncedChanges, 5_000, 'second edit acknowledged');

    await request(desk.baseUrl).post(api(`/${ticket.id}/writeup/versions/999/restore`)).set(bearer(staff.editor)).send({ version: submitted.body.version }).expect(404);
    const restored = await request(desk.baseUrl).post(api(`/${ticket.id}/writeup/versions/${kept}/restore`)).set(bearer(staff.editor)).send({ version: submitted.body.version }).expect(200);
    expect(restored.body).toEqual({ version: submitted.body.version + 1, restoredFrom: kept, text: 'The version we keep.' });
    await until(() => paragraphs(editor.doc).join('|') === 'The version we keep.', 5_000, 'the connected editor sees the restored text');
    editor.destroy();
    expect(paragraphs(await storedDoc(ticket.id))).toEqual(['The version we keep.']);

    await db().query(`UPDATE tickets SET status = 'approved' WHERE id = $1`, [ticket.id]);
    const frozen = await request(desk.baseUrl).post(api(`/${ticket.id}/writeup/versions/${kept}/restore`)).set(bearer(staff.editor)).send({ version: restored.body.version }).expect(409);
    expect(frozen.body.code).toBe('state_conflict');
  });
});

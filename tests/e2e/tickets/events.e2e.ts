import { get, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { closeDb, createStaffedNewsroom, createUser, type TestUser } from '../../support/factories.js';
import { ticketsApi } from './api.js';

interface Stream {
  response: IncomingMessage;
  events: { event: string; data: Record<string, unknown> }[];
  raw: string;
  ended: Promise<void>;
  close(): void;
}

function openStream(baseUrl: string, slug: string, user: TestUser): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const request = get(`${baseUrl}/api/newsrooms/${slug}/events`, { headers: { Authorization: `Bearer ${user.token}`, Accept: 'text/event-stream' } }, (response) => {
      const stream: Stream = { response, events: [], raw: '', ended: new Promise((done) => response.on('close', () => done())), close: () => request.destroy() };
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        stream.raw += chunk;
        for (const block of chunk.split('\n\n')) {
          const event = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (event && data) stream.events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
        }
      });
      resolve(stream);
    });
    request.on('error', reject);
  });
}

async function waitFor(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('tickets: live queue events (SSE)', () => {
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

  it('announces created, assigned, transitioned and updated tickets of the member\'s newsroom only', async () => {
    const stream = await openStream(desk.baseUrl, staff.newsroom.slug, staff.viewer);
    expect(stream.response.statusCode).toBe(200);
    expect(stream.response.headers['content-type']).toMatch(/^text\/event-stream/);
    const other = await createStaffedNewsroom();
    await ticketsApi(desk.baseUrl, other.newsroom.slug).create(other.editor, { claim: 'Elsewhere.' }).expect(201);

    const api = ticketsApi(desk.baseUrl, staff.newsroom.slug);
    const created = await api.create(staff.researcher, { claim: 'Streamed claim.' }).expect(201);
    const id = created.body.id as string;
    await api.assign(staff.editor, id, staff.researcher.id, 'researcher', 1).expect(201);
    await api.transition(staff.researcher, id, 'researching', 2).expect(201);
    await api.patch(staff.researcher, id, { tags: ['live'], version: 3 }).expect(200);
    await waitFor(() => stream.events.length >= 5, 'five events');
    expect(stream.events.map((e) => e.event)).toEqual(['ticket.created', 'ticket.assigned', 'ticket.transitioned', 'ticket.transitioned', 'ticket.updated']);
    expect(stream.events.every((e) => e.data.ticketId === id)).toBe(true);
    expect(stream.events[3]!.data).toMatchObject({ from: 'assigned', status: 'researching', version: 3 });
    stream.close();
    await stream.ended;
  });

  it('admits members only', async () => {
    const outsider = await createUser();
    const refused = await openStream(desk.baseUrl, staff.newsroom.slug, outsider);
    expect(refused.response.statusCode).toBe(404);
    await refused.ended;
  });

  it('ends open streams when the desk shuts down, so close() does not hang', async () => {
    const second = await startDesk();
    const stream = await openStream(second.baseUrl, staff.newsroom.slug, staff.viewer);
    const started = Date.now();
    await second.close();
    await stream.ended;
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

import { Agent, get, type IncomingMessage, request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import WebSocket from 'ws';
import { startDesk, type TestDesk } from '../../support/desk.js';
import { bearer, closeDb, createStaffedNewsroom, type TestNewsroom, type TestUser } from '../../support/factories.js';

/** A raw connection to the desk, recording everything it receives and when it closed (ms after opening). */
interface RawConnection {
  socket: Socket;
  received(): string;
  closed: Promise<number>;
}

function openRaw(port: number): Promise<RawConnection> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let received = '';
    const socket = connect(port, '127.0.0.1');
    const closed = new Promise<number>((done) => socket.once('close', () => done(Date.now() - started)));
    socket.on('data', (chunk) => (received += chunk.toString('utf8')));
    socket.on('error', () => undefined);
    socket.once('connect', () => resolve({ socket, received: () => received, closed }));
    socket.once('error', reject);
  });
}

/** The raw answer is a problem document with `code`, and carries its request id in the header and the body. */
function expectProblem(raw: string, code: string): void {
  const [head, body] = raw.split('\r\n\r\n', 2) as [string, string];
  expect(head).toMatch(/\r\nContent-Type: application\/problem\+json\r\n/i);
  const id = /\r\nX-Request-Id: ([\w-]+)\r\n/i.exec(head)?.[1];
  expect(JSON.parse(body)).toMatchObject({ code, requestId: id });
}

const settle = <T>(promise: Promise<T>, ms: number) => Promise.race([promise, new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), ms))]);

/** Opens the newsroom's event stream; resolves with the response once its headers are in. */
function openEvents(desk: TestDesk, slug: string, user: TestUser, agent: Agent): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    get(`${desk.baseUrl}/api/newsrooms/${slug}/events`, { agent, headers: bearer(user) }, resolve).on('error', reject);
  });
}

const readBody = (response: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    response.on('end', () => resolve(body));
  });

describe('connection limits', () => {
  let desk: TestDesk;
  let port: number;
  let newsroom: TestNewsroom;
  let viewer: TestUser;
  let researcher: TestUser;
  beforeAll(async () => {
    desk = await startDesk({ HEADERS_TIMEOUT_SECONDS: '1', REQUEST_TIMEOUT_SECONDS: '2', KEEP_ALIVE_TIMEOUT_SECONDS: '1', EVENT_STREAMS_PER_MEMBER: '2' });
    port = Number(new URL(desk.baseUrl).port);
    ({ newsroom, viewer, researcher } = await createStaffedNewsroom());
  });
  afterAll(async () => {
    await desk.close();
    await closeDb();
  });

  it('closes a connection that sends nothing, or only part of its headers, after the headers timeout', async () => {
    const silent = await openRaw(port);
    const partial = await openRaw(port);
    partial.socket.write('GET /health HTTP/1.1\r\nHost: desk\r\n');
    const [silentAfter, partialAfter] = await Promise.all([silent.closed, partial.closed]);
    for (const after of [silentAfter, partialAfter]) {
      expect(after).toBeGreaterThanOrEqual(900);
      expect(after).toBeLessThan(2_500);
    }
    expect(partial.received()).toMatch(/^HTTP\/1\.1 408/);
    expectProblem(partial.received(), 'request_timeout');
  });

  it('closes a connection whose body trickles in after the request timeout, with 408', async () => {
    const slow = await openRaw(port);
    slow.socket.write('POST /api/auth/login HTTP/1.1\r\nHost: desk\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{');
    const drip = setInterval(() => slow.socket.write(' '), 250);
    const after = await slow.closed;
    clearInterval(drip);
    expect(after).toBeGreaterThanOrEqual(1_900);
    expect(after).toBeLessThan(3_500);
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
    expectProblem(slow.received(), 'request_timeout');
  });

  it('answers bytes that are not HTTP, and oversized headers, with problem documents', async () => {
    const garbage = await openRaw(port);
    garbage.socket.write('HELLO THERE\r\n\r\n');
    await garbage.closed;
    expect(garbage.received()).toMatch(/^HTTP\/1\.1 400/);
    expectProblem(garbage.received(), 'validation_failed');
    const huge = await openRaw(port);
    huge.socket.write(`GET /health HTTP/1.1\r\nHost: desk\r\nX-Big: ${'x'.repeat(20_000)}\r\n\r\n`);
    await huge.closed;
    expect(huge.received()).toMatch(/^HTTP\/1\.1 431/);
    expectProblem(huge.received(), 'headers_too_large');
  });

  it('closes an idle kept-alive connection after the keep-alive timeout', async () => {
    const kept = await openRaw(port);
    kept.socket.write('GET /health HTTP/1.1\r\nHost: desk\r\n\r\n');
    const answeredAt = Date.now();
    const after = await kept.closed;
    expect(kept.received()).toMatch(/^HTTP\/1\.1 200/);
    expect(Date.now() - answeredAt).toBeGreaterThanOrEqual(900);
    expect(after).toBeLessThan(2_500);
  });

  it('does not cut event streams or live-editing sockets, which outlive the request timeout', async () => {
    const agent = new Agent({ keepAlive: false });
    const stream = await openEvents(desk, newsroom.slug, viewer, agent);
    expect(stream.statusCode).toBe(200);
    const streamEnded = new Promise<'ended'>((resolve) => stream.once('close', () => resolve('ended')));
    stream.resume();
    const live = new WebSocket(`${desk.baseUrl.replace('http', 'ws')}/collab`);
    await new Promise((resolve, reject) => live.once('open', resolve).once('error', reject));
    const liveClosed = new Promise<'ended'>((resolve) => live.once('close', () => resolve('ended')));

    expect(await settle(Promise.race([streamEnded, liveClosed]), 3_500)).toBe('open');
    live.close();
    stream.destroy();
    agent.destroy();
  });

  it('refuses a member a stream beyond EVENT_STREAMS_PER_MEMBER with 429, per member, and admits again once one closes', async () => {
    const agent = new Agent({ keepAlive: false });
    const first = await openEvents(desk, newsroom.slug, researcher, agent);
    const second = await openEvents(desk, newsroom.slug, researcher, agent);
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);

    const third = await openEvents(desk, newsroom.slug, researcher, agent);
    expect(third.statusCode).toBe(429);
    expect(third.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(await readBody(third)) as Record<string, unknown>;
    expect(problem).toMatchObject({ code: 'too_many_streams', status: 429, limit: 2, requestId: third.headers['x-request-id'] });
    expect(problem.detail).toMatch(/close one/);

    // Another member of the same newsroom is not affected.
    const other = await openEvents(desk, newsroom.slug, viewer, agent);
    expect(other.statusCode).toBe(200);

    first.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await openEvents(desk, newsroom.slug, researcher, agent);
    expect(again.statusCode).toBe(200);
    for (const response of [second, other, again]) response.destroy();
    agent.destroy();
  });

  it('still answers ordinary requests within the limits', async () => {
    const body = JSON.stringify({ email: 'nobody@example.org', password: 'not the right password' });
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, method: 'POST', path: '/api/auth/login', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 5));
      setTimeout(() => req.end(body.slice(5)), 800);
    });
    expect(status).toBe(401);
  });
});

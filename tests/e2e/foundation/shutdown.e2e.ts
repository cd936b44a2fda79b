import { mkdtempSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { freePort } from '../../support/free-port.js';
import { LISTENING, spawnDesk } from '../../support/process.js';

/** A raw connection that records when (ms after `since()`) it was closed by the desk. */
function openRaw(port: number, since: () => number): Promise<{ socket: Socket; received: () => string; closedAt: Promise<number> }> {
  return new Promise((resolve, reject) => {
    let received = '';
    const socket = connect(port, '127.0.0.1');
    const closedAt = new Promise<number>((done) => socket.once('close', () => done(Date.now() - since())));
    socket.on('data', (chunk) => (received += chunk.toString('utf8')));
    socket.on('error', () => undefined);
    socket.once('connect', () => resolve({ socket, received: () => received, closedAt }));
    socket.once('error', reject);
  });
}

describe('shutdown with connections that never finish a request', () => {
  it('closes idle and half-sent connections at once, gives a request in flight SHUTDOWN_DRAIN_SECONDS, then exits 0', async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const desk = spawnDesk({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'claimdesk-drain-')),
      PORT: String(port),
      HOST: '127.0.0.1',
      EMBEDDED_PG_PORT: String(pgPort),
      DEMO_DATA: 'false',
      SHUTDOWN_DRAIN_SECONDS: '3',
      // Generous connection timeouts, so that only shutdown can end these connections within the test.
      HEADERS_TIMEOUT_SECONDS: '60',
      REQUEST_TIMEOUT_SECONDS: '120',
    });
    await desk.waitFor(LISTENING);
    let signalledAt = 0;
    const since = () => signalledAt;

    const silent = await openRaw(port, since);
    const halfHeaders = await openRaw(port, since);
    halfHeaders.socket.write('GET /health HTTP/1.1\r\nHost: desk\r\nX-Half: ');
    const kept = await openRaw(port, since);
    kept.socket.write('GET /health HTTP/1.1\r\nHost: desk\r\n\r\n');
    // A request in flight whose body never completes: it is waited for, but only for the drain time.
    const halfBody = await openRaw(port, since);
    halfBody.socket.write('POST /api/auth/login HTTP/1.1\r\nHost: desk\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"email":');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(kept.received()).toMatch(/^HTTP\/1\.1 200/);

    signalledAt = Date.now();
    desk.child.kill('SIGTERM');
    const { code } = await desk.exited;
    const exitedAfter = Date.now() - signalledAt;

    expect(code).toBe(0);
    const [silentClosed, halfHeadersClosed, keptClosed, halfBodyClosed] = await Promise.all([silent.closedAt, halfHeaders.closedAt, kept.closedAt, halfBody.closedAt]);
    // Nothing in flight: closed as soon as the HTTP server starts closing, well before the drain time ends.
    for (const closed of [silentClosed, halfHeadersClosed, keptClosed]) expect(closed).toBeLessThan(2_500);
    expect(halfBodyClosed).toBeGreaterThanOrEqual(2_900);
    expect(halfBodyClosed).toBeLessThan(6_000);
    // The embedded PostgreSQL is stopped too, within a few seconds after the drain.
    expect(exitedAfter).toBeLessThan(12_000);
    expect(desk.output()).toMatch(/requests still in flight when the shutdown drain time ran out/);
  }, 120_000);
});

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CLOSE, FrameError, isSyncStatus, MESSAGE, parseFrame, SYNC, ticketIdOf, validateUpdate } from '../../../src/writeups/collab-protocol.js';
import { RateWindow } from '../../../src/writeups/collab-limits.js';

const NAME = 'ticket:0b6f3c52-9f1e-4c8a-a7d2-5e4b1c2d3e4f';

function frame(write: (encoder: encoding.Encoder) => void, name = NAME): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function realUpdate(): Uint8Array {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Claim checked against the budget tables.')]);
  doc.getXmlFragment('default').push([paragraph]);
  return Y.encodeStateAsUpdate(doc);
}

const syncFrame = (update: Uint8Array, step: number = SYNC.update) =>
  frame((e) => {
    encoding.writeVarUint(e, MESSAGE.sync);
    encoding.writeVarUint(e, step);
    encoding.writeVarUint8Array(e, update);
  });

describe('collab frame parsing', () => {
  it('reads the document, the sync step and the carried update', () => {
    const update = realUpdate();
    expect(parseFrame(syncFrame(update))).toEqual({ kind: 'sync', documentName: NAME, step: 'update', payload: update });
    expect(parseFrame(syncFrame(update, SYNC.step2))).toMatchObject({ step: 'step2' });
    const withSession = frame((e) => (encoding.writeVarUint(e, MESSAGE.awareness), encoding.writeVarUint8Array(e, new Uint8Array([0]))), `${NAME}\0session-1`);
    expect(parseFrame(withSession)).toEqual({ kind: 'other', documentName: NAME, type: MESSAGE.awareness });
  });

  it('names only ticket documents', () => {
    expect(ticketIdOf(NAME)).toBe('0b6f3c52-9f1e-4c8a-a7d2-5e4b1c2d3e4f');
    expect(ticketIdOf('ticket:../etc')).toBeUndefined();
    expect(() => parseFrame(frame((e) => encoding.writeVarUint(e, MESSAGE.awareness), 'other:doc'))).toThrow(FrameError);
  });

  it('refuses truncated varints, unknown types, trailing bytes and server-only opcodes', () => {
    const good = syncFrame(realUpdate());
    for (const cut of [1, 5, good.length - 1]) expect(() => parseFrame(good.slice(0, cut))).toThrow(FrameError);
    expect(() => parseFrame(new Uint8Array([0x80]))).toThrow(FrameError);
    expect(() => parseFrame(Uint8Array.from([...good, 0]))).toThrow(FrameError);
    expect(() => parseFrame(frame((e) => encoding.writeVarUint(e, MESSAGE.broadcastStateless)))).toThrow(FrameError);
    expect(() => parseFrame(frame((e) => encoding.writeVarUint(e, 99)))).toThrow(FrameError);
    expect(() =>
      parseFrame(
        frame((e) => {
          encoding.writeVarUint(e, MESSAGE.sync);
          encoding.writeVarUint(e, 7);
          encoding.writeVarUint8Array(e, new Uint8Array([0, 0]));
        }),
      ),
    ).toThrow(FrameError);
  });

  it('never throws anything but a FrameError, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          parseFrame(bytes);
        } catch (error) {
          return error instanceof FrameError;
        }
        return true;
      }),
      { numRuns: 2_000 },
    );
  });

  it('validates updates by decoding them completely, without a document', () => {
    const update = realUpdate();
    expect(validateUpdate(update).structs).toBeGreaterThan(0);
    expect(validateUpdate(new Uint8Array([0, 0]))).toEqual({ structs: 0, deletes: 0 });
    for (const cut of [1, 3, update.length - 1]) {
      let error: unknown;
      try {
        validateUpdate(update.slice(0, cut));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(FrameError);
      expect((error as FrameError).close).toBe(CLOSE.invalidUpdate);
    }
  });

  it('recognises acknowledgements', () => {
    expect(isSyncStatus(frame((e) => (encoding.writeVarUint(e, MESSAGE.syncStatus), encoding.writeVarInt(e, 1))))).toBe(true);
    expect(isSyncStatus(syncFrame(realUpdate()))).toBe(false);
    expect(isSyncStatus(new Uint8Array([0xff]))).toBe(false);
  });
});

describe('rate window', () => {
  it('allows a burst up to the budget per second, then refuses until the next second', () => {
    const rate = new RateWindow(3);
    expect([rate.take(1000), rate.take(1100), rate.take(1200), rate.take(1300)]).toEqual([true, true, true, false]);
    expect(rate.take(2000)).toBe(true);
  });
});

describe('bodies of the other client messages', () => {
  const awareness = (states: [number, number, string][]) =>
    frame((e) => {
      encoding.writeVarUint(e, MESSAGE.awareness);
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, states.length);
      for (const [client, clock, state] of states) {
        encoding.writeVarUint(inner, client);
        encoding.writeVarUint(inner, clock);
        encoding.writeVarString(inner, state);
      }
      encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
    });

  it('accepts well-formed awareness, auth and stateless messages', () => {
    expect(parseFrame(awareness([[1, 2, '{"user":{"name":"a"}}'], [3, 1, 'null']]))).toMatchObject({ kind: 'other', type: MESSAGE.awareness });
    expect(parseFrame(frame((e) => (encoding.writeVarUint(e, MESSAGE.auth), encoding.writeVarUint(e, 0), encoding.writeVarString(e, 'token'))))).toMatchObject({ type: MESSAGE.auth });
    expect(parseFrame(frame((e) => (encoding.writeVarUint(e, MESSAGE.stateless), encoding.writeVarString(e, 'hello'))))).toMatchObject({ type: MESSAGE.stateless });
  });

  it('refuses awareness that is truncated or not JSON, and truncated auth or stateless bodies', () => {
    const good = awareness([[1, 2, '{"user":{}}']]);
    expect(() => parseFrame(good.slice(0, good.length - 2))).toThrow(FrameError);
    expect(() => parseFrame(awareness([[1, 2, '{not json']]))).toThrow(FrameError);
    expect(() => parseFrame(frame((e) => encoding.writeVarUint(e, MESSAGE.auth)))).toThrow(FrameError);
    expect(() => parseFrame(frame((e) => (encoding.writeVarUint(e, MESSAGE.stateless), encoding.writeVarUint(e, 10))))).toThrow(FrameError);
    expect(() => parseFrame(frame((e) => encoding.writeVarUint(e, MESSAGE.ping)))).toThrow(FrameError);
  });
});

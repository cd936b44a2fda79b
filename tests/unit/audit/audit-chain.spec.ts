import { describe, expect, it } from '@jest/globals';
import { type AuditContent, CHAIN_START, type ChainedEntry, checkChain, GENESIS_HASH, hashEntry } from '../../../src/audit/audit-chain.js';

const NEWSROOM = '5d1c7f0e-3a51-4b8e-9a51-1f0f7c1e2b3a';

function chain(length: number): ChainedEntry[] {
  const entries: ChainedEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const content: AuditContent = {
      newsroomId: NEWSROOM,
      seq,
      ticketId: seq % 2 ? '0f4b7c52-8f3e-4d1a-b0c2-7a9e1d2c3b4a' : null,
      actorId: seq % 3 ? 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' : null,
      action: 'ticket.updated',
      before: { priority: 'normal', n: seq },
      after: { priority: 'high', tags: ['a', 'b'], nested: { z: 1, a: [true, null] } },
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(),
    };
    const hash = hashEntry(prevHash, content);
    entries.push({ ...content, prevHash, hash });
    prevHash = hash;
  }
  return entries;
}

describe('audit chain', () => {
  it('hashes canonically: key order does not matter, any value does', () => {
    const [entry] = chain(1);
    const reordered: AuditContent = { ...entry!, after: { nested: { a: [true, null], z: 1 }, tags: ['a', 'b'], priority: 'high' } };
    expect(hashEntry(GENESIS_HASH, reordered)).toBe(entry!.hash);
    expect(hashEntry(GENESIS_HASH, { ...entry!, after: { ...(entry!.after as object), priority: 'low' } })).not.toBe(entry!.hash);
    expect(hashEntry('f'.repeat(64), entry!)).not.toBe(entry!.hash);
    expect(entry!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('treats dates and undefined as JSON would store them', () => {
    const [entry] = chain(1);
    const withDate = { ...entry!, after: { at: new Date('2026-01-01T00:00:00.000Z'), gone: undefined } };
    const asStored = { ...entry!, after: { at: '2026-01-01T00:00:00.000Z' } };
    expect(hashEntry(GENESIS_HASH, withDate)).toBe(hashEntry(GENESIS_HASH, asStored));
  });

  it('verifies an intact chain, also page by page', () => {
    const entries = chain(9);
    expect(checkChain(entries)).toEqual({ cursor: { seq: 9, hash: entries[8]!.hash } });
    const first = checkChain(entries.slice(0, 4));
    expect(checkChain(entries.slice(4), first.cursor).firstBroken).toBeUndefined();
    expect(checkChain([])).toEqual({ cursor: CHAIN_START });
  });

  it.each([
    ['action', (e: ChainedEntry) => ({ ...e, action: 'ticket.created' })],
    ['after', (e: ChainedEntry) => ({ ...e, after: { priority: 'low' } })],
    ['before', (e: ChainedEntry) => ({ ...e, before: null })],
    ['actor', (e: ChainedEntry) => ({ ...e, actorId: null })],
    ['time', (e: ChainedEntry) => ({ ...e, at: '2030-01-01T00:00:00.000Z' })],
    ['ticket', (e: ChainedEntry) => ({ ...e, ticketId: '00000000-0000-4000-8000-000000000000' })],
    ['hash', (e: ChainedEntry) => ({ ...e, hash: 'a'.repeat(64) })],
  ])('finds the first entry whose %s was tampered with', (_field, tamper) => {
    const entries = chain(6);
    entries[3] = tamper(entries[3]!);
    expect(checkChain(entries).firstBroken).toBe(4);
  });

  it('finds a removed or reordered entry, and a re-hashed one by its successor', () => {
    const entries = chain(6);
    expect(checkChain([...entries.slice(0, 2), ...entries.slice(3)]).firstBroken).toBe(4);
    expect(checkChain([entries[0]!, entries[2]!, entries[1]!]).firstBroken).toBe(3);
    // A forger who recomputes one entry's hash breaks the link to the next one.
    const forged = { ...entries[2]!, after: { priority: 'low' } };
    forged.hash = hashEntry(forged.prevHash, forged);
    expect(checkChain([entries[0]!, entries[1]!, forged, ...entries.slice(3)]).firstBroken).toBe(4);
  });
});

/**
 * What checking a live update against the write-up schema costs per edit.
 *
 *   node --import @swc-node/register/esm-register bench/writeup-check.ts
 *
 * A server document of a long write-up (300 paragraphs, a nested list, marks)
 * receives keystrokes and new paragraphs from a client copy; each update is
 * timed through the check (decode included) and through Yjs's own apply, the
 * work the server does for it anyway.
 */
import * as Y from 'yjs';
import { checkUpdate } from '../src/writeups/update-check.js';
import { WRITEUP_LIMITS } from '../src/writeups/writeup-schema.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20_000);

function longWriteup(): Y.Doc {
  const doc = new Y.Doc();
  const root = doc.getXmlFragment('default');
  doc.transact(() => {
    for (let i = 0; i < 300; i += 1) {
      const paragraph = new Y.XmlElement('paragraph');
      const text = new Y.XmlText();
      paragraph.insert(0, [text]);
      root.push([paragraph]);
      text.insert(0, `Paragraph ${i}: the figure the claim rests on comes from a survey of 1,204 adults. `);
      text.format(4, 9, { bold: {} });
    }
    let list = new Y.XmlElement('bulletList');
    root.push([list]);
    for (let depth = 0; depth < 6; depth += 1) {
      const item = new Y.XmlElement('listItem');
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(`level ${depth}`)]);
      const inner = new Y.XmlElement('bulletList');
      item.insert(0, [paragraph, inner]);
      list.insert(0, [item]);
      list = inner;
    }
  });
  return doc;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function run(label: string, edit: (client: Y.Doc, i: number) => void): void {
  const server = longWriteup();
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const checks: number[] = [];
  const applies: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const before = Y.encodeStateVector(client);
    client.transact(() => edit(client, i));
    const update = Y.encodeStateAsUpdate(client, before);
    let started = process.hrtime.bigint();
    checkUpdate(server, update, WRITEUP_LIMITS);
    checks.push(Number(process.hrtime.bigint() - started) / 1_000);
    started = process.hrtime.bigint();
    Y.applyUpdate(server, update);
    applies.push(Number(process.hrtime.bigint() - started) / 1_000);
  }
  // The first quarter warms the JIT up.
  const measured = (xs: number[]) => xs.slice(ROUNDS / 4).sort((a, b) => a - b);
  const c = measured(checks);
  const a = measured(applies);
  const fmt = (xs: number[]) => `median ${quantile(xs, 0.5).toFixed(1)} µs, p99 ${quantile(xs, 0.99).toFixed(1)} µs`;
  process.stdout.write(`${label}: check ${fmt(c)}; Yjs apply ${fmt(a)}\n`);
}

const paragraphText = (doc: Y.Doc, index: number) => (doc.getXmlFragment('default').get(index) as Y.XmlElement).get(0) as Y.XmlText;

run('keystroke', (doc, i) => paragraphText(doc, 150).insert(20 + (i % 40), 'x'));
run('keystroke in bold', (doc, i) => paragraphText(doc, 10).insert(5, 'y', i % 2 === 0 ? { bold: {} } : undefined));
run('new paragraph (Enter)', (doc, i) => {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(`new ${i}`)]);
  doc.getXmlFragment('default').insert(200, [paragraph]);
});

import { describe, expect, it } from '@jest/globals';
import { actionsOf, type Choice, formatOfFile, idempotencyKey, orderedMatches, percent, publishedAtOf, segmentsOf, strengthOf, withoutControls } from '../../../client/src/intake/intake-rules.js';
import { domainsOf } from '../../../client/src/settings/outlet-domains.js';

const span = (id: string, start: number, end: number, score = 0.5) => ({ id, start, end, score });

describe('the intake screen’s highlighted text', () => {
  const text = 'One. Two said so. Three. Four is last.';

  it('cuts the text into plain and candidate runs that join back into the text', () => {
    const segments = segmentsOf(text, [span('b', 5, 17, 0.9), span('d', 25, 38, 0.2)]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments).toEqual([
      { text: 'One. ' },
      { text: 'Two said so.', candidateId: 'b', score: 0.9 },
      { text: ' Three. ' },
      { text: 'Four is last.', candidateId: 'd', score: 0.2 },
    ]);
  });

  it('orders candidates by position whatever their rank, and marks one that starts the text', () => {
    const segments = segmentsOf(text, [span('late', 25, 38), span('first', 0, 4)]);
    expect(segments.filter((s) => s.candidateId).map((s) => s.candidateId)).toEqual(['first', 'late']);
    expect(segments[0]).toEqual({ text: 'One.', candidateId: 'first', score: 0.5 });
  });

  it('never cuts a sentence in two for an overlapping candidate, and clamps offsets outside the text', () => {
    const segments = segmentsOf(text, [span('a', 5, 17), span('overlap', 10, 24), span('past', 30, 500), span('empty', 3, 3)]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.candidateId).map((s) => [s.candidateId, s.text])).toEqual([
      ['a', 'Two said so.'],
      ['past', 'is last.'],
    ]);
  });

  it('gives the text as one run when there are no candidates', () => {
    expect(segmentsOf(text, [])).toEqual([{ text }]);
    expect(segmentsOf('', [span('a', 0, 3)])).toEqual([]);
  });

  it('makes a higher score a stronger highlight and prints it as a percentage', () => {
    expect([0, 0.49, 0.5, 0.7, 0.84, 0.85, 1].map(strengthOf)).toEqual([1, 1, 2, 3, 3, 4, 4]);
    expect([0.876, 0, 1.2].map(percent)).toEqual(['88%', '0%', '100%']);
  });
});

describe('applying the chosen candidates', () => {
  it('sends one action per selected candidate, in list order, joining only where a ticket was chosen', () => {
    const chosen = new Map<string, Choice>([
      ['c3', { join: 't9' }],
      ['c1', 'new'],
    ]);
    expect(actionsOf(['c1', 'c2', 'c3'], chosen)).toEqual([{ candidateId: 'c1' }, { candidateId: 'c3', ticketId: 't9' }]);
    expect(actionsOf(['c1'], new Map())).toEqual([]);
  });

  it('makes a new Idempotency-Key each time, also where randomUUID is missing (plain http)', () => {
    const keys = new Set(Array.from({ length: 50 }, () => idempotencyKey()));
    expect(keys.size).toBe(50);
    const insecure = { getRandomValues: (array: Uint8Array) => crypto.getRandomValues(array) };
    const key = idempotencyKey(insecure);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(idempotencyKey(insecure)).not.toBe(key);
  });

  it('lists same-claim matches first, then the closest', () => {
    const matches = [
      { id: 'close', sameClaim: false, score: 0.9 },
      { id: 'same-weak', sameClaim: true, score: 0.4 },
      { id: 'same-strong', sameClaim: true, score: 0.8 },
    ];
    expect(orderedMatches(matches).map((m) => m.id)).toEqual(['same-strong', 'same-weak', 'close']);
    expect(matches[0]!.id).toBe('close');
  });
});

describe('what the intake form reads', () => {
  it('sends text copied from PDFs without the control characters the desk refuses: page breaks become line breaks', () => {
    expect(withoutControls('Page one ends.\fPage two\u0007 starts.\vAnd\ttabs\r\nstay.')).toBe('Page one ends.\nPage two starts.\nAnd\ttabs\r\nstay.');
    expect(withoutControls('Кириллица и العربية stay.')).toBe('Кириллица и العربية stay.');
  });


  it('reads HTML files as HTML and text or Markdown as text, and nothing else', () => {
    expect(['story.html', 'STORY.HTM', 'notes.md', 'wire.txt', 'scan.pdf', 'noextension', 'archive.txt.zip'].map(formatOfFile)).toEqual([
      'html',
      'html',
      'text',
      'text',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('sends a date field as midnight UTC, so the day never shifts, and ignores anything else', () => {
    expect(publishedAtOf('2016-12-11')).toBe('2016-12-11T00:00:00.000Z');
    expect(publishedAtOf('')).toBeUndefined();
    expect(publishedAtOf('11/12/2016')).toBeUndefined();
  });

  it('reads an outlet’s domains as typed, without scheme, path, www. or repeats', () => {
    expect(domainsOf(' https://www.News.example.org/world?x=1, blog.example.com  news.example.org ,')).toEqual(['news.example.org', 'blog.example.com']);
    expect(domainsOf('')).toEqual([]);
  });
});

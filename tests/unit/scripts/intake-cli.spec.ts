import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseIntakeArgs, urlFromFilename, UsageError } from '../../../scripts/intake/args.js';
import { expandInputs } from '../../../scripts/intake/files.js';
import { clip, type FileOutcome, summaryTable } from '../../../scripts/intake/report.js';

describe('intake command line', () => {
  it('reads the options and keeps the files in order', () => {
    expect(parseIntakeArgs(['--newsroom', 'desk', '--as', 'Ed@Example.org', '--format', 'html', '--language', 'FR', '--url-from-filename', 'a.html', 'b/*.html'])).toEqual({
      newsroom: 'desk',
      as: 'Ed@Example.org',
      format: 'html',
      language: 'fr',
      urlFromFilename: true,
      inputs: ['a.html', 'b/*.html'],
    });
    expect(parseIntakeArgs(['--newsroom', 'desk', 'a.txt'])).toMatchObject({ as: undefined, format: 'auto', language: undefined, urlFromFilename: false });
    expect(parseIntakeArgs(['--help'])).toBeUndefined();
  });

  it.each([
    [['a.txt'], '--newsroom <slug> is required'],
    [['--newsroom', 'desk'], 'name at least one file'],
    [['--newsroom', 'desk', '--format', 'pdf', 'a.txt'], '--format must be one of auto, text, html'],
    [['--newsroom', 'desk', '--language', 'english', 'a.txt'], '--language must be an ISO 639 code'],
    [['--newsroom', 'desk', '--as', 'editor', 'a.txt'], '--as must be the email of a member'],
    [['--newsroom', 'desk', '--verbose', 'a.txt'], "Unknown option '--verbose'"],
  ])('refuses %j', (argv, message) => {
    expect(() => parseIntakeArgs(argv)).toThrow(UsageError);
    expect(() => parseIntakeArgs(argv)).toThrow(message);
  });

  it('reads a URL from a percent-encoded file name, https when it has no scheme', () => {
    expect(urlFromFilename(`/in/${encodeURIComponent('http://news.example.org/2016/12/story?id=4')}.html`)).toBe('http://news.example.org/2016/12/story?id=4');
    expect(urlFromFilename('news.example.org%2F2016%2Fpalmyra.txt')).toBe('https://news.example.org/2016/palmyra');
    expect(() => urlFromFilename('article-12.txt')).toThrow('does not name a URL');
    expect(() => urlFromFilename('news.example.org%E0%A4%A.txt')).toThrow('not percent-encoded correctly');
  });

  describe('files and globs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimdesk-intake-files-'));
    mkdirSync(join(dir, 'in', 'deep'), { recursive: true });
    for (const file of ['in/b.txt', 'in/a.html', 'in/deep/c.txt']) writeFileSync(join(dir, file), 'text');
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('expands globs in order, each file once, and says what names no file', async () => {
      await expect(expandInputs(['in/b.txt', 'in/*.{txt,html}', 'in/**/*.txt', 'in/none-*.txt', 'gone.txt', 'in'], dir)).resolves.toEqual([
        { file: 'in/b.txt' },
        { file: 'in/a.html' },
        { file: 'in/deep/c.txt' },
        { input: 'in/none-*.txt', problem: 'matches no file' },
        { input: 'gone.txt', problem: 'no such file' },
        { input: 'in', problem: expect.stringContaining('is a directory') },
      ]);
    });

    it('keeps absolute paths absolute', async () => {
      await expect(expandInputs([join(dir, 'in', '*.txt')], '/')).resolves.toEqual([{ file: join(dir, 'in', 'b.txt') }]);
    });
  });

  it('prints a table with a row per file and the totals', () => {
    const outcomes: FileOutcome[] = [
      { file: 'a.txt', ok: true, articleId: 'id-a', language: 'en', candidates: 12, sameClaim: 2, factChecked: 0, top: { text: 'About 4,000\nfighters  left', score: 0.9 }, duplicateOf: null, ms: 30 },
      { file: 'b.txt', ok: true, articleId: 'id-b', language: 'fr', candidates: 3, sameClaim: 0, factChecked: 0, top: null, duplicateOf: 'id-a', ms: 10 },
      { file: 'missing.txt', ok: false, reason: 'no such file' },
    ];
    const lines = summaryTable(outcomes).split('\n');
    expect(lines[0]).toMatch(/^file\s+result\s+article\s+lang\s+candidates\s+same claim\s+top candidate$/);
    expect(lines[2]).toMatch(/^a\.txt\s+ok\s+id-a\s+en\s+12\s+2\s+About 4,000 fighters left$/);
    expect(lines[3]).toMatch(/^b\.txt\s+duplicate\s+id-b\s+fr\s+3\s+0\s+-$/);
    expect(lines[4]).toMatch(/^missing\.txt\s+FAILED\s+no such file$/);
    expect(lines.at(-1)).toBe('3 files: 2 imported, 1 failed; 15 candidates, 2 with a same-claim ticket');
  });

  it('clips long text on one line', () => {
    expect(clip('one  two\nthree', 20)).toBe('one two three');
    expect(clip('abcdefghij', 5)).toBe('abcd…');
  });
});

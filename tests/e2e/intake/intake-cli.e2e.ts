import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { analyseArticle } from '../../../src/intake/analysis/analyse-article.js';
import { testDatabaseUrl } from '../../support/desk.js';
import { closeDb, createStaffedNewsroom, createTicket, db } from '../../support/factories.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** The sample intake beside the project: read at run time, never copied. */
const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const FIRST = '000_227b56d3a791566b.txt';
const SECOND = '001_96762dce61dae068.txt';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `npm run intake -- ...` as a user runs it: the real script in its own Node
 * process, with the swc loader the package script uses, on the run's test
 * database (DATABASE_URL) and a private data directory.
 */
function runIntake(args: string[], dataDir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', join(ROOT, 'scripts', 'intake.ts'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_URL: testDatabaseUrl(), DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(join(SEEDS, file), 'utf8')).digest('hex');

describe('npm run intake: bulk import through the intake service', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-intake-cli-'));
  });
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await closeDb();
  });

  it('imports the files a glob names as the member given, stores articles and candidates, matches them and names both files in the summary', async () => {
    const staff = await createStaffedNewsroom();
    // A ticket for the first article's figure, so the import has a same-claim match to report (the claim is taken from the seed at run time).
    const fighters = analyseArticle({ text: readFileSync(join(SEEDS, FIRST), 'utf8') }).candidates.find((candidate) => candidate.text.includes('4,000'));
    expect(fighters).toBeDefined();
    await createTicket(staff.newsroom, staff.editor, { claim: fighters!.text });

    const run = await runIntake(['--newsroom', staff.newsroom.slug, '--as', staff.researcher.email.toUpperCase(), join(SEEDS, '00[01]_*.txt')], dataDir);
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toContain(`into newsroom "${staff.newsroom.slug}" as ${staff.researcher.email} (researcher)`);

    const articles = await db().query<{ id: string; received_sha256: string; submitted_by: string; language: string; candidates: number }>(
      `SELECT a.id, a.received_sha256, a.submitted_by, a.language, (SELECT count(*)::int FROM article_candidates c WHERE c.article_id = a.id) AS candidates
         FROM articles a WHERE a.newsroom_id = $1 ORDER BY a.created_at`,
      [staff.newsroom.id],
    );
    expect(articles.rows.map((row) => row.received_sha256)).toEqual([sha256(FIRST), sha256(SECOND)]);
    for (const article of articles.rows) {
      expect(article).toMatchObject({ submitted_by: staff.researcher.id, language: 'en' });
      expect(article.candidates).toBeGreaterThan(3);
      // The per-file report names what was stored: the article, its language and its candidates.
      expect(run.stdout).toContain(`article ${article.id}, language en, ${article.candidates} candidates`);
    }
    // Both articles report the desk's ticket for the fighters' figure as the same claim.
    const sameClaim = [...run.stdout.matchAll(/(\d+) with a same-claim ticket, /g)].map((match) => Number(match[1]));
    expect(sameClaim).toHaveLength(2);
    expect(sameClaim.every((count) => count >= 1)).toBe(true);

    const summary = run.stdout.slice(run.stdout.indexOf('\nfile '));
    for (const [file, article] of [FIRST, SECOND].map((name, index) => [name, articles.rows[index]!] as const)) {
      expect(summary).toMatch(new RegExp(`${file.replace('.', '\\.')}\\s+ok\\s+${article.id}\\s+en\\s+${article.candidates}\\s+[1-9]`));
    }
    expect(summary).toContain('2 files: 2 imported, 0 failed');

    const audit = await db().query(`SELECT actor_id, after FROM audit_entries WHERE newsroom_id = $1 AND action = 'article.submitted'`, [staff.newsroom.id]);
    expect(audit.rows.map((row) => `${row.actor_id} ${row.after.articleId}`).sort()).toEqual(articles.rows.map((row) => `${staff.researcher.id} ${row.id}`).sort());
  }, 180_000);

  it('refuses an unknown newsroom before reading any file, with exit code 2', async () => {
    const run = await runIntake(['--newsroom', 'no-such-newsroom-here', join(SEEDS, FIRST)], dataDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no newsroom with the slug "no-such-newsroom-here"');
    expect(run.stdout).not.toContain('[1/1]');
  }, 180_000);

  it('imports what it can and fails on a missing file; refuses a viewer', async () => {
    const staff = await createStaffedNewsroom();
    const missing = join(dataDir, 'not-there.txt');
    const run = await runIntake(['--newsroom', staff.newsroom.slug, join(SEEDS, SECOND), missing], dataDir);
    expect(run.code).toBe(1);
    // The default member is the newsroom's admin.
    expect(run.stdout).toContain(`as ${staff.admin.email} (admin)`);
    expect(run.stdout).toMatch(new RegExp(`\\[2/2\\] ${missing}\\n\\s+FAILED: no such file`));
    expect(run.stdout).toContain('2 files: 1 imported, 1 failed');
    const stored = await db().query(`SELECT submitted_by FROM articles WHERE newsroom_id = $1`, [staff.newsroom.id]);
    expect(stored.rows).toEqual([{ submitted_by: staff.admin.id }]);

    const refused = await runIntake(['--newsroom', staff.newsroom.slug, '--as', staff.viewer.email, join(SEEDS, SECOND)], dataDir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${staff.viewer.email} is a viewer of newsroom "${staff.newsroom.slug}" and may not submit articles`);
    const after = await db().query(`SELECT count(*)::int AS n FROM articles WHERE newsroom_id = $1`, [staff.newsroom.id]);
    expect(after.rows[0].n).toBe(1);
  }, 240_000);
});

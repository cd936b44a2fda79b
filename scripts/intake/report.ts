import type { ArticleDto } from '../../src/intake/dto/intake.dto.js';

/** What one file came to. */
export type FileOutcome =
  | {
      file: string;
      ok: true;
      articleId: string;
      language: string;
      candidates: number;
      /** Candidates with at least one ticket of the newsroom that reads as the same claim. */
      sameClaim: number;
      /** Candidates with a public verdict (of any newsroom on the desk) that reads as the same claim. */
      factChecked: number;
      top: { text: string; score: number } | null;
      duplicateOf: string | null;
      ms: number;
    }
  | { file: string; ok: false; reason: string };

export function outcomeOf(file: string, article: ArticleDto, ms: number): FileOutcome {
  const top = article.candidates[0];
  return {
    file,
    ok: true,
    articleId: article.id,
    language: article.language,
    candidates: article.candidates.length,
    sameClaim: article.candidates.filter((candidate) => candidate.matches.some((match) => match.sameClaim)).length,
    factChecked: article.candidates.filter((candidate) => candidate.factChecks.some((check) => check.sameClaim)).length,
    top: top ? { text: top.text, score: top.score } : null,
    duplicateOf: article.duplicateOf,
    ms,
  };
}

/** Text on one line (whitespace folded), cut at `width` with an ellipsis. */
export function clip(text: string, width: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= width ? line : `${line.slice(0, Math.max(0, width - 1))}…`;
}

/** A path too long for its column keeps its end, where the file's own name is. */
function clipPath(path: string, width: number): string {
  return path.length <= width ? path : `…${path.slice(path.length - width + 1)}`;
}

/** The lines printed as each file is done. */
export function describeOutcome(outcome: FileOutcome, index: number, total: number): string {
  const head = `[${index + 1}/${total}] ${outcome.file}`;
  if (!outcome.ok) return `${head}\n      FAILED: ${outcome.reason}`;
  const lines = [
    `${head}`,
    `      article ${outcome.articleId}, language ${outcome.language}, ${outcome.candidates} candidates, ` +
      `${outcome.sameClaim} with a same-claim ticket, ${outcome.factChecked} with a same-claim public verdict (${outcome.ms.toFixed(0)} ms)`,
    `      top: ${outcome.top ? `${clip(outcome.top.text, 110)} (score ${outcome.top.score.toFixed(2)})` : 'none (no sentence to check)'}`,
  ];
  if (outcome.duplicateOf) lines.push(`      same text as article ${outcome.duplicateOf}, received earlier`);
  return lines.join('\n');
}

const FILE_WIDTH = 40;
const TOP_WIDTH = 60;

/** The table printed at the end: one row per file, then the totals. */
export function summaryTable(outcomes: readonly FileOutcome[]): string {
  const header = ['file', 'result', 'article', 'lang', 'candidates', 'same claim', 'top candidate'];
  const rows = outcomes.map((outcome) =>
    outcome.ok
      ? [
          clipPath(outcome.file, FILE_WIDTH),
          outcome.duplicateOf ? 'duplicate' : 'ok',
          outcome.articleId,
          outcome.language,
          String(outcome.candidates),
          String(outcome.sameClaim),
          outcome.top ? clip(outcome.top.text, TOP_WIDTH) : '-',
        ]
      : [clipPath(outcome.file, FILE_WIDTH), 'FAILED', outcome.reason],
  );
  // Failed rows put their reason across the remaining columns, so they do not widen them.
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.filter((row) => row.length === header.length || column < 2).map((row) => (row[column] ?? '').length)),
  );
  const render = (row: string[]) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  const imported = outcomes.filter((outcome) => outcome.ok);
  const failed = outcomes.length - imported.length;
  const candidates = imported.reduce((sum, outcome) => sum + outcome.candidates, 0);
  const sameClaim = imported.reduce((sum, outcome) => sum + outcome.sameClaim, 0);
  const totals =
    `${outcomes.length} file${outcomes.length === 1 ? '' : 's'}: ${imported.length} imported, ${failed} failed; ` +
    `${candidates} candidates, ${sameClaim} with a same-claim ticket`;
  return [render(header), render(widths.map((width) => '-'.repeat(width))), ...rows.map(render), '', totals].join('\n');
}

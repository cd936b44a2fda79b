import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** One thing to import: a file found, or an input that names none (and why). */
export type IntakeEntry = { file: string } | { input: string; problem: string };

/**
 * The files the command line names, in its order (a glob's matches sorted),
 * each once. A quoted glob is expanded here, so long lists do not hit the
 * shell's argument limit and behave the same in every shell. A path that is
 * not a file, or a glob that matches none, becomes an entry with a problem:
 * the import goes on with the others and fails at the end.
 */
export async function expandInputs(inputs: readonly string[], cwd = process.cwd()): Promise<IntakeEntry[]> {
  const entries: IntakeEntry[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    entries.push({ file });
  };
  for (const input of inputs) {
    const found = await stat(resolve(cwd, input)).then(
      (stats) => ({ stats }),
      (error: NodeJS.ErrnoException) => ({ error }),
    );
    if ('stats' in found) {
      if (found.stats.isFile()) add(input);
      else entries.push({ input, problem: found.stats.isDirectory() ? 'is a directory (name its files, e.g. "dir/*.html")' : 'is not a regular file' });
      continue;
    }
    if (isDynamicPattern(input)) {
      const matches = await glob(input, { cwd, onlyFiles: true, expandDirectories: false, absolute: isAbsolute(input) });
      if (matches.length === 0) entries.push({ input, problem: 'matches no file' });
      for (const match of matches.sort()) add(match);
      continue;
    }
    const { code, message } = found.error;
    entries.push({ input, problem: code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? message})` });
  }
  return entries;
}

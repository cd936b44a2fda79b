/**
 * Bulk import of articles into a newsroom's intake:
 *
 *   npm run intake -- --newsroom <slug> [--as <email>] [--format auto|text|html] [--language xx] [--url-from-filename] <files or globs...>
 *
 * Each file goes through the same path as `POST /api/newsrooms/:slug/intake`
 * (the same checks on the body, the same IntakeService, audit entry and
 * matching), submitted by a member of the newsroom, one after the other.
 * Prints, per file, the article, its language, its candidates, the best of
 * them and how many have a same-claim match, then a table. Exit code 0 when
 * every file was imported, 1 when any failed (each says why), 2 when nothing
 * could start (command line, configuration, database, newsroom or member),
 * 130 when interrupted.
 */
import { type IntakeOptions, parseIntakeArgs, USAGE, UsageError } from './intake/args.js';

let options: IntakeOptions | undefined;
try {
  options = parseIntakeArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`intake: ${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (!options) {
  console.log(USAGE);
  process.exit(0);
}
// The desk is loaded only once the command line is known to be right: help and usage errors answer at once.
const { runIntake } = await import('./intake/run.js');
process.exit(await runIntake(options));

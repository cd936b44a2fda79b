import { basename } from 'node:path';
import { parseArgs } from 'node:util';

export type IntakeFormat = 'auto' | 'text' | 'html';

export interface IntakeOptions {
  newsroom: string;
  /** Email of the member to act as; undefined: the newsroom's first admin. */
  as: string | undefined;
  format: IntakeFormat;
  language: string | undefined;
  urlFromFilename: boolean;
  /** Paths and glob patterns, as given. */
  inputs: string[];
}

export const USAGE = `usage: npm run intake -- --newsroom <slug> [--as <email>] [--format auto|text|html] [--language xx] [--url-from-filename] <files or globs...>

  --newsroom <slug>     the newsroom that receives the articles
  --as <email>          the member who submits them (researcher or above; default: the newsroom's first admin)
  --format <format>     auto (default: HTML when it looks like markup), text or html
  --language <xx>       ISO 639 code of every article (default: detected per article)
  --url-from-filename   each file's name (without .txt/.html/.htm) is its URL, percent-encoded:
                        https%3A%2F%2Fnews.example.org%2F2016%2Fstory.html, or news.example.org%2Fstory.txt for https
  -h, --help            this text

Globs (quote them: 'articles/**/*.html') are expanded here. The database is DATABASE_URL, or else the
embedded PostgreSQL of \`npm start\` in DATA_DIR (the running desk's when it is up).`;

/** A mistake on the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const FORMATS: readonly IntakeFormat[] = ['auto', 'text', 'html'];
// As the API's SubmitArticleDto: the desk reads the primary subtag.
const LANGUAGE = /^[a-z]{2,3}$/;

/** Reads the command line (without `node` and the script); `undefined` when help was asked for. */
export function parseIntakeArgs(argv: readonly string[]): IntakeOptions | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        newsroom: { type: 'string' },
        as: { type: 'string' },
        format: { type: 'string', default: 'auto' },
        language: { type: 'string' },
        'url-from-filename': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return undefined;
  const newsroom = values.newsroom?.trim();
  if (!newsroom) throw new UsageError('--newsroom <slug> is required');
  const format = values.format as IntakeFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
  const language = values.language?.trim().toLowerCase();
  if (language !== undefined && !LANGUAGE.test(language)) throw new UsageError(`--language must be an ISO 639 code such as en or fr, not "${values.language}"`);
  const as = values.as?.trim();
  if (as !== undefined && !as.includes('@')) throw new UsageError(`--as must be the email of a member, not "${values.as}"`);
  if (positionals.length === 0) throw new UsageError('name at least one file or glob to import');
  return { newsroom, as, format, language, urlFromFilename: values['url-from-filename'], inputs: positionals };
}

const ARTICLE_EXTENSION = /\.(txt|text|html?|xhtml)$/i;

/**
 * The URL a file's name holds (`--url-from-filename`): the name without its
 * extension, percent-decoded; without a scheme it is https. A file name
 * cannot hold "/", hence the encoding: `encodeURIComponent(url) + '.html'`
 * names a file for any URL. Throws an Error saying why when the name is not one.
 */
export function urlFromFilename(path: string): string {
  const name = basename(path).replace(ARTICLE_EXTENSION, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    throw new Error(`--url-from-filename: "${basename(path)}" is not percent-encoded correctly`);
  }
  const candidate = /^https?:\/\//i.test(decoded) ? decoded : `https://${decoded}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    throw new Error(`--url-from-filename: "${basename(path)}" does not name a URL (expected e.g. news.example.org%2Fstory.html)`);
  }
  // A bare word ("article-12") parses as a host; a site's name has a dot (or is localhost).
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    throw new Error(`--url-from-filename: "${basename(path)}" does not name a URL (no domain in "${decoded}")`);
  }
  return candidate;
}

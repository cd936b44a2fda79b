import type { FieldError } from '../errors/app-error.js';

/**
 * Text the desk refuses wherever it arrives, before any handler, guard or
 * query sees it:
 *
 * - everywhere (path parameters, query values, body strings and keys):
 *   U+0000, which PostgreSQL's text cannot hold (it answered 500 for it), and
 *   lone UTF-16 surrogates, which have no UTF-8 form (the driver would store
 *   U+FFFD instead, silently changing the text);
 * - in body strings also the other C0 controls but tab, line feed and
 *   carriage return: they are never text a newsroom writes, published verdicts
 *   go out in XML feeds, which cannot carry them, and a terminal escape in a
 *   log or export is a hazard;
 * - in path parameters and query values every C0 control and DEL, tab and
 *   line breaks included: those are single-line by nature (slugs, ids,
 *   filters, search terms, cursors).
 *
 * Line breaks in single-line body fields (a tag, a claimant) are not judged
 * here: which fields are single-line is each DTO's business.
 */
/* eslint-disable no-control-regex -- finding control characters is the point */
const BODY_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const LINE_CONTROLS = /[\u0000-\u001f\u007f]/;
/* eslint-enable no-control-regex */
// With the u flag a well-formed pair is one code point, so only a lone half matches.
const LONE_SURROGATE = /\p{Cs}/u;

export type InputPart = 'path' | 'query' | 'body';

/** Why `value` cannot be accepted in `part`, or undefined when it can. */
export function unstorableReason(value: string, part: InputPart): string | undefined {
  if (value.includes('\u0000')) return 'must not contain NUL (U+0000)';
  if (LONE_SURROGATE.test(value)) return 'must not contain a lone UTF-16 surrogate (not valid Unicode text)';
  if ((part === 'body' ? BODY_CONTROLS : LINE_CONTROLS).test(value)) {
    return part === 'body' ? 'must not contain control characters other than tab and line breaks' : 'must not contain control characters or line breaks';
  }
  return undefined;
}

/**
 * The first string in `value` (strings, array items, object keys and values,
 * at any depth) that cannot be accepted, with its field path as validation
 * errors name fields (`appearances.0.outlet`). JSON bodies reach here with
 * their nesting already bounded by the parser, so the recursion is shallow.
 */
export function findUnstorableText(value: unknown, part: InputPart, path = ''): FieldError | undefined {
  if (typeof value === 'string') {
    const reason = unstorableReason(value, part);
    return reason ? { field: path || part, message: `${path || part} ${reason}` } : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], part, join(path, String(i)));
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const field = join(path, key);
      const reason = unstorableReason(key, part);
      if (reason) return { field, message: `the name of ${field} ${reason}` };
      const found = findUnstorableText((value as Record<string, unknown>)[key], part, field);
      if (found) return found;
    }
  }
  return undefined;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

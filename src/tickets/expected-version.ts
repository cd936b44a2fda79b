import { AppError } from '../common/errors/app-error.js';

/** Reads an `If-Match` value as a ticket version: `3`, `"3"` or `W/"3"`. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw new AppError('validation_failed', 'If-Match must name a version, e.g. "3".');
  return Number(match[1]);
}

/**
 * The version a write expects, from the `If-Match` header or the body's
 * `version` field (they must agree when both are given).
 */
export function expectedVersion(ifMatch: string | undefined, bodyVersion: number | undefined, required: true): number;
export function expectedVersion(ifMatch: string | undefined, bodyVersion: number | undefined, required: boolean): number | undefined;
export function expectedVersion(ifMatch: string | undefined, bodyVersion: number | undefined, required: boolean): number | undefined {
  const fromHeader = parseIfMatch(ifMatch);
  if (fromHeader !== undefined && bodyVersion !== undefined && fromHeader !== bodyVersion) {
    throw new AppError('validation_failed', 'If-Match and the body version disagree.');
  }
  const version = fromHeader ?? bodyVersion;
  if (version === undefined && required) {
    throw new AppError('version_required', 'Send the version you read, as an If-Match header or a "version" field.');
  }
  return version;
}

export const staleVersion = (current: number) =>
  new AppError('version_conflict', `The ticket changed since you read it (now version ${current}); reload and try again.`, {
    currentVersion: current,
  });

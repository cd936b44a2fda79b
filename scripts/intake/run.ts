import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import type { MemberContext } from '../../src/access/actor.js';
import { AppError } from '../../src/common/errors/app-error.js';
import { createValidationPipe } from '../../src/common/errors/validation.js';
import { findUnstorableText } from '../../src/common/input/unstorable-text.js';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { SubmitArticleDto } from '../../src/intake/dto/intake.dto.js';
import { IntakeService } from '../../src/intake/intake.service.js';
import { type IntakeOptions, urlFromFilename } from './args.js';
import { IntakeRefusal, openDesk, resolveMember } from './desk.js';
import { expandInputs } from './files.js';
import { describeOutcome, type FileOutcome, outcomeOf, summaryTable } from './report.js';

/** A first SIGINT/SIGTERM finishes the file in hand and stops; a second one stops at once. */
let interrupted = false;

/** The import (see scripts/intake.ts); resolves to the process's exit code. */
export async function runIntake(options: IntakeOptions): Promise<number> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) process.exit(130);
      interrupted = true;
      console.error(`intake: ${signal} received, stopping after the current file (again to stop at once)`);
    });
  }
  try {
    return await importAll(options);
  } catch (error) {
    const known = error instanceof ConfigError || error instanceof IntakeRefusal;
    console.error(`intake: ${known ? (error as Error).message : `failed: ${(error as Error)?.stack ?? String(error)}`}`);
    return 2;
  }
}

async function importAll(options: IntakeOptions): Promise<number> {
  // The desk's own settings, but this process delivers no webhooks, seeds no demo data and logs only what is wrong.
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', WEBHOOK_WORKER: 'off', DEMO_DATA: 'false' });
  const entries = await expandInputs(options.inputs);
  const desk = await openDesk(config);
  try {
    const member = await resolveMember(desk.app.get(DataSource), options.newsroom, options.as);
    const files = entries.filter((entry) => 'file' in entry).length;
    console.log(`intake: ${files} file${files === 1 ? '' : 's'} into newsroom "${member.slug}" as ${member.email} (${member.role}); database: ${desk.where}`);
    const intake = desk.app.get(IntakeService);
    const outcomes: FileOutcome[] = [];
    for (const [index, entry] of entries.entries()) {
      const outcome: FileOutcome =
        'problem' in entry
          ? { file: entry.input, ok: false, reason: entry.problem }
          : interrupted
            ? { file: entry.file, ok: false, reason: 'not imported: interrupted' }
            : await importFile(intake, member, entry.file, options);
      outcomes.push(outcome);
      console.log(describeOutcome(outcome, index, entries.length));
    }
    console.log(`\n${summaryTable(outcomes)}`);
    if (interrupted) return 130;
    return outcomes.every((outcome) => outcome.ok) ? 0 : 1;
  } finally {
    await desk.close();
  }
}

const validation = createValidationPipe();

/** One file through the checks an API request meets (unstorable text, then the DTO), then the service. */
async function importFile(intake: IntakeService, member: MemberContext, file: string, options: IntakeOptions): Promise<FileOutcome> {
  const started = performance.now();
  try {
    // Invalid UTF-8 becomes U+FFFD, which the service refuses in quantity ("does not look like text"); a BOM is dropped.
    const text = new TextDecoder('utf-8').decode(await readFile(file));
    const body: Record<string, unknown> = { text, format: options.format };
    if (options.language) body.language = options.language;
    if (options.urlFromFilename) body.url = urlFromFilename(file);
    const unstorable = findUnstorableText(body, 'body');
    if (unstorable) throw new AppError('validation_failed', `${unstorable.message}: is this a text or HTML file?`);
    const input = (await validation.transform(body, { type: 'body', metatype: SubmitArticleDto })) as SubmitArticleDto;
    const { article } = await intake.submit(member, input, undefined);
    return outcomeOf(file, article, performance.now() - started);
  } catch (error) {
    return { file, ok: false, reason: reasonOf(error) };
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof AppError) return `${error.detail ?? error.code} (${error.code})`;
  return error instanceof Error ? error.message : String(error);
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Account, OpenPage } from './desk-session.js';

/** The sample articles beside the project, read at run time and never copied into it. */
const SEEDS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds');

export function sampleArticle(prefix: string): string {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(`${prefix}_`) && file.endsWith('.txt'));
  if (!name) throw new Error(`no sample article ${prefix}_*.txt in ${SEEDS}`);
  return readFileSync(join(SEEDS, name), 'utf8');
}

/**
 * A fresh profile signed in as `account`, like `openAs`, that records every
 * console error as well as uncaught ones: a refused request, a CSP violation
 * or a React warning all fail the test that asserts `errors` is empty.
 */
export async function openWatched(browser: Browser, baseUrl: string, account: Account, path: string, viewport = { width: 1440, height: 900 }): Promise<OpenPage> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url}, on ${new URL(page.url()).pathname})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.request().method()} ${new URL(response.url()).pathname} answered ${response.status()}`);
  });
  await page.goto('/login');
  const session = JSON.stringify({ accessToken: account.accessToken, refreshToken: account.refreshToken });
  await page.evaluate(`localStorage.setItem('claimdesk.session', ${JSON.stringify(session)})`);
  await page.goto(path);
  return { context, page, errors };
}

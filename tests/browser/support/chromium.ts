import { accessSync, constants } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

export const NO_CHROMIUM = [
  'The browser tests need Chromium, and none was found.',
  'Install it with:  sudo apt-get update && sudo apt-get install -y chromium   (Debian/Ubuntu; playwright-core 1.64 matches Chromium 156)',
  'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
].join('\n');

/** The Chromium executable to drive; throws with install instructions when there is none. */
export function findChromium(): string {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : CANDIDATES;
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {}
  }
  throw new Error(NO_CHROMIUM);
}

/** Headless Chromium with the flags this kind of machine needs; Playwright gives it a fresh profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export const SCREENSHOTS = join(import.meta.dirname, '..', '..', '..', 'artifacts', 'screenshots');

export async function screenshotPath(name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

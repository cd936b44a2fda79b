// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Browser tests: the real desk (built client included) on its own throwaway
// PostgreSQL, driven through Debian's Chromium with playwright-core.
const root = join(import.meta.dirname, '..', '..');
const swcrc = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));

/** @type {import('jest').Config} */
export default {
  rootDir: root,
  displayName: 'browser',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/browser/**/*.browser.ts'],
  globalSetup: '<rootDir>/tests/browser/global-setup.mjs',
  globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
  // Each file drives two or three Chromium windows: one file at a time on a small machine.
  maxWorkers: 1,
  testTimeout: 90_000,
  slowTestThreshold: 30,
};

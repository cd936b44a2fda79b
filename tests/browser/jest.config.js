// @ts-check
import { join } from 'node:path';
import { compile } from '../../jest.config.js';

// Browser tests: the real desk (built client included) on its own throwaway
// PostgreSQL, driven through Debian's Chromium with playwright-core.
const root = join(import.meta.dirname, '..', '..');

/** @type {import('jest').Config} */
export default {
  rootDir: root,
  displayName: 'browser',
  ...compile,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/browser/**/*.browser.ts'],
  globalSetup: '<rootDir>/tests/browser/global-setup.mjs',
  globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
  // Each file drives two or three Chromium windows: one file at a time on a small machine.
  maxWorkers: 1,
  testTimeout: 90_000,
  slowTestThreshold: 30,
};

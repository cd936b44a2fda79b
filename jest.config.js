// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// @swc/jest only reads .swcrc from the working directory; load it by path so
// the suite runs from anywhere.
const swcrc = JSON.parse(readFileSync(join(import.meta.dirname, '.swcrc'), 'utf8'));

/** @type {import('jest').Config} */
const shared = {
  rootDir: import.meta.dirname,
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  testEnvironment: 'node',
};

/** @type {import('jest').Config} */
export default {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.mjs',
      globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
      slowTestThreshold: 20,
    },
  ],
  testTimeout: 30_000,
};

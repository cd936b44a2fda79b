// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// @swc/jest only reads .swcrc from the working directory; load it by path so
// the suite runs from anywhere.
const swcrc = JSON.parse(readFileSync(join(import.meta.dirname, '.swcrc'), 'utf8'));

/** ESM-only packages that CommonJS dependencies require (@fastify/static's): Node loads them with require(esm), Jest's loader cannot, so they are compiled to CommonJS. */
const REQUIRED_ESM = ['content-disposition'];

/** How every suite (unit, e2e, browser) compiles: TypeScript and ESM through swc. */
export const compile = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    [`/node_modules/(${REQUIRED_ESM.join('|')})/.+\\.js$`]: ['@swc/jest', { jsc: { target: 'es2023' }, module: { type: 'commonjs' }, swcrc: false }],
    '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcrc, swcrc: false }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${REQUIRED_ESM.join('|')})/)`],
};

/** @type {import('jest').Config} */
const shared = {
  rootDir: import.meta.dirname,
  ...compile,
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

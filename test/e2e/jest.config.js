/**
 * End-to-end tests: the real server (built API + web app) on real PostgreSQL, driven over HTTP
 * and through a real Chromium. Run with `npm run test:e2e` (which adds --runInBand).
 */
module.exports = {
  displayName: 'e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: { '^@moot/contracts$': '<rootDir>/../../libs/contracts/src/index.ts' },
  globalSetup: '<rootDir>/global-setup.js',
  globalTeardown: '<rootDir>/global-teardown.js',
  // The server and Chromium share a slow two-core machine with the tests.
  testTimeout: 60_000,
  slowTestThreshold: 20,
  maxWorkers: 1,
};

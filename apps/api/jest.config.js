/**
 * API tests: `*.spec.ts` beside the code (unit) and `*.int-spec.ts` (integration on real
 * PostgreSQL: TEST_DATABASE_URL, else an embedded server started by the global setup).
 */
// sanitize-html's parser is ESM-only; Node loads it natively, Jest needs it compiled to CommonJS.
const ESM_ONLY = '(htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities)';

module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
    [`/node_modules/${ESM_ONLY}/.+\\.js$`]: ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', isolatedModules: true } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!${ESM_ONLY}/)[^/]+/(?!node_modules/${ESM_ONLY}/)`],
  moduleNameMapper: { '^@moot/contracts$': '<rootDir>/../../libs/contracts/src/index.ts' },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
};

/** Web app specs: jsdom, zoneless Angular, same path aliases as tsconfig.app.json. */
module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  preset: 'jest-preset-angular',
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/src/setup-jest.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleNameMapper: {
    '^@moot/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '^@moot/web/(.*)$': '<rootDir>/src/app/$1',
    '^@moot/web-testing/(.*)$': '<rootDir>/src/testing/$1',
  },
  transform: {
    '^.+\\.(ts|js|mjs|html|svg)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
    ],
  },
};

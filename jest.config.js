// Tests are written in TypeScript and compiled by `npm run build` with the sources, so jest runs
// plain ESM JavaScript from dist/ (no transform step, same code as the shipped CLI).
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/dist/test'],
  testMatch: ['**/*.test.js'],
  transform: {},
  testTimeout: 30000,
  globalSetup: '<rootDir>/test/support/temp-root-setup.cjs',
  globalTeardown: '<rootDir>/test/support/temp-root-teardown.cjs',
  reporters: ['default', '<rootDir>/test/support/plain-summary-reporter.cjs'],
};

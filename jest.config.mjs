/**
 * The whole suite runs on jest over the compiled tests (server/dist, e2e/dist: `npm run build` first), as native
 * ES modules (node --experimental-vm-modules, no transform). In band: every test file starts a real platform on
 * its own database, and two cores are better spent on one at a time.
 */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/server/dist', '<rootDir>/e2e/dist'],
  testMatch: ['**/*.test.js'],
  transform: {},
  setupFiles: ['<rootDir>/server/dist/test-support/jest-setup.js'],
  globalSetup: '<rootDir>/server/dist/test-support/jest-global-setup.js',
  globalTeardown: '<rootDir>/server/dist/test-support/jest-global-teardown.js',
  testTimeout: 180_000,
  maxWorkers: 1,
};

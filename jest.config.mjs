/**
 * The whole suite runs on jest over the compiled tests (`npm run build` first), as native ES modules
 * (--experimental-vm-modules: the `jest` script passes it, and .npmrc's node-options gives it to `npx jest` too;
 * no transform). Two projects: the server's tests and the browser tests; `npm test` runs both, a path runs one
 * file (`npx jest server/dist/__tests__/gateway-api.test.js`). In band: every test file starts a real platform
 * on its own database, and two cores are better spent on one at a time. One throwaway PostgreSQL serves both.
 */
const shared = {
  testEnvironment: 'node',
  testMatch: ['**/*.test.js'],
  transform: {},
  setupFiles: ['<rootDir>/server/dist/test-support/jest-setup.js'],
  testTimeout: 180_000,
};

export default {
  projects: [
    { ...shared, displayName: 'server', roots: ['<rootDir>/server/dist'] },
    { ...shared, displayName: 'browser', roots: ['<rootDir>/e2e/dist'] },
  ],
  globalSetup: '<rootDir>/server/dist/test-support/jest-global-setup.js',
  globalTeardown: '<rootDir>/server/dist/test-support/jest-global-teardown.js',
  testTimeout: 180_000,
  maxWorkers: 1,
};

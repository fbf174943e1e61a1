/** One Jest run for the whole workspace: unit (*.spec.ts), integration (*.int.spec.ts)
 * and end-to-end (*.e2e.spec.ts) tests, against a real PostgreSQL that the global setup
 * starts once, because parallel test files would race to start their own. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/services', '<rootDir>/gateway', '<rootDir>/packages', '<rootDir>/infra'],
  testMatch: ['**/*.spec.ts'],
  transform: {
    '^.+\\.(t|j)s$': ['@swc/jest', { module: { type: 'commonjs', ignoreDynamic: true } }],
  },
  // jose and kubernetes-models ship ESM only; let swc turn them into CommonJS for Jest.
  transformIgnorePatterns: [
    '/node_modules/(?!(\\.pnpm/(jose|kubernetes-models|@kubernetes-models\\+[a-z-]+)@[^/]+/node_modules/)?(jose|kubernetes-models|@kubernetes-models)/)',
  ],
  globalSetup: '<rootDir>/packages/testkit/src/global-setup.ts',
  globalTeardown: '<rootDir>/packages/testkit/src/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};

const base = require('./jest.config');
/** Specs about SQLite itself as a whole (file, pid lock, SIGKILL, the SQLite release fixture). */
const sqliteOnlySpecs = require('./support/sqlite-only-specs.json');

/**
 * The e2e suite once more on PostgreSQL (browser tests stay on SQLite): one server for the run,
 * a fresh database per test app. Specs about SQLite itself are marked sqliteOnly and listed at
 * the end. The specs of support/postgres-only-specs.json (several instances on one database server)
 * run only here.
 */
/** @type {import('jest').Config} */
module.exports = {
  ...base,
  displayName: 'system-postgres',
  roots: ['<rootDir>/e2e'],
  // Left to the SQLite run, not skipped: each names its reason in its sqliteOnly(...) call.
  testPathIgnorePatterns: sqliteOnlySpecs.map((name) => `/e2e/${name}\\.spec\\.ts$`),
  globalSetup: '<rootDir>/support/postgres-setup.ts',
  globalTeardown: '<rootDir>/support/postgres-teardown.ts',
};

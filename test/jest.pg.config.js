const base = require('./jest.config');

/**
 * The e2e suite once more on PostgreSQL (browser tests stay on SQLite): one server for the run,
 * a fresh database per test app. Specs about SQLite itself are marked sqliteOnly and listed at
 * the end.
 */
/** @type {import('jest').Config} */
module.exports = {
  ...base,
  displayName: 'system-postgres',
  roots: ['<rootDir>/e2e'],
  globalSetup: '<rootDir>/support/postgres-setup.ts',
  globalTeardown: '<rootDir>/support/postgres-teardown.ts',
};

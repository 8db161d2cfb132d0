/** Specs that need several server processes on one database server (the PostgreSQL run's). */
const postgresOnlySpecs = require('./support/postgres-only-specs.json');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'system',
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e', '<rootDir>/browser'],
  testMatch: ['**/*.spec.ts'],
  // Left to the PostgreSQL run (jest.pg.config.js), by path, not skipped.
  testPathIgnorePatterns: postgresOnlySpecs.map((name) => `/e2e/${name}\\.spec\\.ts$`),
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: { '^@mehrheitsplaner/shared$': '<rootDir>/../shared/src/index.ts' },
  testTimeout: 60000,
};

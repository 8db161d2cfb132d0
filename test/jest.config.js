/** @type {import('jest').Config} */
module.exports = {
  displayName: 'system',
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e', '<rootDir>/browser'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: { '^@mehrheitsplaner/shared$': '<rootDir>/../shared/src/index.ts' },
  testTimeout: 60000,
};

/** Unit tests of the client's pure utils (no DOM needed). */
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'client',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        tsconfig: {
          module: 'commonjs',
          moduleResolution: 'node',
          target: 'ES2022',
          strict: true,
          esModuleInterop: true,
          isolatedModules: true,
        },
      },
    ],
  },
  moduleNameMapper: { '^@mehrheitsplaner/shared$': '<rootDir>/../shared/src/index.ts' },
};

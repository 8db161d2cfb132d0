// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readFileSync } from 'node:fs';

/** Imports that must never reach shared/: it stays framework-free for both sides. */
const frameworkImports = [
  '@nestjs/*',
  'react',
  'react-dom',
  'react/*',
  'typeorm',
  'socket.io',
  'socket.io-client',
  'class-validator',
  'class-transformer',
  'express',
  'recharts',
];

/**
 * Module boundaries by Nx project tags: a project may import only the projects whose tags its
 * own tag allows; shared imports nothing of the workspace. Each project's root folder and its
 * `@mehrheitsplaner/*` name are forbidden to every project that may not depend on it.
 */
const ALLOWED_DEPENDENCIES = {
  'scope:shared': [],
  'scope:client': ['scope:shared'],
  'scope:server': ['scope:shared'],
  'scope:test': ['scope:shared', 'scope:server'],
};
const PROJECTS = ['shared', 'client', 'server', 'test'].map((root) => {
  const manifest = JSON.parse(
    readFileSync(new URL(`./${root}/package.json`, import.meta.url), 'utf8'),
  );
  return { root, name: manifest.name, tags: manifest.nx.tags };
});

function boundaryRules(project) {
  const allowed = project.tags.flatMap((tag) => ALLOWED_DEPENDENCIES[tag] ?? []);
  const forbidden = PROJECTS.filter(
    (other) => other !== project && !other.tags.some((tag) => allowed.includes(tag)),
  );
  // shared reaches itself by relative paths only: its alias would be a cycle.
  if (project.tags.includes('scope:shared')) forbidden.push(project);
  const patterns = forbidden.map((other) => ({
    group: [`**/${other.root}/src`, `**/${other.root}/src/**`, other.name, `${other.name}/**`],
    message: `${project.tags.join(', ')} may not import ${other.root} (${other.tags.join(', ')}).`,
  }));
  if (project.tags.includes('scope:shared')) {
    patterns.push({
      group: frameworkImports,
      message: 'shared/ is framework-free: server and client both import it.',
    });
  }
  return {
    files: [`${project.root}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '.nx/**',
      'test/screenshots/**',
      '**/*.config.js',
      '**/*.config.mjs',
      '**/*.config.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  ...PROJECTS.map(boundaryRules),
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Jest's expect(...).resolves and mocks are checked by the tests themselves.
    files: ['**/*.spec.ts', '**/*.spec.tsx', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      'no-console': 'off',
    },
  },
);

// Lint rules: typescript-eslint's type-checked set, and the architecture as import boundaries.
// src/ is the pure core (no React, no Grafana UI or runtime, no Node built-ins, no plugin folder);
// the plugins do not import each other; nothing shipped imports sandbox/, bench/ or tests/.
// scripts/lint/boundaries.test.ts proves each boundary fires on a violating file.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Which top-level folders each shipped folder may not import, and why. */
const forbiddenFolders = {
  src: {
    folders: ['datasource', 'panel', 'app', 'plugin-runtime', 'sandbox', 'bench', 'tests', 'scripts'],
    why: 'src/ is the shared core: the plugins and the sandbox import it, never the other way round.',
  },
  datasource: {
    folders: ['panel', 'app', 'sandbox', 'bench', 'tests', 'scripts'],
    why: 'the plugins do not import each other (share through src/), and nothing shipped imports the sandbox, benchmarks, tests or scripts.',
  },
  panel: {
    folders: ['datasource', 'app', 'sandbox', 'bench', 'tests', 'scripts'],
    why: 'the plugins do not import each other (share through src/), and nothing shipped imports the sandbox, benchmarks, tests or scripts.',
  },
  app: {
    folders: ['datasource', 'panel', 'sandbox', 'bench', 'tests', 'scripts'],
    why: 'the plugins do not import each other (share through src/), and nothing shipped imports the sandbox, benchmarks, tests or scripts.',
  },
  'plugin-runtime': {
    folders: ['sandbox', 'bench', 'tests', 'scripts'],
    why: 'nothing shipped imports the sandbox, benchmarks, tests or scripts.',
  },
};

/** Relative imports that climb out of the folder into a forbidden one: `../panel/x`, `../../sandbox`. */
const folderPatterns = (from) =>
  forbiddenFolders[from].folders.map((to) => ({
    regex: `^(\\.\\./)+${to}(/|$)`,
    message: `${from}/ may not import ${to}/: ${forbiddenFolders[from].why}`,
  }));

/** The pure core's package bans (its shipped files; tests may use Node to read fixtures). */
const corePackagePatterns = [
  {
    group: ['react', 'react-dom', 'react/*', '@grafana/ui', '@grafana/runtime', '@emotion/*'],
    message: 'src/ is the pure core: no React, no Grafana UI or runtime.',
  },
  {
    group: ['@grafana/data'],
    allowTypeImports: true,
    message: 'src/ takes only types from @grafana/data (use `import type`).',
  },
  {
    group: ['fs', 'path', 'zlib', 'node:*', 'child_process'],
    message: 'src/ runs in the browser too: no Node built-ins.',
  },
];

const restrict = (patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });

const testFiles = ['**/*.test.ts', '**/*.test.tsx', 'tests/**', 'bench/**', 'src/testing/**', 'scripts/jest/**'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '**/node_modules/**',
      'bench/browser/dist/**',
      '.scratch/**',
      'coverage/**',
      'src/**/gen/**',
      'bench/gen/**',
      'dist-sandbox/**',
      '.data/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    // Outside the TypeScript project (plain JS, and folders with their own dependencies that
    // tsconfig.json cannot resolve): linted without type information.
    files: ['**/*.js', '**/*.cjs', '**/*.mjs', 'bench/browser/**', 'tests/grafana-flamegraph/**'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: testFiles,
    rules: {
      // Tests and benchmarks read JSON answers, recorded files and mock calls whose shapes their
      // assertions check; typing each of them would repeat the assertion.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Mocks stand in for async APIs without awaiting anything; expect(obj.method) reads a mock.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/testing/**'],
    rules: restrict([...corePackagePatterns, ...folderPatterns('src')]),
  },
  { files: ['src/**/*.test.ts', 'src/testing/**'], rules: restrict(folderPatterns('src')) },
  {
    // Small modules with one job: a plugin file past 200 lines of code is doing several.
    files: ['panel/**/*.{ts,tsx}', 'datasource/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'max-lines': ['error', { max: 200, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Patterns from users and dashboards run on RE2 (src/regex): JavaScript's backtracking RegExp
    // on such input can freeze a server or a tab (`((a+)+)+b`). Literal patterns stay allowed.
    files: ['src/**/*.ts', 'panel/**/*.{ts,tsx}', 'datasource/**/*.{ts,tsx}', 'app/**/*.ts', 'sandbox/server/**/*.ts'],
    ignores: ['src/regex/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='RegExp'][arguments.0.type!='Literal']",
          message: 'A pattern built at run time may come from a user: compile it with the RE2 engine (src/regex).',
        },
        {
          selector: "CallExpression[callee.name='RegExp'][arguments.0.type!='Literal']",
          message: 'A pattern built at run time may come from a user: compile it with the RE2 engine (src/regex).',
        },
      ],
    },
  },
  { files: ['datasource/**/*.{ts,tsx}'], rules: restrict(folderPatterns('datasource')) },
  { files: ['panel/**/*.{ts,tsx}'], rules: restrict(folderPatterns('panel')) },
  { files: ['app/**/*.{ts,tsx}'], rules: restrict(folderPatterns('app')) },
  { files: ['plugin-runtime/**/*.{ts,tsx}'], rules: restrict(folderPatterns('plugin-runtime')) },
  {
    files: ['**/*.cjs', '**/*.mjs', 'jest.config.js', 'scripts/**', 'sandbox/**', 'tests/**', 'bench/**', 'bin/**'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        URL: 'readonly',
      },
    },
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  }
);

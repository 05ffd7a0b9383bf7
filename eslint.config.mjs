// Lint rules. The one that matters most for the architecture: src/ is the pure core and may take
// only types from @grafana/data, never React, @grafana/ui or @grafana/runtime.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'bench/node_modules/**',
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
  ...tseslint.configs.recommended,
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
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/testing/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
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
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs', 'jest.config.js', 'scripts/**', 'sandbox/**', 'tests/**', 'bench/**', 'bin/**'],
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

// Jest runs TypeScript through swc (no type checking here: `npm run typecheck` does that).
// `.mjs` must be transformed too: d3-color and friends, pulled in by @grafana/data, ship ESM only.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' } }];

const esmPackages = ['d3', 'd3-.*', 'internmap', 'delaunator', 'robust-predicates', 'ol', 'rxjs', 'uuid', 'marked', 'fflate', '@grafana/schema', 'react-colorful', 'ansicolor', 'monaco-promql', '@kusto', 'nanoid', 'get-user-locale', 'memoize', 'mimic-function', 'p-limit', 'yocto-queue', '@bufbuild'];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/datasource', '<rootDir>/panel', '<rootDir>/scripts', '<rootDir>/sandbox'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': swc,
    '^.+\\.mjs$': swc,
  },
  transformIgnorePatterns: [`node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: {
    '\\.(css|scss|sass)$': 'identity-obj-proxy',
    'react-inlinesvg': '<rootDir>/scripts/jest/react-inlinesvg.tsx',
  },
  setupFilesAfterEnv: ['<rootDir>/scripts/jest/setup.ts'],
  testTimeout: 30000,
};

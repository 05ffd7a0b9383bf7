// Jest runs TypeScript through swc (no type checking here: `npm run typecheck` does that).
// `.mjs` must be transformed too: d3-color and friends, pulled in by @grafana/data, ship ESM only.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
  },
];

const esmPackages = [
  'd3',
  'd3-.*',
  'internmap',
  'delaunator',
  'robust-predicates',
  'ol',
  'rxjs',
  'uuid',
  'marked',
  'fflate',
  '@grafana/schema',
  'react-colorful',
  'ansicolor',
  'monaco-promql',
  '@kusto',
  'nanoid',
  'get-user-locale',
  'memoize',
  'mimic-function',
  'p-limit',
  'yocto-queue',
  '@bufbuild',
  'react-calendar',
  '@wojtekmaj',
  'get-user-locale',
  'lodash-es',
  '@react-hookz',
  '@ver0',
  'ol',
  'react-use',
  'is-plain-obj',
  'parse-entities',
  'character-entities.*',
  'mdast-.*',
  'micromark.*',
  'decode-named-character-reference',
];

const shared = {
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
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
};

// Two projects: the pure core runs in plain Node (as the CLI and sandbox do), the plugins in jsdom.
module.exports = {
  testTimeout: 30000,
  projects: [
    {
      ...shared,
      displayName: 'core',
      testEnvironment: 'node',
      roots: ['<rootDir>/src', '<rootDir>/scripts', '<rootDir>/sandbox'],
    },
    {
      ...shared,
      displayName: 'plugins',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/datasource', '<rootDir>/panel', '<rootDir>/app'],
    },
  ],
};

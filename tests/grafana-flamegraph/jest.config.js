// Runs against Grafana's own @grafana/flamegraph, installed in this folder (npm install here).
const path = require('path');
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
const root = path.resolve(__dirname, '../..');
module.exports = {
  rootDir: root,
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/tests/grafana-flamegraph'],
  testMatch: ['**/*.check.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  // This folder's packages (Grafana's flame graph and its @grafana/* 13.1.1) before the root's.
  modulePaths: [path.join(__dirname, 'node_modules')],
  moduleDirectories: [path.join(__dirname, 'node_modules'), 'node_modules'],
  transformIgnorePatterns: [
    'node_modules/(?!(d3|d3-.*|internmap|robust-predicates|delaunator|@leeoniya|ol|rxjs|uuid|marked|fflate|@grafana/schema|react-colorful|ansicolor|nanoid|@bufbuild|react-calendar|@wojtekmaj|get-user-locale|lodash-es|memoize|mimic-function)/)',
  ],
  moduleNameMapper: {
    '\\.(css|scss|sass)$': 'identity-obj-proxy',
    'react-inlinesvg': '<rootDir>/scripts/jest/react-inlinesvg.tsx',
  },
  setupFilesAfterEnv: ['<rootDir>/scripts/jest/setup.ts'],
  testTimeout: 60000,
};

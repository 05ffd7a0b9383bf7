// Bundles the benchmark page: Flamelens' panel (from the repository's source) and Grafana's
// @grafana/flamegraph with one copy of React, @grafana/* and emotion (this folder's), in
// production mode for both, so neither pays for development checks.
const path = require('path');
const bundle = require('../../scripts/webpack-bundle.cjs');

const here = __dirname;
const root = path.resolve(here, '../..');
const mod = (name) => path.join(here, 'node_modules', name);
// `--baseline <ref>` (compare.ts) extracts an earlier commit here: its panel is bundled beside the
// working tree's. Without one, the "baseline" is the working tree's panel itself.
const baselineDir = process.env.FLAMELENS_BASELINE_DIR || root;

module.exports = {
  name: 'browser-bench',
  mode: 'production',
  context: root,
  entry: { bench: './bench/browser/page.tsx' },
  target: ['web', 'es2020'],
  devtool: false,
  output: { path: path.join(here, 'dist'), filename: '[name].js', publicPath: '/', clean: true },
  resolve: {
    extensions: bundle.extensions,
    alias: {
      react$: mod('react'),
      'react/jsx-runtime': mod('react/jsx-runtime'),
      'react-dom$': mod('react-dom'),
      'react-dom/client': mod('react-dom/client'),
      '@grafana/data': mod('@grafana/data'),
      '@grafana/ui': mod('@grafana/ui'),
      '@grafana/runtime': mod('@grafana/runtime'),
      '@emotion/css': mod('@emotion/css'),
      'flamelens-baseline-panel$': path.join(baselineDir, 'panel', 'FlameGraphPanel.tsx'),
      'flamelens-baseline-options$': path.join(baselineDir, 'panel', 'types.ts'),
    },
    // The baseline's own imports (fflate, @bufbuild/protobuf, …) resolve from the repository's.
    modules: ['node_modules', path.join(root, 'node_modules')],
  },
  module: { rules: bundle.rules },
  optimization: { minimize: false },
  performance: { hints: false },
  stats: 'errors-warnings',
  ignoreWarnings: bundle.ignoreWarnings,
};

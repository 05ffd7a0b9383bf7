// Builds the sandbox host into dist-sandbox/host/: one script plus index.html. It bundles the
// modules Grafana shares with plugins (React, @grafana/*, rxjs, …) and hands them to plugins
// through SystemJS, as Grafana does. No eval anywhere (the host runs under a strict CSP).
const path = require('path');
const bundle = require('../../scripts/webpack-bundle.cjs');
const fs = require('fs');
const { sources } = require('webpack');

const root = path.resolve(__dirname, '../..');

module.exports = {
  name: 'sandbox-host',
  mode: 'production',
  context: root,
  entry: { host: './sandbox/host/index.tsx' },
  target: ['web', 'es2020'],
  devtool: false,
  output: {
    path: path.join(root, 'dist-sandbox', 'host'),
    filename: '[name].js',
    publicPath: '/public/build/',
    clean: true,
  },
  resolve: { extensions: bundle.extensions },
  module: { rules: bundle.rules },
  // Minifying several MB of Grafana UI costs a minute per build and buys nothing in a local host.
  optimization: { minimize: false },
  performance: { hints: false },
  stats: 'errors-warnings',
  ignoreWarnings: bundle.ignoreWarnings,
  plugins: [
    {
      apply(compiler) {
        compiler.hooks.thisCompilation.tap('HostHtml', (compilation) => {
          compilation.hooks.processAssets.tap(
            { name: 'HostHtml', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
            () => {
              compilation.emitAsset(
                'index.html',
                new sources.RawSource(fs.readFileSync(path.join(__dirname, 'index.html')))
              );
            }
          );
        });
      },
    },
  ],
};

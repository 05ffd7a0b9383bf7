// Builds the sandbox host into dist-sandbox/host/: one script plus index.html. It bundles the
// modules Grafana shares with plugins (React, @grafana/*, rxjs, …) and hands them to plugins
// through SystemJS, as Grafana does. No eval anywhere (the host runs under a strict CSP).
const path = require('path');
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
  output: { path: path.join(root, 'dist-sandbox', 'host'), filename: '[name].js', publicPath: '/public/build/', clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  module: {
    rules: [
      { test: /\.[tj]sx?$/, exclude: /node_modules/, use: { loader: 'swc-loader', options: { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' } } } },
      { test: /\.m?js$/, include: /node_modules/, type: 'javascript/auto', resolve: { fullySpecified: false } },
      { test: /\.css$/, type: 'asset/source' },
      { test: /\.(svg|png|woff2?|ttf)$/, type: 'asset/inline' },
    ],
  },
  // Minifying several MB of Grafana UI costs a minute per build and buys nothing in a local host.
  optimization: { minimize: false },
  performance: { hints: false },
  stats: 'errors-warnings',
  ignoreWarnings: [/Critical dependency/, /Module not found: Error: Can't resolve/],
  plugins: [
    {
      apply(compiler) {
        compiler.hooks.thisCompilation.tap('HostHtml', (compilation) => {
          compilation.hooks.processAssets.tap({ name: 'HostHtml', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
            compilation.emitAsset('index.html', new sources.RawSource(fs.readFileSync(path.join(__dirname, 'index.html'))));
          });
        });
      },
    },
  ],
};

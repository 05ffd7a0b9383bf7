// One webpack config per plugin (a multi-config), each writing a complete Grafana plugin to dist/<id>/.
// Grafana loads module.js as AMD through SystemJS and hands every plugin its own copy of the modules
// listed in EXTERNALS, so those must never be bundled (two Reacts break hooks; two @grafana/data
// break `instanceof`).
const fs = require('fs');
const path = require('path');
const { sources } = require('webpack');
const pluginDirs = require('./scripts/plugin-dirs.cjs');
const pkg = require('./package.json');

const EXTERNALS = [
  'lodash',
  'jquery',
  'moment',
  'slate',
  'emotion',
  '@emotion/react',
  '@emotion/css',
  'prismjs',
  'slate-plain-serializer',
  '@grafana/slate-react',
  'react',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  'react-dom',
  'react-dom/client',
  'react-redux',
  'redux',
  'rxjs',
  'rxjs/operators',
  'i18next',
  'react-router',
  'd3',
  'angular',
  /^@grafana\/(ui|runtime|data)(\/unstable)?$/,
  // The AMD loader passes the module's own record as the dependency named "module"; we read its
  // uri to find where our lazy chunks live (see src/../publicPath.ts in each plugin).
  { 'amd-module': 'module' },
];

const today = () => new Date().toISOString().slice(0, 10);

/** Copies plugin metadata into the output folder, filling in %VERSION% and %TODAY%. */
class PluginFilesPlugin {
  constructor(dir) {
    this.dir = dir;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('PluginFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'PluginFilesPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const pluginDir = path.resolve(__dirname, this.dir);
          const pluginJson = fs
            .readFileSync(path.join(pluginDir, 'plugin.json'), 'utf8')
            .replace(/%VERSION%/g, pkg.version)
            .replace(/%TODAY%/g, today());
          compilation.emitAsset('plugin.json', new sources.RawSource(pluginJson));
          compilation.fileDependencies.add(path.join(pluginDir, 'plugin.json'));
          const copies = [
            [path.join(pluginDir, 'README.md'), 'README.md'],
            [path.resolve(__dirname, 'CHANGELOG.md'), 'CHANGELOG.md'],
            [path.resolve(__dirname, 'LICENSE'), 'LICENSE'],
          ];
          const imgDir = path.join(pluginDir, 'img');
          for (const file of fs.readdirSync(imgDir)) {
            copies.push([path.join(imgDir, file), `img/${file}`]);
          }
          for (const [from, to] of copies) {
            compilation.emitAsset(to, new sources.RawSource(fs.readFileSync(from)));
            compilation.fileDependencies.add(from);
          }
        }
      );
    });
  }
}

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
    target: 'es2020',
  },
};

module.exports = (_env = {}, argv = {}) =>
  pluginDirs.map((dir) => {
    const { id } = JSON.parse(fs.readFileSync(path.resolve(__dirname, dir, 'plugin.json'), 'utf8'));
    const production = argv.mode !== 'development';
    return {
      name: id,
      mode: production ? 'production' : 'development',
      context: __dirname,
      entry: { module: `./${dir}/module.ts` },
      devtool: 'source-map',
      target: ['web', 'es2020'],
      externals: EXTERNALS,
      output: {
        path: path.resolve(__dirname, 'dist', id),
        filename: '[name].js',
        chunkFilename: '[name].[contenthash:8].js',
        library: { type: 'amd' },
        publicPath: `public/plugins/${id}/`,
        uniqueName: id,
        clean: true,
        // Source maps name files relative to the repository, never by this machine's absolute path.
        devtoolModuleFilenameTemplate: (info) =>
          `webpack://${id}/${path.relative(__dirname, info.absoluteResourcePath).replace(/\\/g, '/')}`,
      },
      resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
      module: {
        rules: [
          { test: /\.[tj]sx?$/, exclude: /node_modules/, use: { loader: 'swc-loader', options: swcOptions } },
          { test: /\.m?js$/, include: /node_modules/, type: 'javascript/auto', resolve: { fullySpecified: false } },
        ],
      },
      performance: { hints: false },
      optimization: { minimize: production },
      plugins: [new PluginFilesPlugin(dir)],
      stats: 'errors-warnings',
    };
  });

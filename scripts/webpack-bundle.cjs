// What a webpack build that bundles Grafana's own packages (rather than leaving them external, as
// the plugins do) needs: the sandbox host and the browser benchmark page share it.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
    target: 'es2020',
  },
};

module.exports = {
  extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
  rules: [
    { test: /\.[tj]sx?$/, exclude: /node_modules/, use: { loader: 'swc-loader', options: swc } },
    // Grafana's packages ship ES modules with extension-less imports.
    { test: /\.m?js$/, include: /node_modules/, type: 'javascript/auto', resolve: { fullySpecified: false } },
    { test: /\.css$/, type: 'asset/source' },
    { test: /\.(svg|png|woff2?|ttf)$/, type: 'asset/inline' },
  ],
  // Optional imports inside Grafana's UI library that it guards at run time.
  ignoreWarnings: [/Critical dependency/, /Module not found: Error: Can't resolve/],
};

// The same host source, built against Grafana 12.4.10's packages and React 18.3 from this folder's
// own node_modules (its own lockfile), into dist-sandbox/host-grafana12/: the oldest Grafana the
// plugins' grafanaDependency claims.
const path = require('path');
const base = require('../host/webpack.config.cjs');

const own = path.join(__dirname, 'node_modules');

module.exports = {
  ...base,
  name: 'sandbox-host-grafana12',
  output: { ...base.output, path: path.join(__dirname, '..', '..', 'dist-sandbox', 'host-grafana12') },
  resolve: {
    ...base.resolve,
    // This folder's packages first, for the host's own imports and everything they pull in.
    modules: [own, 'node_modules'],
  },
};

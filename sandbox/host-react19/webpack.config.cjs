// The same host source, built against Grafana 13.2.2's packages and React 19 from this folder's
// own node_modules (npm install --prefix sandbox/host-react19), into dist-sandbox/host-react19/.
const path = require('path');
const base = require('../host/webpack.config.cjs');

const own = path.join(__dirname, 'node_modules');

module.exports = {
  ...base,
  name: 'sandbox-host-react19',
  output: { ...base.output, path: path.join(__dirname, '..', '..', 'dist-sandbox', 'host-react19') },
  resolve: {
    ...base.resolve,
    // This folder's packages first, for the host's own imports and everything they pull in.
    modules: [own, 'node_modules'],
  },
};

#!/usr/bin/env node
// The end-to-end step of `npm test`: real Debian Chromium against the sandbox running the built
// plugins. Without a browser it fails; it never skips.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { ensureDeps } = require('./ensure-deps.cjs');

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  console.error(
    `e2e: no browser at ${chromium}. Install Debian's chromium (apt-get install chromium); .ci/run does this itself.`
  );
  process.exit(1);
}
const root = path.resolve(__dirname, '..');
for (const f of [
  'dist/flamelens-profiles-datasource/module.js',
  'dist/flamelens-flamegraph-panel/module.js',
  'dist-sandbox/host/host.js',
]) {
  if (!fs.existsSync(path.join(root, f))) {
    console.error(`e2e: ${f} is missing: run npm run build first.`);
    process.exit(1);
  }
}
const run = (cmd, args, opts = {}) => {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (res.status !== 0) {
    console.error(`e2e: ${cmd} ${args.join(' ')} failed`);
    process.exit(res.status || 1);
  }
};
// The smoke hosts, each on its own @grafana/* and React (its own lockfile): Grafana 13.2.2 with
// React 19, and 12.4.10 with React 18 (the oldest version plugin.json claims).
for (const host of ['host-react19', 'host-grafana12']) {
  ensureDeps(path.join(root, 'sandbox', host));
  run(process.execPath, [
    path.join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js'),
    '--config',
    `sandbox/${host}/webpack.config.cjs`,
  ]);
}

// Grafana's own @grafana/flamegraph, in its own folder: its exact @grafana/* pins are overridden to
// 13.1.1 (its 13.0.1 pins pull a git tarball that cannot be installed here).
const gfg = path.join(root, 'tests', 'grafana-flamegraph');
ensureDeps(gfg);
run(process.execPath, [
  path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
  '--config',
  'tests/grafana-flamegraph/jest.config.js',
]);
const r = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
    '--config',
    'tests/e2e/jest.config.js',
    '--runInBand',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' }
);
process.exit(r.status ?? 1);

#!/usr/bin/env node
// The end-to-end step of `npm test`: real Debian Chromium against the sandbox running the built
// plugins. Without a browser it fails; it never skips.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  console.error(`e2e: no browser at ${chromium}. Install Debian's chromium (apt-get install chromium); .ci/run does this itself.`);
  process.exit(1);
}
const root = path.resolve(__dirname, '..');
for (const f of ['dist/flamelens-profiles-datasource/module.js', 'dist/flamelens-flamegraph-panel/module.js', 'dist-sandbox/host/host.js']) {
  if (!fs.existsSync(path.join(root, f))) {
    console.error(`e2e: ${f} is missing: run npm run build first.`);
    process.exit(1);
  }
}
const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), '--config', 'tests/e2e/jest.config.js', '--runInBand', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);

#!/usr/bin/env node
// Runs the unit tests again with the clock one year ahead and one year back (Debian's faketime),
// so a test that depends on today's date fails here rather than on some later day in CI.
// Without faketime it fails; it never skips.
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
if (spawnSync('faketime', ['-f', '+0d', 'true']).status !== 0) {
  console.error(
    "shifted clock: faketime is missing. Install Debian's faketime (apt-get install faketime); .ci/run does this itself."
  );
  process.exit(1);
}
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
for (const shift of ['+365d', '-365d']) {
  console.log(`\nUnit tests with the clock shifted ${shift} (faketime)…`);
  const r = spawnSync('faketime', ['-f', shift, process.execPath, jest, '--silent', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    console.error(`shifted clock: the unit tests failed with the clock shifted ${shift}.`);
    process.exit(r.status || 1);
  }
}

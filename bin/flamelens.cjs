#!/usr/bin/env node
// The `flamelens` CLI (src/cli/main.ts), run through tsx so it works right after install.
'use strict';
const fs = require('fs');
const { register } = require('tsx/cjs/api');

register();
const { run } = require('../src/cli/main.ts');
const code = run(process.argv.slice(2), {
  readFile: (p) => new Uint8Array(fs.readFileSync(p)),
  writeFile: (p, data) => fs.writeFileSync(p, data),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
});
process.exitCode = code;

#!/usr/bin/env node
// Installs the dependencies when they are missing or older than the lockfile, so `npm start` and
// `npm test` each work on a fresh clone. npm install with the committed lockfile installs the locked
// versions (npm ci cannot run against a registry that lacks other platforms' optional binaries;
// see .ci/run).
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules', '.package-lock.json');
if (!fs.existsSync(installed) || fs.statSync(installed).mtimeMs < fs.statSync(lock).mtimeMs) {
  console.log('Installing dependencies (npm install, from package-lock.json)…');
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\nnpm install failed (exit ${r.status}).`);
    process.exit(r.status || 1);
  }
}

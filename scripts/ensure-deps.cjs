#!/usr/bin/env node
// Installs a folder's dependencies when they are missing or older than its lockfile, so `npm start`
// and `npm test` each work on a fresh clone. `npm ci` installs exactly what package-lock.json locks
// (every platform's optional packages are in it) and fails if package.json disagrees with it.
// Run as a script for the repository root; `ensureDeps(dir)` for folders with their own lockfile.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

function ensureDeps(dir) {
  const lock = path.join(dir, 'package-lock.json');
  const installed = path.join(dir, 'node_modules', '.package-lock.json');
  if (fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs) {
    return;
  }
  console.log(
    `Installing dependencies in ${path.relative(process.cwd(), dir) || '.'} (npm ci, from package-lock.json)…`
  );
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(
      `\nnpm ci failed in ${dir} (exit ${r.status}). If its package.json changed, run npm install there and commit package-lock.json.`
    );
    process.exit(r.status || 1);
  }
}

module.exports = { ensureDeps };

if (require.main === module) {
  ensureDeps(path.resolve(__dirname, '..'));
}

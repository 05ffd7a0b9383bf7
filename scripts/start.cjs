#!/usr/bin/env node
// `npm start`: one command on a fresh machine. Installs dependencies if they are missing or stale,
// builds both plugins, then starts the local sandbox (a Grafana-like host and a Pyroscope-compatible
// server with demo data) once it exists. It never prints a URL that serves nothing.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n${cmd} ${args.join(' ')} failed (exit ${r.status}).`);
    process.exit(r.status || 1);
  }
};

const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules', '.package-lock.json');
if (!fs.existsSync(installed) || fs.statSync(installed).mtimeMs < fs.statSync(lock).mtimeMs) {
  // npm install with the committed lockfile installs the locked versions (npm ci cannot run against
  // a registry that lacks other platforms' optional binaries; see .ci/run).
  console.log('Installing dependencies (npm install, from package-lock.json)…');
  run('npm', ['install', '--no-audit', '--no-fund']);
}
console.log('Building the plugins…');
run('npm', ['run', 'build']);

const sandbox = path.join(root, 'sandbox', 'start.ts');
if (fs.existsSync(sandbox)) {
  const r = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [sandbox], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
console.log(`
Built: ${['flamelens-profiles-datasource', 'flamelens-flamegraph-panel'].map((id) => `dist/${id}/`).join(', ')} and their zips in dist/.

Not there yet: the local sandbox (Grafana-like host + Pyroscope-compatible server + ride-share demo).
Until it lands, nothing is served here. To try the plugins now, install them into a Grafana you run
(see "Install into your own Grafana" in README.md), or use docker-compose.yml on a machine with Docker.`);

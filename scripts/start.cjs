#!/usr/bin/env node
// `npm start`: one command on a fresh machine. Installs dependencies if they are missing or stale,
// builds both plugins and the sandbox host, then starts the local sandbox: a Grafana-like host and a
// Pyroscope-compatible server, with the ride-share demo pushing real profiles.
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n${cmd} ${args.join(' ')} failed (exit ${r.status}).`);
    process.exit(r.status || 1);
  }
};

run(process.execPath, [path.join(__dirname, 'ensure-deps.cjs')]);
console.log('Building the plugins…');
run('npm', ['run', 'build']);

// The sandbox runs in this process's place, so Ctrl-C and SIGTERM reach it directly.
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'sandbox', 'start.ts')], {
  cwd: root,
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => child.kill(sig));
}
child.on('exit', (code) => process.exit(code ?? 0));

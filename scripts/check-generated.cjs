#!/usr/bin/env node
// Fails when the committed protobuf code in src/pyroscope/gen is not what `npm run proto` generates
// from proto/: regenerates into a temporary folder with the same plugin and options, and compares.
// Usage: node scripts/check-generated.cjs [folder to check, default src/pyroscope/gen]
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const committed = path.resolve(process.argv[2] ?? path.join(root, 'src', 'pyroscope', 'gen'));
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'flamelens-proto-'));
const template = JSON.stringify({
  version: 'v2',
  inputs: [{ directory: '.' }],
  plugins: [
    {
      local: path.join(root, 'node_modules', '.bin', 'protoc-gen-es'),
      out,
      opt: ['target=ts', 'import_extension=none'],
    },
  ],
});
const r = spawnSync(path.join(root, 'node_modules', '.bin', 'buf'), ['generate', '--template', template], {
  cwd: path.join(root, 'proto'),
  encoding: 'utf8',
});
if (r.status !== 0) {
  console.error(`buf generate failed:\n${r.stderr}`);
  process.exit(1);
}
const files = (dir) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true })
        .filter((f) => fs.statSync(path.join(dir, f)).isFile())
        .sort()
    : [];
const expected = files(out);
const actual = files(committed);
const problems = [];
for (const f of new Set([...expected, ...actual])) {
  if (!expected.includes(f)) {
    problems.push(`${f}: committed but not generated from proto/`);
  } else if (!actual.includes(f)) {
    problems.push(`${f}: generated from proto/ but not committed`);
  } else if (!fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(committed, f)))) {
    problems.push(`${f}: differs from what proto/ generates`);
  }
}
fs.rmSync(out, { recursive: true, force: true });
if (problems.length > 0) {
  console.error(
    `src/pyroscope/gen is out of date with proto/ (run npm run proto and commit):\n  ${problems.join('\n  ')}`
  );
  process.exit(1);
}
console.log(`src/pyroscope/gen matches proto/ (${expected.length} files).`);

#!/usr/bin/env node
// Records real profiles of a small CPU- and allocation-heavy workload with @datadog/pprof (the
// profiler inside @pyroscope/nodejs), and writes independent figures for them computed with the
// pprof-format package, not with Flamelens' own decoder. The test suite uses these when the shared
// fixture corpus (../shared/fixtures) is absent. Run: node scripts/record-fixtures.cjs
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { time, heap, encode } = require('@datadog/pprof');
const { Profile } = require('pprof-format');

const outDir = path.join(__dirname, '..', 'fixtures', 'recorded');

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
function parseJsonBurst() {
  const doc = JSON.stringify(Array.from({ length: 2000 }, (_, i) => ({ i, name: `item-${i}`, tags: ['a', 'b', 'c'] })));
  return JSON.parse(doc).length;
}
function allocateStrings() {
  const keep = [];
  for (let i = 0; i < 20000; i++) {
    keep.push(`row-${i}-${'x'.repeat(i % 64)}`);
  }
  return keep;
}
function workload(ms) {
  const stop = Date.now() + ms;
  let acc = 0;
  const kept = [];
  while (Date.now() < stop) {
    acc += fib(20);
    acc += parseJsonBurst();
    kept.push(allocateStrings());
    if (kept.length > 20) kept.shift();
  }
  return acc + kept.length;
}

function figures(buf) {
  const raw = buf[0] === 0x1f && buf[1] === 0x8b ? zlib.gunzipSync(buf) : buf;
  const p = Profile.decode(raw);
  const str = (i) => p.stringTable.strings[Number(i)];
  const totals = p.sampleType.map((_, t) => p.sample.reduce((s, x) => s + BigInt(x.value[t]), 0n).toString());
  return {
    sampleTypes: p.sampleType.map((t) => `${str(t.type)}/${str(t.unit)}`),
    samples: p.sample.length,
    locations: p.location.length,
    functions: p.function.length,
    totals,
  };
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  heap.start(64 * 1024, 64);
  const wallPromise = time.profile({ durationMillis: 1500, intervalMicros: 1000 });
  // Let the profiler start before working.
  await new Promise((r) => setTimeout(r, 20));
  workload(1300);
  const wall = await wallPromise;
  const heapProfile = heap.profile();
  heap.stop();
  const files = {
    'node-wall.pb.gz': await encode(wall),
    'node-heap.pb.gz': await encode(heapProfile),
  };
  const manifest = {};
  for (const [name, buf] of Object.entries(files)) {
    fs.writeFileSync(path.join(outDir, name), buf);
    manifest[name] = figures(buf);
  }
  fs.writeFileSync(
    path.join(outDir, 'manifest.json'),
    JSON.stringify({ recordedWith: '@datadog/pprof', figuresBy: 'pprof-format', files: manifest }, null, 2) + '\n'
  );
  console.log(JSON.stringify(manifest, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

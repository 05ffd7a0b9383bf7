/**
 * Core benchmarks, each side by side with a reference in the same process:
 *   (a) pprof bytes → merged call tree, vs pprof-format decoding the same bytes (no tree at all)
 *   (b) a 1,048,576-node Connect JSON flame graph → nested-set frame, vs JSON.parse of the body
 *   (c) memory per tree node, typed arrays and name table included
 *   (d) protobuf decoders on the same messages: protobufjs (static code) vs @bufbuild/protobuf
 *       (generated code, our choice) vs our hand-written flame graph fast path
 *
 *   node --expose-gc --import tsx bench/core.bench.ts [--write]
 */
import * as fs from 'fs';
import * as path from 'path';
import { gunzipSync } from 'zlib';
import { Profile as PprofFormatProfile } from 'pprof-format';
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { decodePprof } from '../src/pprof/decode';
import { pprofToTree, resolveSampleType } from '../src/pprof/toTree';
import { treeToFlamebearer } from '../src/formats/flamebearer';
import { flameGraphJsonToTree } from '../src/pyroscope/flamegraphJson';
import { treeFromFlamebearer } from '../src/formats/flamebearer';
import { treeToNestedSetFrame } from '../src/frames/nestedSet';
import {
  SelectMergeStacktracesResponseSchema,
  SelectSeriesResponseSchema,
} from '../src/pyroscope/gen/querier/v1/querier_pb';
import { decodeMergeResponse } from '../src/pyroscope/flamegraphWire';
import { sharedFixtureFiles } from '../src/testing/fixtures';
import { recordedFixtures } from '../src/testing/recorded';
import { fmtMs, machine, time, Timing } from './harness';
import { generateTree, MAX_NODES } from './data';
import { loadProtobufjsQuerier } from './protobufjsQuerier';
const pbjs = loadProtobufjsQuerier();

const out: string[] = [];
const log = (line = '') => {
  out.push(line);
  console.log(line);
};
const ratio = (a: Timing, b: Timing) => a.medianMs / b.medianMs;

function benchPprof(): void {
  log('## (a) pprof → merged call tree vs pprof-format decoding alone');
  log('');
  log(
    "Target: at least 2× pprof-format's throughput. Both read the same uncompressed bytes; ours also builds the merged tree of the default sample type, pprof-format only decodes."
  );
  log('');
  log('| profile | raw size | pprof-format decode | Flamelens decode + tree | throughput ratio |');
  log('|---|---|---|---|---|');
  const files = sharedFixtureFiles('pprof').length > 0 ? sharedFixtureFiles('pprof') : [];
  const inputs: Array<{ name: string; bytes: Uint8Array }> = files.map((f) => ({
    name: path.basename(f),
    bytes: new Uint8Array(fs.readFileSync(f)),
  }));
  for (const r of recordedFixtures()) {
    inputs.push({ name: `recorded/${r.file}`, bytes: r.bytes });
  }
  const raw = inputs.map((i) => ({
    name: i.name,
    bytes: i.bytes[0] === 0x1f ? new Uint8Array(gunzipSync(i.bytes)) : i.bytes,
  }));
  raw.sort((a, b) => b.bytes.length - a.bytes.length);
  for (const { name, bytes } of raw.slice(0, 4)) {
    const ref = time('pprof-format', () => PprofFormatProfile.decode(bytes), 15, 3);
    const ours = time(
      'flamelens',
      () => {
        const p = decodePprof(bytes);
        return pprofToTree(p, { sampleType: resolveSampleType(p) });
      },
      15,
      3
    );
    log(
      `| ${name} | ${(bytes.length / 1024).toFixed(0)} KiB | ${fmtMs(ref.medianMs)} ms | ${fmtMs(ours.medianMs)} ms | **${ratio(ref, ours).toFixed(2)}×** |`
    );
  }
  log('');
}

function connectJson(fb: ReturnType<typeof treeToFlamebearer>): string {
  return JSON.stringify({
    flamegraph: {
      names: fb.names,
      levels: fb.levels.map((l) => ({ values: l.map(String) })),
      total: String(fb.numTicks),
      maxSelf: String(fb.maxSelf),
    },
  });
}

function benchJson(fb: ReturnType<typeof treeToFlamebearer>): void {
  log('## (b) 1,048,576-node Connect JSON answer → nested-set frame vs JSON.parse');
  log('');
  log('Target: at most 1.5× the time JSON.parse alone takes on the same body.');
  log('');
  const body = connectJson(fb);
  const parse = time('JSON.parse', () => JSON.parse(body), 7, 2);
  const naive = time(
    'JSON.parse + decode + frame',
    () => {
      const j = JSON.parse(body).flamegraph;
      return treeToNestedSetFrame(
        treeFromFlamebearer(
          j.names,
          j.levels.map((l: { values: string[] }) => l.values)
        )
      );
    },
    7,
    2
  );
  const ours = time('Flamelens scanner + frame', () => treeToNestedSetFrame(flameGraphJsonToTree(body)!), 7, 2);
  log(`| step | median | vs JSON.parse |`);
  log('|---|---|---|');
  log(
    `| JSON.parse of the ${(body.length / 2 ** 20).toFixed(1)} MiB body (reference) | ${fmtMs(parse.medianMs)} ms | 1.00× |`
  );
  log(
    `| JSON.parse, then flame bearer → tree → frame | ${fmtMs(naive.medianMs)} ms | ${ratio(naive, parse).toFixed(2)}× |`
  );
  log(
    `| Flamelens: one-pass scanner → tree → frame (shipped) | ${fmtMs(ours.medianMs)} ms | **${ratio(ours, parse).toFixed(2)}×** |`
  );
  log('');
}

function benchMemory(fb: ReturnType<typeof treeToFlamebearer>): void {
  log('## (c) Memory per tree node');
  log('');
  log('Target: at most 40 bytes per node, counting the name table and every index.');
  log('');
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    log('(run with node --expose-gc to measure the heap; skipped)');
    return;
  }
  // Names as fresh strings, so the tree's name table is counted, not shared with the input.
  gc();
  gc();
  const beforeNames = process.memoryUsage().heapUsed;
  const names = fb.names.map((n) => (' ' + n).slice(1));
  gc();
  gc();
  const nameBytes = process.memoryUsage().heapUsed - beforeNames;
  const levels = fb.levels.map((l) => Float64Array.from(l));
  let tree: ReturnType<typeof treeFromFlamebearer> | undefined = treeFromFlamebearer(names, levels);
  const typed = [tree.nameId, tree.parent, tree.depth, tree.end, tree.self, tree.total, tree.flags].reduce(
    (s, a) => s + a.byteLength,
    0
  );
  // Every typed array must be exactly its node count long: no slack from growable buffers.
  const buffers = new Set(
    [tree.nameId, tree.parent, tree.depth, tree.end, tree.self, tree.total, tree.flags].map((a) => a.buffer.byteLength)
  );
  log(`| measure | bytes per node (${tree.count} nodes, ${names.length} names) |`);
  log('|---|---|');
  log(
    `| typed arrays (nameId, parent, depth, end: 4 B; self, total: 8 B; flags: 1 B), exact byte lengths | ${(typed / tree.count).toFixed(1)} |`
  );
  log(
    `| name table: heap growth from creating the ${names.length} name strings and their array (measured after GC) | ${(nameBytes / tree.count).toFixed(1)} |`
  );
  log(`| **total per node** | **${((typed + nameBytes) / tree.count).toFixed(1)}** |`);
  log('');
  log(
    `Backing buffer sizes: ${[...buffers].map((b) => (b / tree!.count).toFixed(0) + ' B/node').join(', ')} (no over-allocation).`
  );
  log('');
  tree = undefined;
}

function benchProtobuf(fb: ReturnType<typeof treeToFlamebearer>): void {
  log('## (d) Protobuf decoders on the same messages');
  log('');
  // Messages are built in helpers so their object forms (millions of BigInts) are garbage before
  // timing starts: a large live heap slows every decoder's allocations and skews the comparison.
  const bytes = (() =>
    toBinary(
      SelectMergeStacktracesResponseSchema,
      create(SelectMergeStacktracesResponseSchema, {
        flamegraph: {
          names: fb.names,
          levels: fb.levels.map((l) => ({ values: l.map((v) => BigInt(v)) })),
          total: BigInt(fb.numTicks),
          maxSelf: BigInt(fb.maxSelf),
        },
      })
    ))();
  const seriesBytes = (() =>
    toBinary(
      SelectSeriesResponseSchema,
      create(SelectSeriesResponseSchema, {
        series: Array.from({ length: 200 }, (_, s) => ({
          labels: [
            { name: 'service_name', value: `svc-${s}` },
            { name: 'region', value: 'eu-north' },
          ],
          points: Array.from({ length: 1000 }, (_, p) => ({
            value: ((s * 7919 + p * 104729) % 1000003) * 1000.5,
            timestamp: BigInt(1700000000000 + p * 15000),
          })),
        })),
      })
    ))();
  const pbFg = pbjs.querier.v1.SelectMergeStacktracesResponse;
  const pbSeries = pbjs.querier.v1.SelectSeriesResponse;
  // Each decoder runs after a GC, fastest-allocating last, so one's garbage does not slow the next.
  const settle = () => (globalThis as { gc?: () => void }).gc?.();
  settle();
  const fgFast = time('fast path', () => decodeMergeResponse(bytes), 7, 2);
  settle();
  const fgBuf = time('bufbuild', () => fromBinary(SelectMergeStacktracesResponseSchema, bytes), 7, 2);
  settle();
  const fgPb = time('protobufjs', () => pbFg.decode(bytes), 7, 2);
  settle();
  const sBuf = time('bufbuild', () => fromBinary(SelectSeriesResponseSchema, seriesBytes), 7, 2);
  settle();
  const sPb = time('protobufjs', () => pbSeries.decode(seriesBytes), 7, 2);
  const rows: Array<[string, Timing, Timing, Timing?]> = [
    [
      `SelectMergeStacktracesResponse, ${MAX_NODES} nodes (${(bytes.length / 2 ** 20).toFixed(1)} MiB)`,
      fgPb,
      fgBuf,
      fgFast,
    ],
    [`SelectSeriesResponse, 200 series × 1000 points (${(seriesBytes.length / 2 ** 20).toFixed(1)} MiB)`, sPb, sBuf],
  ];
  log(
    '| message | protobufjs 8.8.1 static code | @bufbuild/protobuf 2.17.0 generated code | Flamelens fast path (typed arrays) |'
  );
  log('|---|---|---|---|');
  for (const [name, pb, bb, fast] of rows) {
    log(
      `| ${name} | ${fmtMs(pb.medianMs)} ms | ${fmtMs(bb.medianMs)} ms (${(pb.medianMs / bb.medianMs).toFixed(2)}× protobufjs' speed) | ${fast ? `${fmtMs(fast.medianMs)} ms` : 'n/a'} |`
    );
  }
  const decoded = pbFg.decode(bytes) as { flamegraph: { levels: Array<{ values: unknown[] }> } };
  const sample = decoded.flamegraph.levels[1].values[0];
  log('');
  log(
    `protobufjs returns int64 values as ${typeof sample === 'object' ? 'Long objects' : typeof sample}; @bufbuild/protobuf as bigint; the fast path as plain numbers in Float64Arrays.`
  );
  log('');
}

function main(): void {
  const write = process.argv.includes('--write');
  const started = new Date().toISOString().slice(0, 10);
  log(`Machine: ${machine()}. Date: ${started}.`);
  log('');
  benchPprof();
  const fb = treeToFlamebearer(generateTree(MAX_NODES));
  benchJson(fb);
  benchMemory(fb);
  benchProtobuf(fb);
  if (write) {
    const file = path.join(__dirname, '..', 'BENCHMARKS.md');
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const begin = '<!-- core:begin -->';
    const end = '<!-- core:end -->';
    const section = `${begin}\n# Core (src/)\n\nRerun: \`npm run bench:core\` (node --expose-gc --import tsx bench/core.bench.ts --write)\n\n${out.join('\n')}\n${end}`;
    const next = current.includes(begin)
      ? current.replace(new RegExp(`${begin}[\\s\\S]*${end}`), section)
      : `${current}${current ? '\n\n' : '# Benchmarks\n\nEvery figure below comes from a benchmark in bench/, run side by side with its reference in the same process.\n\n'}${section}\n`;
    fs.writeFileSync(file, next);
    console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
  }
}

main();

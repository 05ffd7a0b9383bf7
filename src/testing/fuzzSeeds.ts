/** Real inputs to mutate: the shared corpus when present, else the project's recorded profiles. */
import * as fs from 'fs';
import * as path from 'path';
import { gunzipSync } from 'zlib';
import { create, toBinary } from '@bufbuild/protobuf';
import { Seed } from './fuzz';
import { sharedFixtureFiles } from './fixtures';
import { recordedFixtures } from './recorded';
import { SelectMergeStacktracesResponseSchema } from '../pyroscope/gen/querier/v1/querier_pb';
import { decodePprof } from '../pprof/decode';
import { pprofToTree } from '../pprof/toTree';
import { treeToFlamebearer } from '../formats/flamebearer';

export function fuzzSeeds(maxPprofBytes = 64 * 1024): Seed[] {
  const seeds: Seed[] = [];
  const pprofs = [
    ...sharedFixtureFiles('pprof').map((f) => new Uint8Array(fs.readFileSync(f))),
    ...recordedFixtures().map((r) => r.bytes),
  ].filter((b) => b.length <= maxPprofBytes);
  for (const gz of pprofs) {
    const raw = gz[0] === 0x1f ? new Uint8Array(gunzipSync(gz)) : gz;
    seeds.push({ target: 'pprof', bytes: raw }, { target: 'pprof-gzip', bytes: raw });
    const p = decodePprof(gz);
    const fb = treeToFlamebearer(pprofToTree(p, { sampleType: p.sampleTypes.length - 1 }));
    seeds.push({
      target: 'flamebearer-json',
      bytes: new TextEncoder().encode(JSON.stringify({ flamebearer: fb, metadata: { format: 'single' } })),
    });
    const msg = create(SelectMergeStacktracesResponseSchema, {
      flamegraph: {
        names: fb.names,
        levels: fb.levels.map((l) => ({ values: l.map((v) => BigInt(v)) })),
        total: BigInt(fb.numTicks),
      },
    });
    seeds.push({ target: 'flamegraph-proto', bytes: toBinary(SelectMergeStacktracesResponseSchema, msg) });
  }
  for (const f of sharedFixtureFiles('folded')) {
    const b = new Uint8Array(fs.readFileSync(f));
    seeds.push({ target: 'folded', bytes: b[0] === 0x1f ? new Uint8Array(gunzipSync(b)) : b });
  }
  seeds.push({
    target: 'folded',
    bytes: new TextEncoder().encode('main;work;io 3\nmain;work 2\r\nmain;calc 4\n# c\n'),
  });
  const api = sharedFixtureFiles('api').find((f) => path.basename(f).includes('SelectMergeStacktraces'));
  if (api) {
    seeds.push({ target: 'flamebearer-json', bytes: new Uint8Array(fs.readFileSync(api)) });
  }
  for (const s of [
    '{service_name="ride-sharing-app", region=~"eu-.*|us", vehicle!="car", pod!~"canary-\\\\d+"}',
    `{a='x', "b.c"=\`y\`, d="\\u00e9\\n"}`,
    '{}',
  ]) {
    seeds.push({ target: 'selector', bytes: new TextEncoder().encode(s) });
  }
  return seeds;
}
